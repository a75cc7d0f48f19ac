package vn.vungxanh.checkpoint.service;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import vn.vungxanh.checkpoint.Checkpoint;
import vn.vungxanh.common.cache.ReadThroughCache;
import vn.vungxanh.common.ingest.IngestConfig;

/**
 * What the ingest path needs of a checkpoint, cached per replica and re-read after {@code vx.checkpoint.cache-ttl};
 * known checkpoints keep taking passages while the database is away.
 */
@ApplicationScoped
public class CheckpointDirectory {

    @ConfigProperty(name = "vx.checkpoint.cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    @ConfigProperty(name = "vx.checkpoint.cache-size", defaultValue = "1000000")
    long size;

    @Inject
    IngestConfig ingest;

    private ReadThroughCache<Info> cache;

    @PostConstruct
    void init() {
        cache = new ReadThroughCache<>(ttl, size, ingest.retryAfterSeconds(), CheckpointDirectory::load);
    }

    /** The checkpoint, or null when it does not exist. */
    public Uni<Info> find(String id) {
        return cache.find(id);
    }

    void put(Checkpoint cp) {
        cache.put(cp.id, new Info(cp.id, cp.wardCode, cp.active));
    }

    private static Info load(String id) {
        Checkpoint cp = QuarkusTransaction.requiringNew().call(() -> Checkpoint.<Checkpoint>findById(id));
        return cp == null ? null : new Info(cp.id, cp.wardCode, cp.active);
    }

    /** A checkpoint as passages see it. */
    public record Info(String id, String wardCode, boolean active) {
    }
}
