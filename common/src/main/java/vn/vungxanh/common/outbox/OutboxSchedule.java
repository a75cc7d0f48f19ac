package vn.vungxanh.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Relays committed outbox rows to Kafka every {@code vx.outbox.interval} in the services that enable it
 * ({@code vx.outbox.enabled=true}); elsewhere it never runs.
 */
@ApplicationScoped
public class OutboxSchedule {

    @Inject
    OutboxRelay relay;

    @Scheduled(every = "${vx.outbox.interval:500ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Off.class)
    void relay() {
        relay.drain();
    }

    /** Skips the relay where the outbox is not enabled, and while the application starts or stops. */
    @Singleton
    public static class Off implements Scheduled.SkipPredicate {

        @Inject
        OutboxConfig config;

        @Inject
        Scheduled.ApplicationNotRunning notRunning;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled() || notRunning.test(execution);
        }
    }
}
