package vn.vungxanh.checkin.service;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vungxanh.checkin.Venue;
import vn.vungxanh.common.qr.QrCodec;
import vn.vungxanh.common.qr.QrService;

/**
 * Venue poster QR codes: a compact JWS (ES256, key id) of venue id ({@code vid}), ward, type, name, issued-at,
 * expiry and the poster id ({@code jti}; a reissued poster gets a new one and the old one is revoked).
 */
@ApplicationScoped
public class Posters {

    static final String VENUE = "vid";

    @Inject
    QrService qr;

    public String qr(Venue v) {
        JwtClaims claims = new JwtClaims();
        claims.setJwtId(v.posterId);
        claims.setStringClaim(VENUE, v.id);
        claims.setStringClaim("ward", v.wardCode);
        claims.setStringClaim("type", v.type.name());
        claims.setStringClaim("name", v.name);
        claims.setIssuedAt(NumericDate.fromMilliseconds(v.posterIssuedAt.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(v.posterExpiresAt.toEpochMilli()));
        return qr.sign(claims);
    }

    /** The poster's claims when its signature holds; otherwise {@link QrCodec.Forged}. */
    public Poster verify(String compact) throws QrCodec.Forged {
        JwtClaims claims = qr.verify(compact);
        try {
            String venueId = claims.getStringClaimValue(VENUE);
            if (venueId == null || claims.getJwtId() == null || claims.getExpirationTime() == null) {
                throw new QrCodec.Forged("not a venue poster", claims);
            }
            return new Poster(venueId, claims.getJwtId(), claims.getExpirationTime().getValueInMillis());
        } catch (MalformedClaimException e) {
            throw new QrCodec.Forged("not a venue poster", claims);
        }
    }

    /** A verified poster: which venue, which poster, valid until when. */
    /** The venue id a poster payload names, unverified (for limits, never for trust); null when unreadable. */
    public static String claimedVenue(String compact) {
        try {
            String[] parts = compact.split("\\.");
            String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            return JwtClaims.parse(payload).getStringClaimValue(VENUE);
        } catch (Exception e) {
            return null;
        }
    }

    public record Poster(String venueId, String posterId, long expiresAtMillis) {
    }
}
