package vn.vungxanh.common.outbox;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code vx_outbox_pending}: registry changes committed to the database and not yet relayed to Kafka, counted every
 * {@code vx.metrics.outbox-check} in the services that relay an outbox. While the database is away the last count
 * stays (and {@code vx_database_up} says why).
 */
@ApplicationScoped
public class OutboxBacklogGauge {

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    private final AtomicLong pending = new AtomicLong();

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        if (config.enabled()) {
            Gauge.builder("vx.outbox.pending", pending, AtomicLong::get)
                    .description("outbox rows waiting to be relayed to Kafka").register(registry);
        }
    }

    @Scheduled(every = "${vx.metrics.outbox-check:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = OutboxSchedule.Off.class)
    void count() {
        try {
            pending.set(relay.pending());
        } catch (RuntimeException databaseAway) {
            // the last count stays
        }
    }
}
