package vn.vungxanh.alert.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.vungxanh.alert.board.config.BoardConfig;
import vn.vungxanh.alert.config.RetentionConfig;

/**
 * Deletes what alert-service keeps only for a while ({@code vx.retention.*}), in batches of {@code batch-size} rows,
 * each in its own short transaction. Every replica runs it; the deletes are idempotent, so overlapping runs only
 * find less to delete.
 */
@ApplicationScoped
public class AlertHousekeeping {

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig retention;

    @Inject
    BoardConfig board;

    @Inject
    Clock clock;

    @Scheduled(identity = "alert-housekeeping", every = "${vx.retention.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        purge(clock.instant());
    }

    /** Deletes every row past its retention as of {@code now}; returns how many. */
    public long purge(Instant now) {
        LocalDate firstChartDay = now.minus(retention.boardHours()).atZone(board.zone()).toLocalDate();
        return delete("processed_event", "processed_at < ?1", now.minus(retention.processedEvents()))
                + delete("board_counted_event", "counted_at < ?1", now.minus(board.countedEventRetention()))
                + delete("venue_scan_minute", "minute < ?1", now.minus(retention.scanMinutes()))
                + delete("place_activity", "last_scan_at < ?1", now.minus(retention.placeActivity()))
                + delete("board_hourly_scans", "day < ?1", firstChartDay)
                + delete("board_hourly_passages", "day < ?1", firstChartDay)
                + delete("alert_history", "alert_id IN (SELECT a.id FROM alert a WHERE a.resolved_at < ?1)",
                        now.minus(retention.alertHistory()))
                + delete("webhook_notice", "finished_at < ?1", now.minus(retention.webhookNotices()));
    }

    private long delete(String table, String condition, Object cutoff) {
        String sql = "DELETE FROM " + table + " WHERE " + condition + " LIMIT " + retention.batchSize();
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery(sql).setParameter(1, cutoff).executeUpdate());
            total += deleted;
        } while (deleted == retention.batchSize());
        if (total > 0) {
            Log.infof("retention: %d rows of %s before %s deleted", total, table, cutoff);
        }
        return total;
    }
}
