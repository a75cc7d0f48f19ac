package vn.vungxanh.common.qr;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.jwt.JwtClaims;

import io.quarkus.logging.Log;

/**
 * The service's signer and verifier of QR codes, keyed as {@link QrConfig} says. A code verified once is remembered
 * (bounded), so the venue poster that thousands of visitors scan is checked by signature only once.
 */
@ApplicationScoped
public class QrService {

    @Inject
    QrConfig config;

    private QrCodec codec;
    private final Map<String, JwtClaims> verified = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        Map<String, PublicKey> keys = new HashMap<>();
        config.verificationKeys().forEach((kid, location) -> keys.put(kid, Pem.publicKey(location, "EC")));
        PrivateKey signing;
        if (config.signingKeyLocation().isPresent()) {
            signing = Pem.privateKey(config.signingKeyLocation().get(), "EC");
            if (!keys.containsKey(config.signingKeyId())) {
                throw new IllegalStateException("vx.qr.verification-keys." + config.signingKeyId()
                        + " must name the public half of the signing key");
            }
        } else {
            KeyPair pair = generate();
            Log.warn("vx.qr.signing-key-location is not set: QR codes are signed with a key generated now,"
                    + " and stop verifying when the service restarts");
            signing = pair.getPrivate();
            keys.put(config.signingKeyId(), pair.getPublic());
        }
        codec = new QrCodec(config.signingKeyId(), signing, keys);
    }

    public String sign(JwtClaims claims) {
        return codec.sign(claims);
    }

    public JwtClaims verify(String compact) throws QrCodec.Forged {
        JwtClaims claims = verified.get(compact);
        if (claims == null) {
            claims = codec.verify(compact);
            if (verified.size() >= config.cacheSize()) {
                verified.clear();
            }
            verified.put(compact, claims);
        }
        return claims;
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
