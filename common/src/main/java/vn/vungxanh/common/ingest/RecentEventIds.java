package vn.vungxanh.common.ingest;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The event ids a service has recently accepted or stored, bounded (oldest forgotten first), so that a retried
 * event is answered DUPLICATE and not sent again. Concurrent posts of one id: only the first claims it.
 */
public final class RecentEventIds {

    private final int capacity;
    private final Map<String, Boolean> ids = new ConcurrentHashMap<>();
    private final Queue<String> order = new ConcurrentLinkedQueue<>();

    public RecentEventIds(int capacity) {
        this.capacity = capacity;
    }

    /** True when the id was not known and is now claimed; false for a duplicate. */
    public boolean claim(String eventId) {
        if (ids.putIfAbsent(eventId, Boolean.TRUE) != null) {
            return false;
        }
        order.add(eventId);
        evict();
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

    private void evict() {
        while (ids.size() > capacity) {
            String oldest = order.poll();
            if (oldest == null) {
                return;
            }
            ids.remove(oldest);
        }
    }
}
