package vn.vungxanh.alert;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change of an alert: who, when, what, why. */
@Entity
@Table(name = "alert_history")
public class AlertHistory extends PanacheEntityBase {

    /** What happened to the alert. */
    public enum Action {
        OPENED,
        UPDATED,
        CLEARED,
        REFIRED,
        ACKNOWLEDGED,
        ESCALATED,
        RESOLVED,
        SILENCED,
        NOTIFICATION_SUPPRESSED
    }

    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "alert_id", nullable = false)
    public String alertId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AlertStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public AlertStatus toStatus;

    @Column(length = REASON_LENGTH)
    public String reason;

    public static List<AlertHistory> of(String alertId) {
        return list("alertId = ?1 order by id", alertId);
    }

    /** The alert's latest history row, or null. */
    public static AlertHistory latestOf(String alertId) {
        return find("alertId = ?1 order by id desc", alertId).firstResult();
    }

    public static List<AlertHistory> ofAlerts(List<String> alertIds) {
        return alertIds.isEmpty() ? List.of() : list("alertId in ?1 order by id", alertIds);
    }
}
