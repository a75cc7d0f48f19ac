package vn.vungxanh.common.ingest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers that Kafka just failed a send: for a hold-off time new sends are refused at once, except one probe a
 * second, which closes the gate again when it succeeds.
 */
public final class KafkaGate {

    private static final long PROBE_NANOS = 1_000_000_000L;

    private final long holdOffNanos;
    private volatile long failedAt;
    private volatile boolean failing;
    private final AtomicLong lastProbe = new AtomicLong();

    public KafkaGate(Duration holdOff) {
        this.holdOffNanos = holdOff.toNanos();
    }

    public boolean mayTry() {
        if (!failing) {
            return true;
        }
        long now = System.nanoTime();
        if (now - failedAt > holdOffNanos) {
            return true;
        }
        long probe = lastProbe.get();
        return now - probe > PROBE_NANOS && lastProbe.compareAndSet(probe, now);
    }

    public void failed() {
        long now = System.nanoTime();
        failedAt = now;
        lastProbe.set(now);
        failing = true;
    }

    public void succeeded() {
        failing = false;
    }
}
