package vn.vungxanh.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.vungxanh.events.VenueType;

/** A venue as the registry last published it (older versions are ignored). */
@Entity
@Table(name = "venue")
public class Venue extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VenueType type;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(nullable = false)
    public int capacity;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public long version;
}
