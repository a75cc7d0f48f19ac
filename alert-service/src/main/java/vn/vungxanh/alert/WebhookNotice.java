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

/**
 * One alert change to tell one webhook receiver: stored in the transaction of the change, so that it survives a
 * restart, and delivered with the other notices of its group (receiver and district).
 */
@Entity
@Table(name = "webhook_notice")
public class WebhookNotice extends PanacheEntityBase {

    public enum State {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String receiver;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "alert_id", nullable = false)
    public String alertId;

    @Column(name = "change_id", nullable = false)
    public String changeId;

    /** The payload's entry for the alert, as JSON, as it was when the change was made. */
    @Column(columnDefinition = "LONGTEXT", nullable = false)
    public String entry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When it was delivered or given up. */
    @Column(name = "finished_at")
    public Instant finishedAt;

    public static long pending() {
        return count("state", State.PENDING);
    }

    /** The oldest waiting notices of one group, at most {@code limit}. */
    public static List<WebhookNotice> pendingOf(String receiver, String districtCode, int limit) {
        return find("receiver = ?1 and districtCode = ?2 and state = ?3 order by id", receiver, districtCode,
                State.PENDING).page(0, limit).list();
    }

    /** Groups with waiting notices, each with the time its oldest one was accepted. */
    public static List<Object[]> pendingGroups() {
        return getEntityManager().createQuery("select n.receiver, n.districtCode, min(n.createdAt) from WebhookNotice n"
                + " where n.state = ?1 group by n.receiver, n.districtCode", Object[].class)
                .setParameter(1, State.PENDING).getResultList();
    }

    public static int finish(List<Long> ids, State state, Instant at) {
        return ids.isEmpty() ? 0
                : update("state = ?1, finishedAt = ?2 where id in ?3 and state = ?4", state, at, ids, State.PENDING);
    }
}
