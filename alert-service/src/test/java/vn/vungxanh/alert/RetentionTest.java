package vn.vungxanh.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.alert.service.AlertHousekeeping;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/**
 * The housekeeping job, run as of a chosen instant, deletes what is past each table's retention (defaults) and keeps
 * what is within it.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class RetentionTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    AlertHousekeeping housekeeping;

    @Inject
    EntityManager em;

    @Test
    void rowsPastTheirRetentionArePurgedAndRecentOnesKept() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String district = "d" + tag.substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                processed("old-" + i + "-" + tag, now.minus(Duration.ofDays(5)));
                counted(UUID.randomUUID().toString().substring(0, 28) + tag, now.minus(Duration.ofDays(5)));
            }
            processed("new-" + tag, now.minus(Duration.ofDays(3)));
            counted("new-counted-event-id-" + tag, now.minus(Duration.ofDays(3)));
            for (int i = 0; i < 5; i++) {
                minute("v-" + tag, now.minus(Duration.ofDays(36)).plus(Duration.ofMinutes(i)));
            }
            minute("v-" + tag, now.minus(Duration.ofDays(34)));
            activity("gone-" + tag, now.minus(Duration.ofDays(91)));
            activity("seen-" + tag, now.minus(Duration.ofDays(89)));
            LocalDate today = now.atZone(HANOI).toLocalDate();
            boardHour(district, today.minusDays(36));
            boardHour(district, today.minusDays(34));
            alertWithHistory("old-" + tag, now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(91)));
            alertWithHistory("recent-" + tag, now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(89)));
            alertWithHistory("open-" + tag, now.minus(Duration.ofDays(200)), null);
            notice("receiver-" + tag, "SENT", now.minus(Duration.ofDays(8)));
            notice("receiver-" + tag, "FAILED", now.minus(Duration.ofDays(8)));
            notice("receiver-" + tag, "SENT", now.minus(Duration.ofDays(6)));
            notice("receiver-" + tag, "PENDING", null);
        });

        housekeeping.purge(now);

        assertEquals(1, count("SELECT COUNT(*) FROM processed_event WHERE event_id LIKE ?1", "%-" + tag));
        assertEquals(1, count("SELECT COUNT(*) FROM board_counted_event WHERE event_id LIKE ?1", "%" + tag));
        assertEquals(1, count("SELECT COUNT(*) FROM venue_scan_minute WHERE venue_id = ?1", "v-" + tag));
        assertEquals(0, count("SELECT COUNT(*) FROM place_activity WHERE place_id = ?1", "gone-" + tag));
        assertEquals(1, count("SELECT COUNT(*) FROM place_activity WHERE place_id = ?1", "seen-" + tag));
        assertEquals(1, count("SELECT COUNT(*) FROM board_hourly_scans WHERE district_code = ?1", district));
        assertEquals(1, count("SELECT COUNT(*) FROM board_hourly_passages WHERE district_code = ?1", district));
        assertEquals(0, count("SELECT COUNT(*) FROM alert_history WHERE alert_id = ?1", "old-" + tag),
                "the history of an alert resolved long ago");
        assertEquals(1, count("SELECT COUNT(*) FROM alert WHERE id = ?1", "old-" + tag), "the alert itself stays");
        assertEquals(3, count("SELECT COUNT(*) FROM alert_history WHERE alert_id = ?1", "recent-" + tag));
        assertEquals(3, count("SELECT COUNT(*) FROM alert_history WHERE alert_id = ?1", "open-" + tag));
        assertEquals(2, count("SELECT COUNT(*) FROM webhook_notice WHERE receiver = ?1", "receiver-" + tag),
                "the notice delivered recently and the one still waiting stay");

        housekeeping.purge(now); // a second replica, or the next round: nothing more goes
        assertEquals(1, count("SELECT COUNT(*) FROM processed_event WHERE event_id LIKE ?1", "%-" + tag));
        assertEquals(3, count("SELECT COUNT(*) FROM alert_history WHERE alert_id = ?1", "recent-" + tag));
    }

    private long count(String sql, String param) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, param).getSingleResult()).longValue());
    }

    private void processed(String id, Instant at) {
        em.createNativeQuery("INSERT INTO processed_event (event_id, processed_at) VALUES (?1, ?2)")
                .setParameter(1, id).setParameter(2, at).executeUpdate();
    }

    private void counted(String id, Instant at) {
        em.createNativeQuery("INSERT INTO board_counted_event (event_id, counted_at) VALUES (?1, ?2)")
                .setParameter(1, id).setParameter(2, at).executeUpdate();
    }

    private void minute(String venueId, Instant at) {
        em.createNativeQuery("INSERT INTO venue_scan_minute (venue_id, minute, scans) VALUES (?1, ?2, 3)")
                .setParameter(1, venueId).setParameter(2, at.truncatedTo(ChronoUnit.MINUTES)).executeUpdate();
    }

    private void activity(String placeId, Instant at) {
        em.createNativeQuery("INSERT INTO place_activity (place_kind, place_id, last_scan_at, scan_count)"
                + " VALUES ('VENUE', ?1, ?2, 7)").setParameter(1, placeId).setParameter(2, at).executeUpdate();
    }

    private void boardHour(String district, LocalDate day) {
        em.createNativeQuery("INSERT INTO board_hourly_scans (district_code, ward_code, day, hour, accepted, rejected)"
                + " VALUES (?1, '00115', ?2, 9, 4, 1)").setParameter(1, district).setParameter(2, day).executeUpdate();
        em.createNativeQuery("INSERT INTO board_hourly_passages (district_code, ward_code, day, hour, decision,"
                + " passages) VALUES (?1, '00115', ?2, 9, 'NONE', 2)").setParameter(1, district).setParameter(2, day)
                .executeUpdate();
    }

    private void notice(String receiver, String state, Instant finishedAt) {
        em.createNativeQuery("INSERT INTO webhook_notice (receiver, district_code, alert_id, change_id, entry, state,"
                + " created_at, finished_at) VALUES (?1, '999', ?2, ?2, '{}', ?3, ?4, ?5)").setParameter(1, receiver)
                .setParameter(2, UUID.randomUUID().toString()).setParameter(3, state)
                .setParameter(4, Instant.now().minus(Duration.ofDays(9))).setParameter(5, finishedAt).executeUpdate();
    }

    private void alertWithHistory(String id, Instant startsAt, Instant resolvedAt) {
        em.createNativeQuery("INSERT INTO alert (id, fingerprint, open_fingerprint, rule, severity, status, place_kind,"
                + " place_id, ward_code, district_code, starts_at, last_seen_at, signal_count, updated_at, resolved_at)"
                + " VALUES (?1, ?2, ?3, 'SCANNING_SILENT', 'WARNING', ?4, 'VENUE', ?1, '00115', '004',"
                + " ?5, ?5, 3, ?5, ?6)")
                .setParameter(1, id).setParameter(2, "fp-" + id).setParameter(3, resolvedAt == null ? "fp-" + id : null)
                .setParameter(4, resolvedAt == null ? "FIRING" : "RESOLVED").setParameter(5, startsAt)
                .setParameter(6, resolvedAt).executeUpdate();
        for (String action : new String[] { "OPENED", "UPDATED", "RESOLVED" }) {
            em.createNativeQuery("INSERT INTO alert_history (alert_id, at, actor, action, to_status)"
                    + " VALUES (?1, ?2, 'test', ?3, 'FIRING')").setParameter(1, id).setParameter(2, startsAt)
                    .setParameter(3, action).executeUpdate();
        }
    }
}
