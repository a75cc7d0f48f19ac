package vn.vungxanh.alert;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An inspector's spot check: people counted entering during a window against the check-ins recorded. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "venue_id", nullable = false)
    public String venueId;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "observed_from", nullable = false)
    public Instant observedFrom;

    @Column(name = "observed_to", nullable = false)
    public Instant observedTo;

    @Column(name = "people_counted", nullable = false)
    public int peopleCounted;

    @Column(name = "checkins_recorded", nullable = false)
    public int checkinsRecorded;

    @Column(nullable = false, precision = 7, scale = 4)
    public BigDecimal coverage;

    @Column(name = "required_coverage", nullable = false, precision = 5, scale = 4)
    public BigDecimal requiredCoverage;

    @Column(name = "ward_level", nullable = false)
    public int wardLevel;

    @Column(name = "alert_id")
    public String alertId;

    @Column(nullable = false)
    public String inspector;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
