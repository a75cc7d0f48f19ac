package vn.vungxanh.common.ingest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the scan events that ingest services accept. */
@ConfigMapping(prefix = "vx.ingest")
public interface IngestConfig {

    /** How far a device's clock may run ahead of the server's before a scan is refused. */
    @WithDefault("PT5M")
    Duration maxClockAhead();

    /** How late a scan may arrive (phones upload in batches after being offline). */
    @WithDefault("PT72H")
    Duration maxLateness();

    /** Seconds a client is asked to wait before retrying while Kafka is unavailable. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** Event ids remembered to answer DUPLICATE for a retry without a database round trip. */
    @WithDefault("200000")
    int recentEventIds();

    /** Most events one batch request may carry. */
    @WithDefault("500")
    int maxBatchSize();
}
