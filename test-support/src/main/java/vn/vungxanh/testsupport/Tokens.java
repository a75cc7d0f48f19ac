package vn.vungxanh.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens for tests, signed with RSA key pairs generated for this JVM (never a committed secret): people's
 * tokens as the identity provider would issue them ({@link #ISSUER}, verified with {@link #publicKeyLocation()}),
 * scanner devices' tokens as the ingest services issue them ({@link #DEVICE_ISSUER}, verified with
 * {@link #devicePublicKeyLocation()}).
 */
public final class Tokens {

    public static final String ISSUER = "https://vungxanh.test/issuer";
    public static final String DEVICE_ISSUER = "https://vungxanh.test/devices";

    private static KeyPair keys;
    private static KeyPair deviceKeys;
    private static Path publicKeyFile;
    private static Path devicePublicKeyFile;
    private static Path devicePrivateKeyFile;

    private Tokens() {
    }

    public static String admin() {
        return sign("admin", Map.of());
    }

    public static String healthOfficial() {
        return sign("health-official", Map.of());
    }

    public static String inspector(String districtCode) {
        return sign("inspector", Map.of("district", districtCode));
    }

    public static String inspector(String districtCode, String wardCode) {
        return sign("inspector", Map.of("district", districtCode, "ward", wardCode));
    }

    public static String venueDevice(String venueId) {
        return signDevice("device", Map.of("venue", venueId));
    }

    public static String checkpointDevice(String checkpointId) {
        return signDevice("device", Map.of("checkpoint", checkpointId));
    }

    /** A token of the device issuer, signed with the device key, carrying any role (to show what is refused). */
    public static String signDevice(String group, Map<String, String> claims) {
        return signDevice(group, claims, 3600);
    }

    public static synchronized String signDevice(String group, Map<String, String> claims, long lifetimeSeconds) {
        return token(DEVICE_ISSUER, group + "-device-test", group, claims, lifetimeSeconds, deviceKeyPair());
    }

    /** A token naming the people's issuer but signed with the device key (to show what is refused). */
    public static synchronized String signPersonWithDeviceKey(String group, Map<String, String> claims) {
        return token(ISSUER, group + "-test", group, claims, 3600, deviceKeyPair());
    }

    public static String sign(String group, Map<String, String> claims) {
        return sign(group, claims, 3600);
    }

    public static synchronized String sign(String group, Map<String, String> claims, long lifetimeSeconds) {
        return token(ISSUER, group + "-test", group, claims, lifetimeSeconds, keyPair());
    }

    private static String token(String issuer, String subject, String group, Map<String, String> claims,
            long lifetimeSeconds, KeyPair key) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer).subject(subject).groups(Set.of(group)).expiresIn(lifetimeSeconds);
        claims.forEach(builder::claim);
        return builder.sign(key.getPrivate());
    }

    /** A file: location of the people's PEM public key, for {@code mp.jwt.verify.publickey.location}. */
    public static synchronized String publicKeyLocation() {
        if (publicKeyFile == null) {
            publicKeyFile = writePem("PUBLIC KEY", keyPair().getPublic().getEncoded());
        }
        return publicKeyFile.toUri().toString();
    }

    /** A file: location of the device PEM public key, for {@code vx.device-tokens.public-key-location}. */
    public static synchronized String devicePublicKeyLocation() {
        if (devicePublicKeyFile == null) {
            devicePublicKeyFile = writePem("PUBLIC KEY", deviceKeyPair().getPublic().getEncoded());
        }
        return devicePublicKeyFile.toUri().toString();
    }

    /**
     * A file: location of the device PEM (PKCS#8) private key, for {@code smallrye.jwt.sign.key.location}: the
     * services that register scanner devices sign their tokens with it.
     */
    public static synchronized String devicePrivateKeyLocation() {
        if (devicePrivateKeyFile == null) {
            devicePrivateKeyFile = writePem("PRIVATE KEY", deviceKeyPair().getPrivate().getEncoded());
        }
        return devicePrivateKeyFile.toUri().toString();
    }

    static Path writePem(String type, byte[] der) {
        try {
            Path file = Files.createTempFile("vungxanh-key", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN " + type + "-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END " + type + "-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair keyPair() {
        if (keys == null) {
            keys = newKeyPair();
        }
        return keys;
    }

    private static KeyPair deviceKeyPair() {
        if (deviceKeys == null) {
            deviceKeys = newKeyPair();
        }
        return deviceKeys;
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
