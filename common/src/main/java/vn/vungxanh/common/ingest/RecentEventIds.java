package vn.vungxanh.common.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The event ids a service has recently accepted or stored, bounded (oldest forgotten first), so that a retried
 * event is answered DUPLICATE and not sent again. Concurrent posts of one id: only the first claims it. Claims are
 * kept in arrival order in a ring of {@code capacity} slots: a new claim takes the oldest one's slot and forgets it.
 */
public final class RecentEventIds {

    private final Map<String, Boolean> ids;
    private final AtomicReferenceArray<String> ring;
    private final AtomicLong claims = new AtomicLong();

    public RecentEventIds(int capacity) {
        this.ids = new ConcurrentHashMap<>(capacity * 4 / 3 + 1);
        this.ring = new AtomicReferenceArray<>(capacity);
    }

    /** True when the id was not known and is now claimed; false for a duplicate. */
    public boolean claim(String eventId) {
        if (ids.putIfAbsent(eventId, Boolean.TRUE) != null) {
            return false;
        }
        String oldest = ring.getAndSet((int) (claims.getAndIncrement() % ring.length()), eventId);
        if (oldest != null) {
            ids.remove(oldest);
        }
        return true;
    }

    /** Forgets a claim whose event did not reach Kafka, so that the client's retry is accepted. */
    public void release(String eventId) {
        ids.remove(eventId);
    }

    /** Remembers an id known from elsewhere (stored by the consumer, or read at start). */
    public void remember(String eventId) {
        claim(eventId);
    }

    public boolean contains(String eventId) {
        return ids.containsKey(eventId);
    }
}
