package vn.vungxanh.common.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import vn.vungxanh.common.problem.ServiceUnavailable;

/**
 * What the ingest path needs of a registry row (a venue, a checkpoint, a permit), read from the database on a worker
 * thread at the first scan and kept per replica (Caffeine). An entry older than {@code refreshAfter} is re-read in the
 * background while the cached value keeps answering, and a re-read that fails (the database is away) keeps it: scans of
 * known places go on being accepted Kafka-first through a database outage. Only a place not yet cached and not
 * readable is refused, with 503 and Retry-After, so that the client retries.
 */
public final class ReadThroughCache<V> {

    private final AsyncLoadingCache<String, Optional<V>> cache;
    private final int retryAfterSeconds;

    /** {@code loader} answers null for a key that does not exist (remembered like any value). */
    public ReadThroughCache(Duration refreshAfter, long maximumSize, int retryAfterSeconds, Function<String, V> loader) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.cache = Caffeine.newBuilder()
                .refreshAfterWrite(refreshAfter)
                .maximumSize(maximumSize)
                .executor(Infrastructure.getDefaultWorkerPool())
                .buildAsync(key -> Optional.ofNullable(loader.apply(key)));
    }

    /** The value (null when the key does not exist); at once when cached, the hot path of scans. */
    public CompletionStage<V> get(String key) {
        CompletableFuture<Optional<V>> value = cache.get(key);
        if (value.isDone() && !value.isCompletedExceptionally()) {
            return CompletableFuture.completedFuture(value.join().orElse(null));
        }
        return value.handle((found, failure) -> {
            if (failure != null) {
                throw new ServiceUnavailable("the registry cannot be read just now; nothing was accepted, retry later",
                        retryAfterSeconds, failure);
            }
            return found.orElse(null);
        });
    }

    public Uni<V> find(String key) {
        return Uni.createFrom().completionStage(() -> get(key));
    }

    /** A value just written by this replica: scans see it at once. */
    public void put(String key, V value) {
        cache.put(key, CompletableFuture.completedFuture(Optional.ofNullable(value)));
    }
}
