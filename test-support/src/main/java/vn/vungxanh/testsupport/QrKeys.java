package vn.vungxanh.testsupport;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * EC P-256 keys for the signed QR codes of the services under test, generated for this JVM: the current signing key
 * {@link #CURRENT} and an earlier key {@link #PREVIOUS} that is still accepted (rotation), plus a key the services do
 * not know, to forge codes with.
 */
public final class QrKeys {

    public static final String CURRENT = "test-2";
    public static final String PREVIOUS = "test-1";

    private static Map<String, KeyPair> pairs;
    private static KeyPair stranger;

    private QrKeys() {
    }

    /** The {@code vx.qr.*} configuration of a service under test. */
    public static synchronized Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("vx.qr.signing-key-id", CURRENT);
        config.put("vx.qr.signing-key-location", location(Tokens.writePem("PRIVATE KEY", pair(CURRENT).getPrivate().getEncoded())));
        for (String kid : new String[] { CURRENT, PREVIOUS }) {
            config.put("vx.qr.verification-keys." + kid, location(Tokens.writePem("PUBLIC KEY", pair(kid).getPublic().getEncoded())));
        }
        return config;
    }

    /** The private key of a key id the services accept. */
    public static synchronized PrivateKey privateKey(String kid) {
        return pair(kid).getPrivate();
    }

    /** A private key the services do not know. */
    public static synchronized PrivateKey strangerKey() {
        if (stranger == null) {
            stranger = generate();
        }
        return stranger.getPrivate();
    }

    private static KeyPair pair(String kid) {
        if (pairs == null) {
            pairs = new HashMap<>();
            pairs.put(CURRENT, generate());
            pairs.put(PREVIOUS, generate());
        }
        return pairs.get(kid);
    }

    private static String location(Path file) {
        return file.toUri().toString();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
