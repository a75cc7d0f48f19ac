package vn.vungxanh.common.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How registry changes waiting in the outbox table are relayed to Kafka. */
@ConfigMapping(prefix = "vx.outbox")
public interface OutboxConfig {

    /** Rows sent per round; a round commits only after Kafka acknowledged all of them. */
    @WithDefault("200")
    int batchSize();

    /** How long a round waits for Kafka's acknowledgements before leaving the rows for the next round. */
    @WithDefault("PT10S")
    Duration sendTimeout();
}
