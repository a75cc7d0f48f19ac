package vn.vungxanh.common.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vungxanh.common.problem.ProblemException;

/** Checks a device's scan time against the server's clock. */
@ApplicationScoped
public class ScanTimes {

    private final IngestConfig config;
    private final Clock clock;

    @Inject
    public ScanTimes(IngestConfig config) {
        this(config, Clock.systemUTC());
    }

    public ScanTimes(IngestConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The scan instant, or a 422 naming {@code field} when it lies too far in the future or the past. */
    public Instant check(OffsetDateTime scannedAt, Instant receivedAt, String field) {
        Instant at = scannedAt.toInstant();
        if (at.isAfter(receivedAt.plus(config.maxClockAhead()))) {
            throw ProblemException.invalidField(field, "lies more than " + config.maxClockAhead().toMinutes()
                    + " min in the future; check the device clock");
        }
        if (at.isBefore(receivedAt.minus(config.maxLateness()))) {
            throw ProblemException.invalidField(field, "is more than " + config.maxLateness().toHours()
                    + " h old; such late scans are no longer accepted");
        }
        return at;
    }
}
