package vn.vungxanh.common.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How a Kafka consumer waits for a dependency (the database) that failed: it tries the record again after
 * {@code initial-delay}, each pause {@code factor} times the last, never longer than {@code max-delay}, and without
 * limit, so a record is written within about {@code max-delay} of the database's return.
 */
@ConfigMapping(prefix = "vx.consumer-retry")
public interface ConsumerRetryConfig {

    /** The pause before the first retry. */
    @WithDefault("PT0.2S")
    Duration initialDelay();

    /** The longest pause between two attempts. */
    @WithDefault("PT5S")
    Duration maxDelay();

    /** How much longer each pause is than the one before. */
    @WithDefault("2")
    int factor();
}
