package vn.vungxanh.alert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A ward's epidemic level, 1 (green) to 4 (red); a ward without a row is at level 1. */
@Entity
@Table(name = "ward_level")
public class WardLevel extends PanacheEntityBase {

    public static final int DEFAULT_LEVEL = 1;

    @Id
    @Column(name = "ward_code", length = 8)
    public String wardCode;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(nullable = false)
    public int level;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static int levelOf(String wardCode) {
        WardLevel found = wardCode == null ? null : findById(wardCode);
        return found == null ? DEFAULT_LEVEL : found.level;
    }
}
