package vn.vungxanh.checkpoint.service;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import vn.vungxanh.checkpoint.Permit;
import vn.vungxanh.common.cache.ReadThroughCache;
import vn.vungxanh.common.ingest.IngestConfig;

/** Whether a permit was revoked, cached per replica and re-read after {@code vx.checkpoint.cache-ttl}. */
@ApplicationScoped
public class PermitDirectory {

    @ConfigProperty(name = "vx.checkpoint.cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    @ConfigProperty(name = "vx.checkpoint.cache-size", defaultValue = "1000000")
    long size;

    @Inject
    IngestConfig ingest;

    private ReadThroughCache<Boolean> cache;

    @PostConstruct
    void init() {
        cache = new ReadThroughCache<>(ttl, size, ingest.retryAfterSeconds(), PermitDirectory::load);
    }

    /** True when the permit is unknown here or was revoked. */
    public Uni<Boolean> isRevoked(String permitId) {
        return cache.find(permitId);
    }

    void revoked(String permitId) {
        cache.put(permitId, true);
    }

    private static Boolean load(String permitId) {
        Permit p = QuarkusTransaction.requiringNew().call(() -> Permit.<Permit>findById(permitId));
        return p == null || p.revoked;
    }
}
