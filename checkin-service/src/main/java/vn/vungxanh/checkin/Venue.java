package vn.vungxanh.checkin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.vungxanh.events.VenueType;

/** A registered venue; {@code posterId} names the one poster QR currently valid for it. */
@Entity
@Table(name = "venue")
public class Venue extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public VenueType type;

    @Column(name = "ward_code", nullable = false, length = 5)
    public String wardCode;

    @Column(name = "district_code", nullable = false, length = 3)
    public String districtCode;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(length = 300)
    public String address;

    @Column(nullable = false)
    public int capacity;

    /** JSON array of {@link vn.vungxanh.events.OpeningHours}. */
    @Column(name = "opening_hours", nullable = false, columnDefinition = "TEXT")
    public String openingHours;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "poster_id", nullable = false, length = 36)
    public String posterId;

    @Column(name = "poster_issued_at", nullable = false)
    public Instant posterIssuedAt;

    @Column(name = "poster_expires_at", nullable = false)
    public Instant posterExpiresAt;
}
