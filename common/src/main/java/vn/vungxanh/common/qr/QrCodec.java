package vn.vungxanh.common.qr;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.lang.JoseException;

/**
 * Compact JWS (ES256) codes with a key id: one signing key, any number of verification keys by id. Pure logic, no
 * caching and no clock: {@link QrService} adds both.
 */
public final class QrCodec {

    private final String signingKeyId;
    private final PrivateKey signingKey;
    private final Map<String, PublicKey> verificationKeys;

    public QrCodec(String signingKeyId, PrivateKey signingKey, Map<String, PublicKey> verificationKeys) {
        this.signingKeyId = signingKeyId;
        this.signingKey = signingKey;
        this.verificationKeys = Map.copyOf(verificationKeys);
    }

    public String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey);
        jws.setKeyIdHeaderValue(signingKeyId);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a QR code", e);
        }
    }

    /** The claims of a code whose signature is valid under a known key; otherwise {@link Forged}. */
    public JwtClaims verify(String compact) throws Forged {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new org.jose4j.jwa.AlgorithmConstraints(
                    org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
            jws.setCompactSerialization(compact);
            String keyId = jws.getKeyIdHeaderValue();
            PublicKey key = keyId == null ? null : verificationKeys.get(keyId);
            if (key == null) {
                throw new Forged(keyId == null ? "signed without a key id" : "signed with an unknown key id",
                        claimsOf(jws));
            }
            jws.setKey(key);
            if (!jws.verifySignature()) {
                throw new Forged("the signature does not match", claimsOf(jws));
            }
            return JwtClaims.parse(jws.getPayload());
        } catch (JoseException | org.jose4j.jwt.consumer.InvalidJwtException e) {
            throw new Forged("not a signed code: " + e.getMessage(), null);
        }
    }

    /** What an unverified code claims, when its payload is readable at all: used to attribute a forged scan. */
    private static JwtClaims claimsOf(JsonWebSignature jws) {
        try {
            return JwtClaims.parse(jws.getUnverifiedPayload());
        } catch (Exception e) {
            return null;
        }
    }

    /** The code is not signed by a key of ours. */
    public static final class Forged extends Exception {

        private final transient JwtClaims claimed;

        public Forged(String message, JwtClaims claimed) {
            super(message);
            this.claimed = claimed;
        }

        /** What the code claims, unverified; null when unreadable. */
        public JwtClaims claimed() {
            return claimed;
        }

        public String claimedString(String name) {
            try {
                return claimed == null ? null : claimed.getStringClaimValue(name);
            } catch (MalformedClaimException e) {
                return null;
            }
        }
    }
}
