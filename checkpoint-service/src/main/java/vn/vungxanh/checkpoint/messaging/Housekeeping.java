package vn.vungxanh.checkpoint.messaging;

import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import vn.vungxanh.common.ingest.IngestConfig;
import vn.vungxanh.common.ingest.Retention;

/** Deletes stored passages past the retention period (default 21 days), hourly. */
@ApplicationScoped
public class Housekeeping {

    @Inject
    DataSource dataSource;

    @Inject
    IngestConfig config;

    @Scheduled(every = "${vx.checkpoint.retention-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retention() {
        applyRetention(Instant.now());
    }

    public long applyRetention(Instant now) {
        long deleted = Retention.deleteBefore(dataSource, "passage", "scanned_at", now.minus(config.retention()));
        if (deleted > 0) {
            Log.infof("retention: %d passages older than %s deleted", deleted, config.retention());
        }
        return deleted;
    }
}
