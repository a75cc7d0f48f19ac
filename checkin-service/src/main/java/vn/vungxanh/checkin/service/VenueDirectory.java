package vn.vungxanh.checkin.service;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import vn.vungxanh.checkin.Venue;
import vn.vungxanh.checkin.config.CheckinConfig;
import vn.vungxanh.common.cache.ReadThroughCache;
import vn.vungxanh.common.ingest.IngestConfig;

/**
 * What the ingest path needs to know of a venue, cached per replica and re-read after
 * {@code vx.checkin.venue-cache-ttl}: a scan costs no database round trip, and known venues keep taking scans while the
 * database is away.
 */
@ApplicationScoped
public class VenueDirectory {

    @Inject
    CheckinConfig config;

    @Inject
    IngestConfig ingest;

    private ReadThroughCache<VenueInfo> cache;

    @PostConstruct
    void init() {
        cache = new ReadThroughCache<>(config.venueCacheTtl(), config.venueCacheSize(), ingest.retryAfterSeconds(),
                VenueDirectory::load);
    }

    /** The venue, or null when it does not exist. */
    public Uni<VenueInfo> find(String venueId) {
        return cache.find(venueId);
    }

    /** {@code then} applied to the venue (null when it does not exist): at once when cached, the hot path of scans. */
    public <T> CompletionStage<T> with(String venueId, Function<VenueInfo, CompletionStage<T>> then) {
        return cache.get(venueId).thenCompose(then);
    }

    void put(Venue v) {
        cache.put(v.id, VenueInfo.of(v));
    }

    private static VenueInfo load(String venueId) {
        Venue v = QuarkusTransaction.requiringNew().call(() -> Venue.<Venue>findById(venueId));
        return v == null ? null : VenueInfo.of(v);
    }

    /** A venue as scans see it. */
    public record VenueInfo(String id, String wardCode, boolean active, String posterId) {
        static VenueInfo of(Venue v) {
            return new VenueInfo(v.id, v.wardCode, v.active, v.posterId);
        }
    }
}
