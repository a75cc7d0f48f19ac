package vn.vungxanh.checkpoint.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import vn.vungxanh.certificates.CertificateVerifier;
import vn.vungxanh.certificates.Status;
import vn.vungxanh.certificates.TestIssuer;
import vn.vungxanh.common.qr.QrCodec;

/**
 * Time to verify one health certificate (HC1, ES256: Base45, inflate, COSE, CBOR, signature, content) against one
 * travel permit (an ES256 JWS, as {@code PermitVerifier} reads it), alternating rounds in one JVM. Every answer is
 * counted: a round in which any certificate was not VALID or any permit was refused is refused.
 * Run on demand: {@code ./mvnw -B verify -pl checkpoint-service -am -Dvx.benchmark=true
 * -Dtest=CertificateVerificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "vx.benchmark", matches = "true")
class CertificateVerificationBenchmark {

    private static final int PER_ROUND = 2_000;
    private static final int ROUNDS = 3;

    @Test
    void certificateAgainstPermitVerification() throws Exception {
        Instant now = Instant.parse("2022-06-15T08:00:00Z");
        TestIssuer issuer = TestIssuer.es256();
        CertificateVerifier certificates = new CertificateVerifier(() -> issuer.trustList(now), Duration.ofHours(48),
                Clock.fixed(now, ZoneOffset.UTC));
        String certificate = issuer.qr(TestIssuer.vaccination(2, 2, "2022-01-10"), now.minus(Duration.ofDays(10)),
                Duration.ofDays(365));

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        QrCodec permits = new QrCodec("bench", keys.getPrivate(), Map.of("bench", keys.getPublic()));
        JwtClaims claims = new JwtClaims();
        claims.setSubject("permit-1");
        claims.setClaim("destinationWardCode", "00001");
        claims.setExpirationTimeMinutesInTheFuture(60);
        String permit = permits.sign(claims);

        System.out.printf("certificate QR %d characters, permit QR %d characters%n", certificate.length(), permit.length());
        for (int round = 0; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            int valid = 0;
            for (int i = 0; i < PER_ROUND; i++) {
                valid += certificates.verify(certificate).status() == Status.VALID ? 1 : 0;
            }
            double certificateMicros = (System.nanoTime() - start) / 1e3 / PER_ROUND;
            assertEquals(PER_ROUND, valid, "every certificate verification must answer VALID");
            start = System.nanoTime();
            int verified = 0;
            for (int i = 0; i < PER_ROUND; i++) {
                verified += "permit-1".equals(permits.verify(permit).getSubject()) ? 1 : 0;
            }
            double permitMicros = (System.nanoTime() - start) / 1e3 / PER_ROUND;
            assertEquals(PER_ROUND, verified, "every permit verification must succeed");
            System.out.printf("%s: certificate %.1f µs, permit %.1f µs, ratio %.2f%n", round == 0 ? "warm-up" : "round " + round,
                    certificateMicros, permitMicros, certificateMicros / permitMicros);
        }
    }
}
