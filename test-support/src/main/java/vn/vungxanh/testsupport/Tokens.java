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
 * Bearer tokens for tests, signed with an RSA key pair generated for this JVM (never a committed secret).
 * The services under test verify them with the public key written to {@link #publicKeyLocation()}.
 */
public final class Tokens {

    public static final String ISSUER = "https://vungxanh.test/issuer";

    private static KeyPair keys;
    private static Path publicKeyFile;
    private static Path privateKeyFile;

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
        return sign("device", Map.of("venue", venueId));
    }

    public static String checkpointDevice(String checkpointId) {
        return sign("device", Map.of("checkpoint", checkpointId));
    }

    public static String sign(String group, Map<String, String> claims) {
        return sign(group, claims, 3600);
    }

    public static synchronized String sign(String group, Map<String, String> claims, long lifetimeSeconds) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER).subject(group + "-test").groups(Set.of(group))
                .expiresIn(lifetimeSeconds);
        claims.forEach(builder::claim);
        return builder.sign(keyPair().getPrivate());
    }

    /** A file: location of the PEM public key, for {@code mp.jwt.verify.publickey.location}. */
    public static synchronized String publicKeyLocation() {
        if (publicKeyFile == null) {
            try {
                publicKeyFile = Files.createTempFile("vungxanh-jwt", ".pem");
                publicKeyFile.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keyPair().getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKeyFile, pem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile.toUri().toString();
    }

    /**
     * A file: location of the PEM (PKCS#8) private key, for {@code smallrye.jwt.sign.key.location}: services that
     * issue tokens (scanner devices) sign them so that they verify like every other test token.
     */
    public static synchronized String privateKeyLocation() {
        if (privateKeyFile == null) {
            privateKeyFile = writePem("PRIVATE KEY", keyPair().getPrivate().getEncoded());
        }
        return privateKeyFile.toUri().toString();
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
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }
}
