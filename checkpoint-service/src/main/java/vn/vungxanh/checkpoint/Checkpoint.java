package vn.vungxanh.checkpoint;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.vungxanh.events.CheckpointKind;

/** A registered road or gate checkpoint. */
@Entity
@Table(name = "checkpoint")
public class Checkpoint extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public CheckpointKind kind;

    @Column(name = "ward_code", nullable = false, length = 5)
    public String wardCode;

    @Column(name = "district_code", nullable = false, length = 3)
    public String districtCode;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    public Double lat;

    public Double lon;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
