package vn.vungxanh.checkin.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import vn.vungxanh.checkin.service.CheckinHousekeeping;

/** Schedules of the stored check-ins: dwell-time closing every minute, retention hourly. */
@ApplicationScoped
public class Housekeeping {

    @Inject
    CheckinHousekeeping housekeeping;

    @Scheduled(every = "${vx.checkin.close-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeExpired() {
        housekeeping.closeExpired(Instant.now());
    }

    @Scheduled(every = "${vx.checkin.retention-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retention() {
        housekeeping.applyRetention(Instant.now());
    }
}
