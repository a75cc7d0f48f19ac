package vn.vungxanh.checkpoint.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

import io.smallrye.mutiny.Uni;
import vn.vungxanh.common.qr.QrCodec;
import vn.vungxanh.common.qr.QrService;
import vn.vungxanh.events.PassageEvent.PermitStatus;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;

/**
 * Checks a presented permit QR at a passage: FORGED (not our signature), REVOKED, NOT_YET_VALID, EXPIRED (against
 * the scan time), WRONG_ROUTE (the traveller's destination is not the permit's), else VALID.
 */
@ApplicationScoped
public class PermitVerifier {

    @Inject
    QrService qr;

    @Inject
    PermitDirectory permits;

    public Uni<Result> verify(String permitQr, Instant scannedAt, String destinationWardCode) {
        Claims claims;
        try {
            claims = Claims.of(qr.verify(permitQr));
        } catch (QrCodec.Forged | RuntimeException forged) {
            return Uni.createFrom().item(new Result(PermitStatus.FORGED, null));
        }
        return permits.isRevoked(claims.id()).map(revoked -> new Result(status(claims, revoked, scannedAt,
                destinationWardCode), claims.subject()));
    }

    static PermitStatus status(Claims c, boolean revoked, Instant at, String destination) {
        if (revoked) {
            return PermitStatus.REVOKED;
        }
        if (at.toEpochMilli() < c.notBeforeMillis()) {
            return PermitStatus.NOT_YET_VALID;
        }
        if (at.toEpochMilli() > c.expiresMillis()) {
            return PermitStatus.EXPIRED;
        }
        if (!c.to().equals(destination)) {
            return PermitStatus.WRONG_ROUTE;
        }
        return PermitStatus.VALID;
    }

    /** The verification result, and the traveller named by the permit when its signature holds. */
    public record Result(PermitStatus status, Subject subject) {
    }

    record Claims(String id, Subject subject, String to, long notBeforeMillis, long expiresMillis) {
        static Claims of(JwtClaims c) {
            try {
                return new Claims(c.getJwtId(), new Subject(SubjectType.valueOf(c.getStringClaimValue(PermitService.SUBJECT_TYPE)),
                        c.getSubject()), c.getStringClaimValue(PermitService.TO), c.getNotBefore().getValueInMillis(),
                        c.getExpirationTime().getValueInMillis());
            } catch (MalformedClaimException | NullPointerException e) {
                throw new IllegalArgumentException("not a travel permit", e);
            }
        }
    }
}
