package vn.vungxanh.checkpoint.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import vn.vungxanh.checkpoint.Permit;

/** Whether a permit was revoked, cached per replica; a miss is read on a worker thread. */
@ApplicationScoped
public class PermitDirectory {

    @ConfigProperty(name = "vx.checkpoint.cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** True when the permit is unknown here or was revoked. */
    public Uni<Boolean> isRevoked(String permitId) {
        Entry cached = cache.get(permitId);
        if (cached != null && System.nanoTime() - cached.readAt() < ttl.toNanos()) {
            return Uni.createFrom().item(cached.revoked());
        }
        return Uni.createFrom().item(() -> load(permitId)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    void revoked(String permitId) {
        cache.put(permitId, new Entry(true, System.nanoTime()));
    }

    private boolean load(String permitId) {
        Permit p = QuarkusTransaction.requiringNew().call(() -> Permit.<Permit>findById(permitId));
        boolean revoked = p == null || p.revoked;
        cache.put(permitId, new Entry(revoked, System.nanoTime()));
        return revoked;
    }

    private record Entry(boolean revoked, long readAt) {
    }
}
