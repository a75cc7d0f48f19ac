package vn.vungxanh.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;

/** One alert about one place and one rule; at most one open alert per fingerprint. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false)
    public String fingerprint;

    /** The fingerprint while the alert is open, null once resolved: a unique key enforces one open alert. */
    @Column(name = "open_fingerprint")
    public String openFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertSignal.Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false)
    public PlaceKind placeKind;

    @Column(name = "place_id", nullable = false)
    public String placeId;

    @Column(name = "place_name")
    public String placeName;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "signal_count", nullable = false)
    public long count;

    /** JSON object: what a person needs to judge the alert. */
    @Column(columnDefinition = "LONGTEXT")
    public String evidence;

    @Column(nullable = false)
    public boolean silenced;

    /** When the condition cleared: the alert resolves by itself at this time unless it fires again before. */
    @Column(name = "resolve_due_at")
    public Instant resolveDueAt;

    /** When the alert escalates if nobody has acknowledged it by then. */
    @Column(name = "escalate_due_at")
    public Instant escalateDueAt;

    @Column(nullable = false)
    public int escalations;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The open alert of a fingerprint, locked for update until the transaction ends. */
    public static Optional<Alert> openForUpdate(String fingerprint) {
        return find("openFingerprint", fingerprint).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Alert lockById(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static List<String> dueForResolution(Instant now, int limit) {
        return find("select a.id from Alert a where a.resolveDueAt <= ?1 and a.status <> ?2", now, AlertStatus.RESOLVED)
                .project(String.class).page(0, limit).list();
    }

    public static List<String> dueForEscalation(Instant now, int limit) {
        return find("select a.id from Alert a where a.escalateDueAt <= ?1 and a.status = ?2", now, AlertStatus.FIRING)
                .project(String.class).page(0, limit).list();
    }
}
