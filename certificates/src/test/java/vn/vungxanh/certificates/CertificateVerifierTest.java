package vn.vungxanh.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Every verdict of the verifier, from certificates signed in the test by signers made in the test. */
class CertificateVerifierTest {

    static final Instant NOW = Instant.parse("2022-06-15T08:00:00Z");
    static final Instant ISSUED = Instant.parse("2022-06-01T00:00:00Z");
    static final Duration YEAR = Duration.ofDays(365);

    final TestIssuer issuer = TestIssuer.es256();

    CertificateVerifier verifier(TrustList trustList) {
        return new CertificateVerifier(() -> trustList, Duration.ofHours(48), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    Verdict verify(String qr) {
        return verifier(issuer.trustList(NOW.minusSeconds(3600))).verify(qr);
    }

    @Test
    void aVaccinationCertificateSignedWithEs256IsValid() {
        Verdict verdict = verify(issuer.qr(TestIssuer.vaccination(2, 2, "2022-01-10"), ISSUED, YEAR));

        assertEquals(Status.VALID, verdict.status(), verdict.detail());
        HealthCertificate certificate = verdict.certificate().orElseThrow();
        assertEquals("VN", certificate.issuerCountry());
        assertEquals(new HealthCertificate.Holder("NGUYEN", "VAN<AN", "1980-05-17"), certificate.holder());
        assertEquals(new HealthCertificate.Vaccination(2, 2, java.time.LocalDate.parse("2022-01-10")), certificate.entry());
    }

    @Test
    void aTestCertificateSignedWithPs256IsValid() {
        TestIssuer rsa = TestIssuer.ps256();
        Verdict verdict = verifier(rsa.trustList(NOW)).verify(
                rsa.qr(TestIssuer.test(false, "2022-06-14T09:30:00+07:00"), ISSUED, YEAR));

        assertEquals(Status.VALID, verdict.status(), verdict.detail());
        HealthCertificate.Test test = assertInstanceOf(HealthCertificate.Test.class, verdict.certificate().orElseThrow().entry());
        assertEquals(Instant.parse("2022-06-14T02:30:00Z"), test.sampleCollectedAt());
    }

    @Test
    void aRecoveryCertificateIsValid() {
        Verdict verdict = verify(issuer.qr(TestIssuer.recovery("2022-05-01", "2022-10-28"), ISSUED, YEAR));

        assertEquals(Status.VALID, verdict.status(), verdict.detail());
        assertInstanceOf(HealthCertificate.Recovery.class, verdict.certificate().orElseThrow().entry());
    }

    @Test
    void aCertificatePastItsExpiryIsExpired() {
        assertEquals(Status.EXPIRED, verify(issuer.qr(TestIssuer.vaccination(2, 2, "2022-01-10"),
                NOW.minus(YEAR), NOW.minusSeconds(1))).status());
    }

    @Test
    void aCertificateIssuedAfterNowIsNotYetValid() {
        assertEquals(Status.NOT_YET_VALID, verify(issuer.qr(TestIssuer.vaccination(2, 2, "2022-01-10"),
                NOW.plusSeconds(3600), YEAR)).status());
    }

    @Test
    void aCertificateSignedWithAnotherKeyUnderTheTrustedKidHasAWrongSignature() {
        TestIssuer forger = TestIssuer.es256();
        byte[] cwt = TestIssuer.cwt(TestIssuer.vaccination(2, 2, "2022-01-10"), ISSUED, ISSUED.plus(YEAR));

        assertEquals(Status.SIGNATURE, verify(TestIssuer.qrOf(TestIssuer.coseSignedBy(forger, issuer.kid, cwt))).status());
    }

    @Test
    void aCertificateWhoseContentWasChangedAfterSigningHasAWrongSignature() {
        byte[] cose = issuer.cose(TestIssuer.cwt(TestIssuer.vaccination(1, 2, "2022-01-10"), ISSUED, ISSUED.plus(YEAR)));
        byte[] forged = replace(cose, "\"dn\"", 1);

        assertEquals(Status.SIGNATURE, verify(TestIssuer.qrOf(forged)).status());
    }

    @Test
    void aSignerMissingFromTheTrustListIsAnUnknownKid() {
        TestIssuer stranger = TestIssuer.es256();

        assertEquals(Status.UNKNOWN_KID, verify(stranger.qr(TestIssuer.vaccination(2, 2, "2022-01-10"), ISSUED, YEAR)).status());
    }

    @Test
    void aTrustListOlderThanItsMaximumAgeIsNotTrusted() {
        String qr = issuer.qr(TestIssuer.vaccination(2, 2, "2022-01-10"), ISSUED, YEAR);

        Verdict verdict = verifier(issuer.trustList(NOW.minus(Duration.ofHours(49)))).verify(qr);

        assertEquals(Status.TRUST_LIST_STALE, verdict.status());
        assertTrue(verdict.certificate().isEmpty());
    }

    @Test
    void textWithoutTheHc1PrefixIsRefusedAtThePrefix() {
        assertEquals(Status.PREFIX, verify("HC2:6BFOXN*TS0BI$ZD4N9").status());
        assertEquals(Status.PREFIX, verify(null).status());
    }

    @Test
    void textOutsideTheBase45AlphabetIsRefusedAtBase45() {
        assertEquals(Status.BASE45, verify("HC1:abc~").status());
    }

    @Test
    void base45ThatIsNotZlibIsRefusedAtCompression() {
        assertEquals(Status.COMPRESSION, verify("HC1:" + Base45.encode("not deflated at all".getBytes())).status());
    }

    @Test
    void zlibDataThatIsNotACoseMessageIsRefusedAtCose() {
        byte[] notCose = TestIssuer.cbor(g -> g.writeString("a string, not COSE_Sign1"));

        assertEquals(Status.COSE, verify(TestIssuer.qrOf(notCose)).status());
        assertEquals(Status.COSE, verify(TestIssuer.qrOf(new byte[] {(byte) 0xff, 0x00, 0x13})).status());
    }

    @Test
    void aSignedPayloadThatIsNotACwtMapIsRefusedAtCbor() {
        byte[] payload = TestIssuer.cbor(g -> g.writeNumber(42));

        assertEquals(Status.CBOR, verify(TestIssuer.qrOf(issuer.cose(payload))).status());
    }

    @Test
    void aCertificateWithoutDateOfBirthOrWithTwoKindsBreaksTheSchema() {
        ObjectNode withoutBirth = (ObjectNode) TestIssuer.vaccination(2, 2, "2022-01-10");
        withoutBirth.remove("dob");
        ObjectNode twoKinds = (ObjectNode) TestIssuer.vaccination(2, 2, "2022-01-10");
        twoKinds.set("t", TestIssuer.test(false, "2022-06-14T09:30:00+07:00").get("t"));

        assertEquals(Status.SCHEMA, verify(issuer.qr(withoutBirth, ISSUED, YEAR)).status());
        assertEquals(Status.SCHEMA, verify(issuer.qr(twoKinds, ISSUED, YEAR)).status());
    }

    @Test
    void aSignerOutsideItsValidityOrSigningAKindItMayNotIsNotValid() {
        TestIssuer expiredSigner = TestIssuer.valid(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2022-01-01T00:00:00Z"), null);
        TestIssuer testsOnly = TestIssuer.valid(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2031-01-01T00:00:00Z"),
                "1.3.6.1.4.1.1847.2021.1.1");

        assertEquals(Status.SIGNER_NOT_VALID, verifier(expiredSigner.trustList(NOW)).verify(
                expiredSigner.qr(TestIssuer.vaccination(2, 2, "2022-01-10"), ISSUED, YEAR)).status());
        assertEquals(Status.SIGNER_NOT_VALID, verifier(testsOnly.trustList(NOW)).verify(
                testsOnly.qr(TestIssuer.vaccination(2, 2, "2022-01-10"), ISSUED, YEAR)).status());
        assertEquals(Status.VALID, verifier(testsOnly.trustList(NOW)).verify(
                testsOnly.qr(TestIssuer.test(false, "2022-06-14T09:30:00+07:00"), ISSUED, YEAR)).status());
    }

    @Test
    void theTrustListIsReadFromTheGatewayJsonForm() {
        TrustList parsed = TrustList.parse(issuer.trustListJson().getBytes(), NOW);

        assertEquals(1, parsed.size());
        assertEquals(Status.VALID, verifier(parsed).verify(issuer.qr(TestIssuer.vaccination(2, 2, "2022-01-10"), ISSUED, YEAR)).status());
    }

    /** Changes the byte after the first occurrence of {@code marker} in {@code bytes}: a CBOR small integer's value. */
    private static byte[] replace(byte[] bytes, String marker, int newValue) {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        byte[] needle = marker.replace("\"", "").getBytes();
        for (int i = 0; i + needle.length < copy.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(copy, i, i + needle.length), needle)) {
                copy[i + needle.length] = (byte) (newValue + 1);
                return copy;
            }
        }
        throw new IllegalArgumentException(marker + " not found");
    }
}
