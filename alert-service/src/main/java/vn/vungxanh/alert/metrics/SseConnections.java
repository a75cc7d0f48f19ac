package vn.vungxanh.alert.metrics;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;

/** {@code vx_sse_connections}: the Server-Sent Event streams this replica serves now. */
@Startup
@ApplicationScoped
public class SseConnections {

    private final AtomicInteger open = new AtomicInteger();

    @Inject
    SseConnections(MeterRegistry registry) {
        Gauge.builder("vx.sse.connections", open, AtomicInteger::get)
                .description("open Server-Sent Event streams of this replica").register(registry);
    }

    /** The stream, counted from its subscription to its end (completion, failure or the client leaving). */
    public <T> Multi<T> counted(Multi<T> stream) {
        return stream.onSubscription().invoke(open::incrementAndGet).onTermination().invoke(open::decrementAndGet);
    }
}
