package vn.vungxanh.checkpoint.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import vn.vungxanh.certificates.Verdict;
import vn.vungxanh.checkpoint.certificate.CertificateTrust;
import vn.vungxanh.checkpoint.rest.PassageRequest;
import vn.vungxanh.common.device.DeviceCaller;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.common.ingest.ScanResult;
import vn.vungxanh.common.ingest.ScanSender;
import vn.vungxanh.common.ingest.ScanTimes;
import vn.vungxanh.common.ingest.ScanTopic;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;

/**
 * Validates a passage (places against the official catalogue), pseudonymises the traveller and hands it to Kafka
 * keyed by checkpoint; answers once the broker has it. A retried event id is answered DUPLICATE.
 */
@ApplicationScoped
public class PassageIngest {

    static final String KIND = "passage";
    static final ScanTopic PASSAGES = new ScanTopic(Topics.PASSAGES, "vn.vungxanh.passage.v1", "/checkpoint-service");

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    ScanTimes scanTimes;

    @Inject
    ScanSender sender;

    @Inject
    WardCatalogue wards;

    @Inject
    CheckpointDirectory checkpoints;

    @Inject
    PermitVerifier verifier;

    @Inject
    CertificateTrust certificates;

    private static final PermitVerifier.Result NO_PERMIT = new PermitVerifier.Result(null, null);

    public Uni<ScanResult> ingest(DeviceCaller.Bound device, PassageRequest request) {
        Instant receivedAt = scanTimes.now();
        Subject presented = request.subject() == null ? null
                : pseudonymiser.pseudonymise(request.subject().type(), request.subject().value(), "subject.value");
        Instant scannedAt = scanTimes.check(request.scannedAt(), receivedAt, "scannedAt");
        String originProvince = request.originProvinceCode();
        if (request.originWardCode() != null) {
            originProvince = wards.requireWard(request.originWardCode(), "originWardCode").provinceCode();
        } else if (!wards.isProvince(originProvince)) {
            throw ProblemException.invalidField("originProvinceCode", "'" + originProvince + "' is not a province code");
        }
        String destination = wards.requireWard(request.destinationWardCode(), "destinationWardCode").code();
        String origin = originProvince;
        Verdict certificate = request.certificateQr() == null ? null : certificates.verify(request.certificateQr(), scannedAt);
        return checkpoints.find(device.placeId()).onItem().transformToUni(cp -> {
            if (cp == null) {
                throw ProblemException.forbidden("the device's checkpoint " + device.placeId() + " is not registered");
            }
            if (!cp.active()) {
                throw ProblemException.invalidField("checkpoint", "the checkpoint is closed");
            }
            Uni<PermitVerifier.Result> permit = request.permitQr() == null ? Uni.createFrom().item(NO_PERMIT)
                    : verifier.verify(request.permitQr(), scannedAt, destination);
            return permit.onItem().transformToUni(verified -> {
                Subject subject = presented != null ? presented : verified.subject() != null ? verified.subject() : holder(certificate);
                if (subject == null) {
                    throw ProblemException.invalidField("subject", "is required when neither the permit nor the certificate can be read");
                }
                PassageEvent event = new PassageEvent(PassageEvent.SCHEMA_VERSION, request.eventId().toString(),
                        cp.id(), cp.wardCode(), device.deviceId(), subject, request.direction(), scannedAt, receivedAt,
                        request.originWardCode(), origin, destination, request.temperatureC(),
                        request.symptoms() == null ? List.of() : List.copyOf(request.symptoms()),
                        pseudonymiser.vehiclePlate(request.vehiclePlate()),
                        verified.status(), request.decision(),
                        certificate == null ? null : certificates.check(certificate, scannedAt));
                return Uni.createFrom().completionStage(sender.accept(KIND, PASSAGES, cp.id(), event.eventId(), event));
            });
        });
    }

    /** The certificate's holder, pseudonymised like any identifier: names and date of birth never leave the service. */
    private Subject holder(Verdict certificate) {
        return certificate == null ? null : certificate.certificate()
                .map(c -> pseudonymiser.pseudonymise(SubjectType.DCC_HOLDER, c.holder().key(), "certificateQr"))
                .orElse(null);
    }
}
