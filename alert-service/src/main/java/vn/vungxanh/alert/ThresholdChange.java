package vn.vungxanh.alert;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** One change of a district's threshold overrides: the whole set after it (JSON), who made it, when. */
@Entity
@Table(name = "threshold_change")
public class ThresholdChange extends PanacheEntityBase {

    /** Changes of a district shown in its history, newest first. */
    public static final int HISTORY = 50;

    /** The change's event id: district and time. */
    @Id
    public String id;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(nullable = false)
    public String overrides;

    public static List<ThresholdChange> latest(String districtCode) {
        return find("districtCode", Sort.descending("updatedAt"), districtCode).page(0, HISTORY).list();
    }
}
