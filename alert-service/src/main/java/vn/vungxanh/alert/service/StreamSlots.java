package vn.vungxanh.alert.service;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import vn.vungxanh.alert.config.StreamConfig;
import vn.vungxanh.common.problem.Problem;
import vn.vungxanh.common.problem.ProblemException;

/**
 * Counts the open alert streams of this replica, per caller and in all, and refuses one past either cap (429); the
 * count is the gauge {@code vx_sse_connections}.
 */
@Startup
@ApplicationScoped
public class StreamSlots {

    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> byCaller = new ConcurrentHashMap<>();
    private final StreamConfig config;

    @Inject
    public StreamSlots(StreamConfig config, MeterRegistry registry) {
        this.config = config;
        Gauge.builder("vx.sse.connections", open, AtomicInteger::get)
                .description("open Server-Sent Event streams of this replica").register(registry);
    }

    /** Takes a slot for the caller, or 429; the answer gives it back, once, however often it is run. */
    public Runnable acquire(String caller) {
        if (open.incrementAndGet() > config.maxStreamsPerReplica()) {
            open.decrementAndGet();
            throw tooMany("this replica already serves " + config.maxStreamsPerReplica() + " streams");
        }
        AtomicBoolean taken = new AtomicBoolean();
        byCaller.compute(caller, (key, count) -> {
            int held = count == null ? 0 : count;
            if (held >= config.maxStreamsPerCaller()) {
                return count;
            }
            taken.set(true);
            return held + 1;
        });
        if (!taken.get()) {
            open.decrementAndGet();
            throw tooMany("the caller already holds " + config.maxStreamsPerCaller() + " streams; close one first");
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                open.decrementAndGet();
                byCaller.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
            }
        };
    }

    private static ProblemException tooMany(String detail) {
        return new ProblemException(Problem.of(429, "Too many requests", detail));
    }
}
