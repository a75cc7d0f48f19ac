package vn.vungxanh.checkin.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;

import vn.vungxanh.checkin.Channels;
import vn.vungxanh.checkin.rest.CheckinRequest;
import vn.vungxanh.common.ingest.IngestConfig;
import vn.vungxanh.common.ingest.KafkaFirst;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.common.ingest.ScanResult;
import vn.vungxanh.common.ingest.ScanTimes;
import vn.vungxanh.events.CheckinEvent;

/** Validates a scan, pseudonymises its subject and hands it to Kafka; answers once the broker has it. */
@ApplicationScoped
public class CheckinIngest {

    @Inject
    @Channel(Channels.CHECKINS_OUT)
    MutinyEmitter<CheckinEvent> checkins;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    ScanTimes scanTimes;

    @Inject
    IngestConfig config;

    public Uni<ScanResult> ingest(String venueId, String deviceId, CheckinRequest request) {
        Instant receivedAt = scanTimes.now();
        CheckinEvent event = new CheckinEvent(CheckinEvent.SCHEMA_VERSION,
                request.eventId().toString(),
                venueId,
                null,
                deviceId,
                pseudonymiser.pseudonymise(request.subject().type(), request.subject().value(), "subject.value"),
                request.direction(),
                scanTimes.check(request.scannedAt(), receivedAt, "scannedAt"),
                receivedAt,
                request.temperatureC(),
                CheckinEvent.ScanStatus.ACCEPTED,
                null);
        return KafkaFirst.send(checkins, venueId, event, config.retryAfterSeconds())
                .replaceWith(ScanResult.accepted(event.eventId()));
    }
}
