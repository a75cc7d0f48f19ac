package vn.vungxanh.checkpoint.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.vungxanh.certificates.HealthCertificate;
import vn.vungxanh.certificates.Verdict;
import vn.vungxanh.checkpoint.certificate.CertificateTrust;
import vn.vungxanh.common.device.DeviceCaller;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.PlaceKind;

/**
 * Health certificates (EU DCC, {@code HC1:} QR codes): a checkpoint device asks for a verdict without recording a
 * passage; admins see the trust list's age and size.
 */
@Path("/api/v1/certificates")
public class CertificateResource {

    public record VerifyRequest(@NotBlank(message = "is required: the QR text, starting with HC1:")
    @Size(max = 8192, message = "is not a health certificate QR") String certificateQr) {
    }

    /**
     * @param accepted the certificate verified and meets the checkpoint's policy
     * @param holder the standardised names and date of birth, for the officer to compare with the traveller's papers
     */
    public record CertificateVerdict(String status, String detail, boolean accepted, String kind, String refusal,
            String issuerCountry, Instant expiresAt, HealthCertificate.Holder holder) {
    }

    @Inject
    CertificateTrust trust;

    @Inject
    DeviceCaller devices;

    @Inject
    JsonWebToken token;

    @POST
    @Path("/verify")
    @RolesAllowed("device")
    public CertificateVerdict verify(@NotNull(message = "a JSON body is required") @Valid VerifyRequest request) {
        devices.require(token, PlaceKind.CHECKPOINT);
        Instant now = Instant.now();
        Verdict verdict = trust.verify(request.certificateQr(), now);
        PassageEvent.CertificateCheck check = trust.check(verdict, now);
        HealthCertificate certificate = verdict.certificate().orElse(null);
        return new CertificateVerdict(check.status(), verdict.detail(), check.accepted(), check.kind(), check.refusal(),
                certificate == null ? null : certificate.issuerCountry(),
                certificate == null ? null : certificate.expiresAt(),
                certificate == null ? null : certificate.holder());
    }

    @GET
    @Path("/trust-list")
    @RolesAllowed("admin")
    public CertificateTrust.State trustList() {
        return trust.state();
    }
}
