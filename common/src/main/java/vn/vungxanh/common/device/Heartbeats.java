package vn.vungxanh.common.device;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import vn.vungxanh.common.ingest.IngestConfig;
import vn.vungxanh.common.ingest.KafkaFirst;
import vn.vungxanh.common.ingest.ScanTimes;
import vn.vungxanh.events.HeartbeatEvent;
import vn.vungxanh.events.PlaceKind;

/** A device's sign of life, published Kafka-first keyed by its place. */
@ApplicationScoped
public class Heartbeats {

    @Inject
    ScanTimes clock;

    @Inject
    IngestConfig config;

    public Uni<Void> send(MutinyEmitter<HeartbeatEvent> emitter, PlaceKind kind, DeviceCaller.Bound device) {
        HeartbeatEvent event = new HeartbeatEvent(HeartbeatEvent.SCHEMA_VERSION, UUID.randomUUID().toString(),
                device.deviceId(), kind, device.placeId(), clock.now());
        return KafkaFirst.send(emitter, device.placeId(), event, config.retryAfterSeconds());
    }
}
