package vn.vungxanh.common.ingest;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The event ids a service has recently accepted, is sending, or stored, bounded (oldest forgotten first), so that a
 * retried event is answered DUPLICATE and not sent again. Each id maps to the outcome of its first send: a retry that
 * arrives while that send still waits for Kafka learns its outcome instead of a premature DUPLICATE. Claims are kept
 * in arrival order in a ring of {@code capacity} slots: a new claim takes the oldest one's slot and forgets it.
 */
public final class RecentEventIds {

    /** The outcome of an id known to be on Kafka (stored by the consumer, or read at start). */
    private static final CompletableFuture<Void> KNOWN = CompletableFuture.completedFuture(null);

    private final Map<String, CompletableFuture<Void>> ids;
    private final AtomicReferenceArray<String> ring;
    private final AtomicLong claims = new AtomicLong();

    public RecentEventIds(int capacity) {
        this.ids = new ConcurrentHashMap<>(capacity * 4 / 3 + 1);
        this.ring = new AtomicReferenceArray<>(capacity);
    }

    /**
     * Claims the id for a send whose outcome {@code sending} will tell. Returns null when the id was not known and is
     * now claimed; otherwise the outcome of the first claim (complete once Kafka took the event, failed when it did
     * not, pending while it waits).
     */
    public CompletableFuture<Void> claim(String eventId, CompletableFuture<Void> sending) {
        CompletableFuture<Void> first = ids.putIfAbsent(eventId, sending);
        if (first != null) {
            return first;
        }
        String oldest = ring.getAndSet((int) (claims.getAndIncrement() % ring.length()), eventId);
        if (oldest != null) {
            ids.remove(oldest);
        }
        return null;
    }

    /** Forgets the claim of a send that did not reach Kafka, so that the client's retry is sent again. */
    public void release(String eventId, CompletableFuture<Void> sending) {
        ids.remove(eventId, sending);
    }

    /** Remembers an id known from elsewhere (stored by the consumer, or read at start). */
    public void remember(String eventId) {
        claim(eventId, KNOWN);
    }

    public boolean contains(String eventId) {
        return ids.containsKey(eventId);
    }
}
