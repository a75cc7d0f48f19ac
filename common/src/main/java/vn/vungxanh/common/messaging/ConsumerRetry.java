package vn.vungxanh.common.messaging;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.Header;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Runs a consumer's work on one record in a transaction of its own and, while the failure is
 * {@linkplain TransientFailure transient} (the database unreachable, a deadlock, a lock wait), runs it again in a new
 * transaction after an exponential pause, without limit: the record is not acknowledged, so its partition does not
 * move on and nothing reaches the dead-letter topic until the dependency is back. Any other failure is thrown at
 * once: the record is the problem, and the channel's failure strategy (the dead-letter topic) takes it.
 *
 * <p>A record whose work fails while the service stops (a rolling restart: Hibernate and the pool close while the
 * channels still deliver) is neither acknowledged nor dead-lettered: the consumer thread waits until the channel is
 * closed, and the record is read again by the next owner of its partition.
 *
 * <p>Retries show in {@code /q/metrics} as SmallRye Fault Tolerance's {@code ft_retry_retries_total}, tagged with
 * the channel ({@code method="consumer <channel>"}).
 */
@ApplicationScoped
public class ConsumerRetry {

    /** A consumer's work on one record (or one batch). */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    @Inject
    ConsumerRetryConfig config;

    private final Map<String, Guard> guards = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** A consumer's work on the readable events of one polled batch, in one transaction. */
    @FunctionalInterface
    public interface BatchWork<T> {
        void run(List<T> events) throws Exception;
    }

    /**
     * Runs {@code work} on a polled batch in one transaction, retried as {@link #inTransaction} retries, then
     * acknowledges the batch. Each record that could not be read goes to the dead-letter topic alone. When the batch
     * fails for a reason that is not transient, its events are run again one per transaction, so that only the record
     * at fault is dead-lettered and the others are written. For a channel with {@code batch=true}.
     */
    public <T> CompletionStage<Void> inBatch(String channel, KafkaRecordBatch<?, T> batch, BatchWork<T> work) {
        List<KafkaRecord<?, T>> readable = new ArrayList<>();
        Map<KafkaRecord<?, T>, Throwable> failed = new LinkedHashMap<>(); // dead-lettered once the rest is written
        for (KafkaRecord<?, T> record : batch) {
            if (record.getPayload() == null) {
                failed.put(record, unreadable(record));
            } else {
                readable.add(record);
            }
        }
        try {
            if (!readable.isEmpty()) {
                inTransaction(channel, () -> work.run(readable.stream().map(KafkaRecord::getPayload).toList()));
            }
        } catch (RuntimeException batchFailure) {
            if (stopping) {
                throw batchFailure;
            }
            for (KafkaRecord<?, T> record : readable) {
                try {
                    inTransaction(channel, () -> work.run(List.of(record.getPayload())));
                } catch (RuntimeException recordFailure) {
                    if (stopping) {
                        throw recordFailure;
                    }
                    failed.put(record, recordFailure);
                }
            }
        }
        return CompletableFuture.allOf(failed.entrySet().stream()
                .map(f -> f.getKey().nack(f.getValue()).toCompletableFuture()).toArray(CompletableFuture[]::new))
                .thenCompose(done -> batch.ack());
    }

    /** Why a record reached the consumer without a payload: the deserialiser's reason, from the record's headers. */
    private static IllegalArgumentException unreadable(KafkaRecord<?, ?> record) {
        Header reason = record.getHeaders().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON);
        return new IllegalArgumentException("unreadable record: " + (reason == null ? "not JSON of a known schema version"
                : new String(reason.value(), StandardCharsets.UTF_8)));
    }

    /** Runs {@code work} in a new transaction until it succeeds or fails for a reason that is not transient. */
    public void inTransaction(String channel, Work work) {
        try {
            guard(channel).call(() -> {
                QuarkusTransaction.requiringNew().run(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                return null;
            }, Void.class);
        } catch (Exception e) {
            if (stopping) {
                keepUntilExit(channel, e);
            }
            rethrow(channel, e);
        }
    }

    private static void rethrow(String channel, Exception failure) {
        try {
            throw failure;
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry " + channel, e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The service is stopping: the record stays unacknowledged until the worker pool's shutdown interrupts this thread,
     * by which time the channel's consumer and dead-letter producer are closed, so the failure then thrown commits and
     * dead-letters nothing.
     */
    private static void keepUntilExit(String channel, Exception failure) {
        Log.infof("%s: the service is stopping (%s); the record is left for the next owner of its partition", channel,
                rootMessage(failure));
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException(channel + ": the service stopped before the record was written", failure);
    }

    private Guard guard(String channel) {
        return guards.computeIfAbsent(channel, c -> Guard.create()
                .withDescription("consumer " + c)
                .withRetry()
                .maxRetries(-1)
                .maxDuration(0, ChronoUnit.MILLIS)
                .delay(config.initialDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(failure -> !stopping && TransientFailure.is(failure))
                .beforeRetry(failure -> Log.warnf("%s: a dependency failed (%s), trying the record again", c,
                        rootMessage(failure)))
                .withExponentialBackoff()
                .factor(config.factor())
                .maxDelay(config.maxDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .done()
                .build());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
