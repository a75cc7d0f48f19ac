package vn.vungxanh.common.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import vn.vungxanh.common.problem.Problem;
import vn.vungxanh.common.problem.ProblemException;

/**
 * Limits posts without a bearer token (visitor apps) per key (a client address, or the venue a poster names): a fixed
 * one-minute window, kept in memory per replica. Past the limit: 429 problem.
 */
public final class VisitorRateLimiter {

    private static final long WINDOW_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final String per;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public VisitorRateLimiter(int perMinute) {
        this(perMinute, "from one address");
    }

    /** @param per what the key is, for the 429's detail ("from one address", "at one venue") */
    public VisitorRateLimiter(int perMinute, String per) {
        this.perMinute = perMinute;
        this.per = per;
    }

    public void check(String client, int events) {
        long now = System.nanoTime();
        Window w = windows.compute(client, (k, old) -> old == null || now - old.start > WINDOW_NANOS ? new Window(now) : old);
        if (w.count.addAndGet(events) > perMinute) {
            throw new ProblemException(Problem.of(429, "Too many requests",
                    "at most " + perMinute + " visitor check-ins a minute " + per));
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start > WINDOW_NANOS);
        }
    }

    private static final class Window {
        final long start;
        final AtomicInteger count = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
