package vn.vungxanh.alert.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long alert-service keeps what it only needs for a while; older rows are deleted in batches by a scheduled
 * job ({@link vn.vungxanh.alert.service.AlertHousekeeping}). The counted event ids of the board are kept for
 * {@code vx.board.counted-event-retention}.
 */
@ConfigMapping(prefix = "vx.retention")
public interface RetentionConfig {

    /** How often each replica runs the job (the deletes are idempotent: replicas may overlap). */
    @WithDefault("1h")
    Duration interval();

    /** Rows deleted per statement, each in its own short transaction. */
    @WithDefault("5000")
    int batchSize();

    /** Scan and signal ids already applied; must exceed the 72 h a scan may arrive late. */
    @WithDefault("P4D")
    Duration processedEvents();

    /**
     * Check-ins per venue and minute: spot checks, today's compliance and daily reports read them; five weeks
     * cover the four weeks SCAN_RATE_DROP looks back and a month of reports.
     */
    @WithDefault("P35D")
    Duration scanMinutes();

    /** A place's last scan and scan count, forgotten once it has not scanned for this long. */
    @WithDefault("P90D")
    Duration placeActivity();

    /** The board's hourly chart counters, by the local day they count. */
    @WithDefault("P35D")
    Duration boardHours();

    /** The history rows of alerts resolved this long ago (the alert itself stays, for reports). */
    @WithDefault("P90D")
    Duration alertHistory();

    /** Webhook notices delivered or given up this long ago. */
    @WithDefault("P7D")
    Duration webhookNotices();
}
