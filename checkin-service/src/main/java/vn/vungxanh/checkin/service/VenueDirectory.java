package vn.vungxanh.checkin.service;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import vn.vungxanh.checkin.Venue;
import vn.vungxanh.checkin.config.CheckinConfig;

/**
 * What the ingest path needs to know of a venue, cached per replica for {@code vx.checkin.venue-cache-ttl}: a scan
 * costs no database round trip; a miss is read on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class VenueDirectory {


    @Inject
    CheckinConfig config;

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** The venue, or null when it does not exist. */
    public Uni<VenueInfo> find(String venueId) {
        Entry cached = fresh(venueId);
        if (cached != null) {
            return Uni.createFrom().item(cached.venue());
        }
        return Uni.createFrom().item(() -> load(venueId)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** {@code then} applied to the venue (null when it does not exist): at once when cached, the hot path of scans. */
    public <T> CompletionStage<T> with(String venueId, Function<VenueInfo, CompletionStage<T>> then) {
        Entry cached = fresh(venueId);
        return cached != null ? then.apply(cached.venue()) : find(venueId).subscribeAsCompletionStage().thenCompose(then);
    }

    private Entry fresh(String venueId) {
        Entry cached = cache.get(venueId);
        return cached != null && System.nanoTime() - cached.readAt() < config.venueCacheTtl().toNanos() ? cached : null;
    }

    void put(Venue v) {
        cache.put(v.id, new Entry(VenueInfo.of(v), System.nanoTime()));
    }

    private VenueInfo load(String venueId) {
        Venue v = QuarkusTransaction.requiringNew().call(() -> Venue.<Venue>findById(venueId));
        if (v == null) {
            cache.put(venueId, new Entry(null, System.nanoTime()));
            return null;
        }
        VenueInfo info = VenueInfo.of(v);
        cache.put(venueId, new Entry(info, System.nanoTime()));
        return info;
    }

    /** A venue as scans see it. */
    public record VenueInfo(String id, String wardCode, boolean active, String posterId) {
        static VenueInfo of(Venue v) {
            return new VenueInfo(v.id, v.wardCode, v.active, v.posterId);
        }
    }

    private record Entry(VenueInfo venue, long readAt) {
    }
}
