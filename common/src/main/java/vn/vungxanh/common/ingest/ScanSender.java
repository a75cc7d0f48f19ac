package vn.vungxanh.common.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * The Kafka-first send of a scan event shared by the ingest services: a retried event id is answered DUPLICATE
 * without a second send, a new one is answered ACCEPTED only after the broker's ack, and an event Kafka did not take
 * is forgotten so the client's retry goes through. Counts outcomes and times the broker's ack.
 */
@ApplicationScoped
public class ScanSender {

    @Inject
    IngestConfig config;

    @Inject
    IngestMetrics metrics;

    private RecentEventIds recent;

    @PostConstruct
    void init() {
        recent = new RecentEventIds(config.recentEventIds());
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

    /** Remembers an event id known to be stored, so that its retry is answered DUPLICATE. */
    public void remember(String eventId) {
        recent.remember(eventId);
    }

    private <T> Uni<Void> timed(String kind, MutinyEmitter<T> emitter, String key, String eventId, T event) {
        Timer.Sample sample = Timer.start();
        return KafkaFirst.send(emitter, key, event, config.retryAfterSeconds())
                .onItem().invoke(() -> sample.stop(metrics.produceTimer(kind)))
                .onFailure().invoke(() -> recent.release(eventId));
    }
}
