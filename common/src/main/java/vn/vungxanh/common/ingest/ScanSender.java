package vn.vungxanh.common.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

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

    private RecentEventIds recent;
    private KafkaGate gate;

    @PostConstruct
    void init() {
        recent = new RecentEventIds(config.recentEventIds());
        gate = new KafkaGate(config.unavailableHoldOff());
    }

    public <T> Uni<ScanResult> accept(String kind, MutinyEmitter<T> emitter, String key, String eventId, T event) {
        if (!recent.claim(eventId)) {
            metrics.duplicate(kind);
            return Uni.createFrom().item(ScanResult.duplicate(eventId));
        }
        return timed(kind, emitter, key, eventId, event).map(x -> {
            metrics.accepted(kind);
            return ScanResult.accepted(eventId);
        });
    }

    /**
     * Publishes a refused scan (once per event id) and then fails with the refusal, so the client gets its 422 only
     * after Kafka has the record.
     */
    public <T> Uni<ScanResult> reject(String kind, MutinyEmitter<T> emitter, String key, String eventId, T event,
            RejectedScan refusal) {
        if (key == null || !recent.claim(eventId)) {
            metrics.rejected(kind, refusal.reason());
            return Uni.createFrom().failure(refusal);
        }
        return timed(kind, emitter, key, eventId, event).onItem().transformToUni(x -> {
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

    private <T> Uni<Void> timed(String kind, MutinyEmitter<T> emitter, String key, String eventId, T event) {
        if (!gate.mayTry()) {
            recent.release(eventId);
            return Uni.createFrom().failure(new KafkaFirst.Unavailable(config.retryAfterSeconds(),
                    new IllegalStateException("Kafka failed a send less than " + config.unavailableHoldOff() + " ago")));
        }
        Timer.Sample sample = Timer.start();
        return KafkaFirst.send(emitter, key, event, config.retryAfterSeconds())
                .ifNoItem().after(config.ackTimeout()).failWith(() -> new KafkaFirst.Unavailable(
                        config.retryAfterSeconds(), new IllegalStateException("no acknowledgement within " + config.ackTimeout())))
                .onItem().invoke(() -> {
                    sample.stop(metrics.produceTimer(kind));
                    gate.succeeded();
                })
                .onFailure().invoke(() -> {
                    recent.release(eventId);
                    gate.failed();
                });
    }
}
