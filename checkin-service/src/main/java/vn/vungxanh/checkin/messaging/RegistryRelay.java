package vn.vungxanh.checkin.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import vn.vungxanh.common.outbox.OutboxRelay;

/** Relays committed registry changes (venues, devices) from the outbox to their compacted topics. */
@ApplicationScoped
public class RegistryRelay {

    @Inject
    OutboxRelay relay;

    @Scheduled(every = "${vx.outbox.interval:500ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        relay.drain();
    }
}
