package vn.vungxanh.checkpoint.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;

import vn.vungxanh.checkpoint.Channels;
import vn.vungxanh.checkpoint.rest.PassageRequest;
import vn.vungxanh.common.ingest.IngestConfig;
import vn.vungxanh.common.ingest.KafkaFirst;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.common.ingest.ScanResult;
import vn.vungxanh.common.ingest.ScanTimes;
import vn.vungxanh.events.PassageEvent;

/** Validates a passage, pseudonymises the traveller and hands it to Kafka; answers once the broker has it. */
@ApplicationScoped
public class PassageIngest {

    @Inject
    @Channel(Channels.PASSAGES_OUT)
    MutinyEmitter<PassageEvent> passages;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    ScanTimes scanTimes;

    @Inject
    IngestConfig config;

    public Uni<ScanResult> ingest(String checkpointId, String deviceId, PassageRequest request) {
        Instant receivedAt = scanTimes.now();
        PassageEvent event = new PassageEvent(PassageEvent.SCHEMA_VERSION,
                request.eventId().toString(),
                checkpointId,
                null,
                deviceId,
                pseudonymiser.pseudonymise(request.subject().type(), request.subject().value(), "subject.value"),
                request.direction(),
                scanTimes.check(request.scannedAt(), receivedAt, "scannedAt"),
                receivedAt,
                request.originWardCode(),
                request.originProvinceCode(),
                request.destinationWardCode(),
                request.temperatureC(),
                List.of(),
                null,
                null,
                request.decision());
        return KafkaFirst.send(passages, checkpointId, event, config.retryAfterSeconds())
                .replaceWith(ScanResult.accepted(event.eventId()));
    }
}
