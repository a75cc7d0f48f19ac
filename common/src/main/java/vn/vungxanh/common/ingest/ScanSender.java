package vn.vungxanh.common.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

/**
 * The Kafka-first send of a scan event shared by the ingest services: a retried event id is answered DUPLICATE
 * without a second send, a new one is answered ACCEPTED only after the broker's ack, and an event Kafka did not take
 * is forgotten so the client's retry goes through. Counts outcomes and times the broker's ack. While Kafka is
 * failing, new scans are refused at once (503) instead of queueing; an event that timed out waiting for its ack may
 * still reach Kafka later, and is then counted once by event id downstream.
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

    public Uni<ScanResult> accept(String kind, ScanTopic topic, String key, String eventId, Object event) {
        if (!recent.claim(eventId)) {
            metrics.duplicate(kind);
            return Uni.createFrom().item(ScanResult.duplicate(eventId));
        }
        return timed(kind, topic, key, eventId, event).replaceWith(() -> {
            metrics.accepted(kind);
            return ScanResult.accepted(eventId);
        });
    }

    /**
     * Publishes a refused scan (once per event id) and then fails with the refusal, so the client gets its 422 only
     * after Kafka has the record.
     */
    public Uni<ScanResult> reject(String kind, ScanTopic topic, String key, String eventId, Object event,
            RejectedScan refusal) {
        if (key == null || !recent.claim(eventId)) {
            metrics.rejected(kind, refusal.reason());
            return Uni.createFrom().failure(refusal);
        }
        return timed(kind, topic, key, eventId, event).onItem().transformToUni(x -> {
            metrics.rejected(kind, refusal.reason());
            return Uni.createFrom().failure(refusal);
        });
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
     * Sends and completes once the broker has the event: one Uni with a timeout, the bookkeeping done in Kafka's
     * callback (this runs for every scan, so it stays lean).
     */
    private Uni<Void> timed(String kind, ScanTopic topic, String key, String eventId, Object event) {
        if (!gate.mayTry()) {
            recent.release(eventId);
            return Uni.createFrom().failure(new KafkaFirst.Unavailable(config.retryAfterSeconds(),
                    new IllegalStateException("Kafka failed a send less than " + config.unavailableHoldOff() + " ago")));
        }
        long started = System.nanoTime();
        Uni<Void> acked = Uni.createFrom().emitter(emitter -> producer.send(topic, key, eventId, event, failure -> {
            if (failure == null) {
                metrics.produceTimer(kind).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                gate.succeeded();
                emitter.complete(null);
            } else {
                recent.release(eventId);
                gate.failed();
                emitter.fail(new KafkaFirst.Unavailable(config.retryAfterSeconds(), failure));
            }
        }));
        return acked.ifNoItem().after(config.ackTimeout()).failWith(() -> {
            recent.release(eventId);
            gate.failed();
            return new KafkaFirst.Unavailable(config.retryAfterSeconds(),
                    new IllegalStateException("no acknowledgement within " + config.ackTimeout()));
        });
    }
}
