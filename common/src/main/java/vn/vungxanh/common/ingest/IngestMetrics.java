package vn.vungxanh.common.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Ingest counters, tagged by kind of scan ({@code checkin}, {@code passage}): {@code vx_ingest_events_total} with
 * {@code outcome} accepted, duplicate or rejected (and the rejection {@code reason}), and the time Kafka took to
 * acknowledge, {@code vx_ingest_produce_seconds}.
 */
@ApplicationScoped
public class IngestMetrics {

    @Inject
    MeterRegistry registry;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public void accepted(String kind) {
        count(kind, "accepted", "none");
    }

    public void duplicate(String kind) {
        count(kind, "duplicate", "none");
    }

    public void rejected(String kind, String reason) {
        count(kind, "rejected", reason);
    }

    public Timer produceTimer(String kind) {
        return timers.computeIfAbsent(kind, k -> Timer.builder("vx.ingest.produce")
                .description("time from handing a scan to Kafka to the broker's acknowledgement")
                .tag("kind", k)
                .publishPercentiles(0.5, 0.99)
                .register(registry));
    }

    private void count(String kind, String outcome, String reason) {
        counters.computeIfAbsent(kind + '|' + outcome + '|' + reason, k -> Counter.builder("vx.ingest.events")
                .description("scan events by outcome")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry)).increment();
    }
}
