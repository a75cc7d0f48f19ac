package vn.vungxanh.checkpoint.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import vn.vungxanh.checkpoint.Checkpoint;

/** What the ingest path needs of a checkpoint, cached per replica; a miss is read on a worker thread. */
@ApplicationScoped
public class CheckpointDirectory {

    @ConfigProperty(name = "vx.checkpoint.cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public Uni<Info> find(String id) {
        Entry cached = cache.get(id);
        if (cached != null && System.nanoTime() - cached.readAt() < ttl.toNanos()) {
            return Uni.createFrom().item(cached.info());
        }
        return Uni.createFrom().item(() -> load(id)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    void put(Checkpoint cp) {
        cache.put(cp.id, new Entry(new Info(cp.id, cp.wardCode, cp.active), System.nanoTime()));
    }

    private Info load(String id) {
        Checkpoint cp = QuarkusTransaction.requiringNew().call(() -> Checkpoint.<Checkpoint>findById(id));
        Info info = cp == null ? null : new Info(cp.id, cp.wardCode, cp.active);
        cache.put(id, new Entry(info, System.nanoTime()));
        return info;
    }

    /** A checkpoint as passages see it. */
    public record Info(String id, String wardCode, boolean active) {
    }

    private record Entry(Info info, long readAt) {
    }
}
