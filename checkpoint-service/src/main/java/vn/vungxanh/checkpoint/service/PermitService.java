package vn.vungxanh.checkpoint.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

import vn.vungxanh.checkpoint.Permit;
import vn.vungxanh.checkpoint.rest.PermitRequest;
import vn.vungxanh.checkpoint.rest.PermitResponse;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.common.qr.QrService;
import vn.vungxanh.events.Subject;

/**
 * Travel permits with a signed QR: a compact JWS (ES256, key id) of the permit id ({@code jti}), the traveller's
 * pseudonym ({@code sub}, {@code st} its identifier type), wards {@code from}/{@code to}, {@code nbf} and {@code exp}.
 */
@ApplicationScoped
public class PermitService {

    static final String FROM = "from";
    static final String TO = "to";
    static final String SUBJECT_TYPE = "st";

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    WardCatalogue wards;

    @Inject
    QrService qr;

    @Inject
    PermitDirectory directory;

    @Transactional
    public PermitResponse issue(PermitRequest request) {
        Subject subject = pseudonymiser.pseudonymise(request.subject().type(), request.subject().value(), "subject.value");
        Permit p = new Permit();
        p.id = UUID.randomUUID().toString();
        p.subjectType = subject.type();
        p.subjectHash = subject.hash();
        p.fromWardCode = wards.requireWard(request.fromWardCode(), "fromWardCode").code();
        p.toWardCode = wards.requireWard(request.toWardCode(), "toWardCode").code();
        p.validFrom = request.validFrom().toInstant().truncatedTo(ChronoUnit.SECONDS);
        p.validTo = request.validTo().toInstant().truncatedTo(ChronoUnit.SECONDS);
        p.purpose = request.purpose().strip();
        p.issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        p.persist();
        return response(p);
    }

    @Transactional
    public PermitResponse revoke(String id) {
        Permit p = Permit.findById(id);
        if (p == null) {
            throw ProblemException.notFound("permit " + id);
        }
        p.revoked = true;
        directory.revoked(id);
        return response(p);
    }

    private PermitResponse response(Permit p) {
        JwtClaims claims = new JwtClaims();
        claims.setJwtId(p.id);
        claims.setSubject(p.subjectHash);
        claims.setStringClaim(SUBJECT_TYPE, p.subjectType.name());
        claims.setStringClaim(FROM, p.fromWardCode);
        claims.setStringClaim(TO, p.toWardCode);
        claims.setNotBefore(NumericDate.fromMilliseconds(p.validFrom.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(p.validTo.toEpochMilli()));
        return new PermitResponse(p.id, p.fromWardCode, p.toWardCode, p.validFrom, p.validTo, p.purpose, p.revoked,
                qr.sign(claims));
    }
}
