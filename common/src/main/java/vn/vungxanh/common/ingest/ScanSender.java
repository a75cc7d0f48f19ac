package vn.vungxanh.common.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * The Kafka-first send of a scan event shared by the ingest services: a retried event id is answered DUPLICATE
 * without a second send, a new one is answered ACCEPTED only after the broker's ack, and an event Kafka did not take
 * is forgotten so the client's retry goes through. Counts outcomes and times the broker's ack. While Kafka is
 * failing, new scans are refused at once (503) instead of queueing; an event that timed out waiting for its ack may
 * still reach Kafka later, and is then counted once by event id downstream. Scans complete as plain futures, without
 * a reactive pipeline each: a batch of 500 is joined once.
 */
@ApplicationScoped
public class ScanSender {

    @Inject
    IngestConfig config;

    @Inject
    IngestMetrics metrics;

    @Inject
    ScanProducer producer;

    private RecentEventIds recent;
    private KafkaGate gate;

    @PostConstruct
    void init() {
        recent = new RecentEventIds(config.recentEventIds());
        gate = new KafkaGate(config.unavailableHoldOff());
    }

    public CompletableFuture<ScanResult> accept(String kind, ScanTopic topic, String key, String eventId, Object event) {
        CompletableFuture<Void> sending = new CompletableFuture<>();
        CompletableFuture<Void> first = recent.claim(eventId, sending);
        if (first != null) {
            return afterFirst(first, () -> {
                metrics.duplicate(kind);
                return CompletableFuture.completedFuture(ScanResult.duplicate(eventId));
            }, () -> accept(kind, topic, key, eventId, event));
        }
        return send(kind, topic, key, eventId, event, sending).thenApply(acked -> {
            metrics.accepted(kind);
            return ScanResult.accepted(eventId);
        });
    }

    /**
     * Publishes a refused scan (once per event id) and then fails with the refusal, so the client gets its 422 only
     * after Kafka has the record.
     */
    public CompletableFuture<ScanResult> reject(String kind, ScanTopic topic, String key, String eventId, Object event,
            RejectedScan refusal) {
        CompletableFuture<Void> sending = new CompletableFuture<>();
        CompletableFuture<Void> first = key == null ? null : recent.claim(eventId, sending);
        if (key == null || first != null) {
            Supplier<CompletableFuture<ScanResult>> refused = () -> {
                metrics.rejected(kind, refusal.reason());
                return CompletableFuture.failedFuture(refusal);
            };
            return first == null ? refused.get()
                    : afterFirst(first, refused, () -> reject(kind, topic, key, eventId, event, refusal));
        }
        return send(kind, topic, key, eventId, event, sending).thenCompose(acked -> {
            metrics.rejected(kind, refusal.reason());
            return CompletableFuture.failedFuture(refusal);
        });
    }

    /**
     * A retry of an event id already claimed: answered once the first send's outcome is known, as a duplicate when
     * Kafka took it, or sent again when it did not (never DUPLICATE for an event Kafka may still refuse).
     */
    private static CompletableFuture<ScanResult> afterFirst(CompletableFuture<Void> first,
            Supplier<CompletableFuture<ScanResult>> whenTaken, Supplier<CompletableFuture<ScanResult>> whenRefused) {
        if (first.isDone() && !first.isCompletedExceptionally()) {
            return whenTaken.get();
        }
        return first.handle((ok, failure) -> failure == null ? whenTaken.get() : whenRefused.get())
                .thenCompose(answer -> answer);
    }

    /**
     * Remembers the most recently received event ids of a table of stored scans (at start: retries of events
     * stored before a restart, or by another replica, are then answered DUPLICATE). Returns how many.
     */
    public int rememberStored(DataSource dataSource, String table) {
        int n = 0;
        String sql = "SELECT event_id FROM " + table + " ORDER BY received_at DESC LIMIT " + config.recentEventIds();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                recent.remember(rs.getString(1));
                n++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read stored event ids of " + table, e);
        }
        return n;
    }

    /** Remembers an event id known to be stored, so that its retry is answered DUPLICATE. */
    public void remember(String eventId) {
        recent.remember(eventId);
    }

    /**
     * Sends and completes once the broker has the event, or fails with 503 when Kafka did not take it in time (the
     * bookkeeping is done in the producer's callback: this runs for every scan, so it stays lean).
     */
    private CompletableFuture<Void> send(String kind, ScanTopic topic, String key, String eventId, Object event,
            CompletableFuture<Void> acked) {
        if (!gate.mayTry()) {
            recent.release(eventId, acked);
            acked.completeExceptionally(new KafkaFirst.Unavailable(config.retryAfterSeconds(),
                    new IllegalStateException("Kafka failed a send less than " + config.unavailableHoldOff() + " ago")));
            return acked;
        }
        long started = System.nanoTime();
        producer.send(topic, key, eventId, event, failure -> {
            if (failure == null) {
                metrics.produceTimer(kind).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                gate.succeeded();
                acked.complete(null);
            } else {
                recent.release(eventId, acked); // an event that still reaches Kafka later is counted once downstream
                gate.failed();
                acked.completeExceptionally(new KafkaFirst.Unavailable(config.retryAfterSeconds(), failure));
            }
        });
        return acked;
    }
}
