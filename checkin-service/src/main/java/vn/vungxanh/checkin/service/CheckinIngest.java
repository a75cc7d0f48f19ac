package vn.vungxanh.checkin.service;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vungxanh.checkin.rest.CheckinRequest;
import vn.vungxanh.common.device.DeviceCaller;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.common.ingest.RejectedScan;
import vn.vungxanh.common.ingest.ScanResult;
import vn.vungxanh.common.ingest.ScanSender;
import vn.vungxanh.common.ingest.ScanTopic;
import vn.vungxanh.common.ingest.ScanTimes;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.common.qr.QrCodec;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.CheckinEvent.RejectReason;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.Topics;

/**
 * Validates a scan, pseudonymises its subject, finds its venue (the device's, or the one a verified poster names)
 * and hands it to Kafka; answers once the broker has it. A refused poster is published as a rejected scan for the
 * venue it names, then answered 422; when its signature did not verify, the event says so
 * ({@code signatureVerified=false}): the venue is then only claimed, by anyone who typed its public id.
 */
@ApplicationScoped
public class CheckinIngest {

    static final String KIND = "checkin";
    static final ScanTopic CHECKINS = new ScanTopic(Topics.CHECKINS, "vn.vungxanh.checkin.v1", "/checkin-service");

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    ScanTimes scanTimes;

    @Inject
    ScanSender sender;

    @Inject
    VenueDirectory venues;

    @Inject
    Posters posters;

    /** Venue-scanner mode: the device token names the venue. */
    public CompletionStage<ScanResult> fromDevice(DeviceCaller.Bound device, CheckinRequest request) {
        Scan scan = scan(request);
        if (request.venueQr() != null) {
            requireOwnPoster(device, request.venueQr());
        }
        return venues.with(device.placeId(), venue -> {
            if (venue == null) {
                throw ProblemException.forbidden("the device's venue " + device.placeId() + " is not registered");
            }
            if (!venue.active()) {
                return reject(scan, venue.id(), venue.wardCode(), device.deviceId(), RejectReason.VENUE_CLOSED,
                        "the venue is closed");
            }
            return sender.accept(KIND, CHECKINS, venue.id(), scan.eventId,
                    scan.event(venue.id(), venue.wardCode(), device.deviceId(), CheckinEvent.ScanStatus.ACCEPTED, null,
                            null, null));
        });
    }

    /**
     * Visitor-app mode: the signed poster proves the place.
     *
     * @param clientAddress the visitor's address, published only as a pseudonym
     */
    public CompletionStage<ScanResult> fromVisitor(CheckinRequest request, String clientAddress) {
        Scan scan = scan(request).fromVisitor(pseudonymiser.clientKey(clientAddress));
        Posters.Poster poster;
        try {
            poster = posters.verify(request.venueQr());
        } catch (QrCodec.Forged forged) {
            return reject(scan.unverified(), forged.claimedString(Posters.VENUE), null, null, RejectReason.FORGED,
                    forged.getMessage());
        }
        return venues.with(poster.venueId(), venue -> {
            if (venue == null) {
                return reject(scan, poster.venueId(), null, null, RejectReason.UNKNOWN_VENUE, "the poster names no registered venue");
            }
            if (poster.expiresAtMillis() < scan.receivedAt.toEpochMilli()) {
                return reject(scan, venue.id(), venue.wardCode(), null, RejectReason.EXPIRED, "the poster has expired");
            }
            if (!poster.posterId().equals(venue.posterId())) {
                return reject(scan, venue.id(), venue.wardCode(), null, RejectReason.REVOKED,
                        "the poster was replaced by a newer one");
            }
            if (!venue.active()) {
                return reject(scan, venue.id(), venue.wardCode(), null, RejectReason.VENUE_CLOSED, "the venue is closed");
            }
            return sender.accept(KIND, CHECKINS, venue.id(), scan.eventId,
                    scan.event(venue.id(), venue.wardCode(), null, CheckinEvent.ScanStatus.ACCEPTED, null));
        });
    }

    /** A device that also sends a poster payload may only send its own venue's. */
    private void requireOwnPoster(DeviceCaller.Bound device, String venueQr) {
        try {
            if (!posters.verify(venueQr).venueId().equals(device.placeId())) {
                throw ProblemException.forbidden("this device belongs to another venue than the poster's");
            }
        } catch (QrCodec.Forged forged) {
            throw ProblemException.invalidField("venueQr", "is not a poster of this service: " + forged.getMessage());
        }
    }

    private CompletionStage<ScanResult> reject(Scan scan, String venueId, String wardCode, String deviceId, RejectReason reason,
            String message) {
        RejectedScan refusal = new RejectedScan(deviceId == null ? "venueQr" : "venue", reason.name(), message);
        return sender.reject(KIND, CHECKINS, venueId, scan.eventId,
                scan.event(venueId, wardCode, deviceId, CheckinEvent.ScanStatus.REJECTED, reason), refusal);
    }

    /** Checks what every scan must carry; the raw identifier goes no further than this. */
    private Scan scan(CheckinRequest request) {
        Instant receivedAt = scanTimes.now();
        Subject subject = pseudonymiser.pseudonymise(request.subject().type(), request.subject().value(),
                "subject.value");
        Instant scannedAt = scanTimes.check(request.scannedAt(), receivedAt, "scannedAt");
        return new Scan(request, request.eventId().toString(), subject, scannedAt, receivedAt, null, null);
    }

    /**
     * @param signatureVerified for a visitor's scan, whether the poster's signature verified; null for a device's
     * @param clientKey for a visitor's scan, the pseudonym of its address; null for a device's
     */
    private record Scan(CheckinRequest request, String eventId, Subject subject, Instant scannedAt, Instant receivedAt,
            Boolean signatureVerified, String clientKey) {

        Scan fromVisitor(String key) {
            return new Scan(request, eventId, subject, scannedAt, receivedAt, true, key);
        }

        Scan unverified() {
            return new Scan(request, eventId, subject, scannedAt, receivedAt, false, clientKey);
        }

        CheckinEvent event(String venueId, String wardCode, String deviceId, CheckinEvent.ScanStatus status,
                RejectReason reason) {
            return event(venueId, wardCode, deviceId, status, reason, signatureVerified, clientKey);
        }

        CheckinEvent event(String venueId, String wardCode, String deviceId, CheckinEvent.ScanStatus status,
                RejectReason reason, Boolean verified, String key) {
            return new CheckinEvent(CheckinEvent.SCHEMA_VERSION, eventId, venueId, wardCode, deviceId, subject,
                    request.direction(), scannedAt, receivedAt, request.temperatureC(), status, reason, verified, key);
        }
    }
}
