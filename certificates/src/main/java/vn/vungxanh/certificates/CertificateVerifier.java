package vn.vungxanh.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;

/**
 * Verifies an EU Digital COVID Certificate QR ({@code HC1:} + Base45 → zlib → COSE_Sign1 → CWT → hcert) against a
 * trust list, stage by stage, and says which stage failed (eHealth Network, "Electronic Health Certificates", v1.3).
 * Thread-safe; the clock is injectable because certificates are only valid for a while.
 */
public final class CertificateVerifier {

    private static final String PREFIX = "HC1:";
    private static final int MAX_INFLATED_BYTES = 64 * 1024;
    private static final int ALG_ES256 = -7;
    private static final int ALG_PS256 = -37;
    /** Extended key usages that restrict a signer to certificate kinds (hcert 5.1.1). */
    private static final String EKU_TEST = "1.3.6.1.4.1.1847.2021.1.1";
    private static final String EKU_VACCINATION = "1.3.6.1.4.1.1847.2021.1.2";
    private static final String EKU_RECOVERY = "1.3.6.1.4.1.1847.2021.1.3";
    private static final CBORMapper CBOR = new CBORMapper();

    private final Supplier<TrustList> trustList;
    private final Duration trustListMaxAge;
    private final Clock clock;

    public CertificateVerifier(Supplier<TrustList> trustList, Duration trustListMaxAge, Clock clock) {
        this.trustList = trustList;
        this.trustListMaxAge = trustListMaxAge;
        this.clock = clock;
    }

    /** Verifies {@code qr} as of now. */
    public Verdict verify(String qr) {
        return verify(qr, clock.instant());
    }

    /**
     * Verifies {@code qr} as of {@code at} (a scan's time: a device that was offline uploads later); the trust list's
     * age is judged as of now.
     */
    public Verdict verify(String qr, Instant at) {
        if (qr == null || !qr.startsWith(PREFIX)) {
            return Verdict.failed(Status.PREFIX, "a health certificate QR starts with " + PREFIX);
        }
        byte[] compressed;
        try {
            compressed = Base45.decode(qr.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Verdict.failed(Status.BASE45, e.getMessage());
        }
        byte[] cose;
        try {
            cose = inflate(compressed);
        } catch (DataFormatException e) {
            return Verdict.failed(Status.COMPRESSION, "not zlib data: " + e.getMessage());
        }
        CoseSign1 sign1;
        try {
            sign1 = CoseSign1.parse(cose);
        } catch (IllegalArgumentException e) {
            return Verdict.failed(Status.COSE, e.getMessage());
        }
        JsonNode cwt;
        try {
            cwt = CBOR.readTree(sign1.payload());
        } catch (IOException e) {
            cwt = null;
        }
        if (cwt == null || !cwt.isObject()) {
            return Verdict.failed(Status.CBOR, "the payload is not a CWT (a CBOR map)");
        }
        TrustList trusted = trustList.get();
        if (trusted.fetchedAt().plus(trustListMaxAge).isBefore(clock.instant())) {
            return Verdict.failed(Status.TRUST_LIST_STALE, "trust list fetched at " + trusted.fetchedAt()
                    + " is older than " + trustListMaxAge);
        }
        X509Certificate signer = trusted.signer(sign1.kid()).orElse(null);
        if (signer == null) {
            return Verdict.failed(Status.UNKNOWN_KID, "no signer certificate with this key id in the trust list");
        }
        String signatureProblem = signatureProblem(sign1, signer.getPublicKey());
        if (signatureProblem != null) {
            return Verdict.failed(Status.SIGNATURE, signatureProblem);
        }
        HealthCertificate certificate;
        try {
            certificate = HealthCertificates.read(cwt);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Verdict.failed(Status.SCHEMA, e.getMessage());
        }
        String signerProblem = signerProblem(signer, certificate.entry(), at);
        if (signerProblem != null) {
            return Verdict.failed(Status.SIGNER_NOT_VALID, signerProblem);
        }
        if (certificate.expiresAt() != null && !at.isBefore(certificate.expiresAt())) {
            return Verdict.failed(Status.EXPIRED, "expired at " + certificate.expiresAt());
        }
        if (certificate.issuedAt() != null && at.isBefore(certificate.issuedAt())) {
            return Verdict.failed(Status.NOT_YET_VALID, "issued at " + certificate.issuedAt() + ", after " + at);
        }
        return Verdict.valid(certificate);
    }

    private static byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 2);
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED_BYTES) {
                    throw new DataFormatException("inflates to more than " + MAX_INFLATED_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static String signatureProblem(CoseSign1 sign1, PublicKey key) {
        try {
            Signature verifier;
            byte[] signature = sign1.signature();
            if (sign1.alg() == ALG_ES256) {
                if (signature.length != 64) {
                    return "an ES256 signature has 64 bytes, not " + signature.length;
                }
                // COSE carries r‖s (RFC 9053 §2.1), which the JDK reads as the IEEE P1363 format.
                verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            } else if (sign1.alg() == ALG_PS256) {
                verifier = Signature.getInstance("RSASSA-PSS");
                verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            } else {
                return "algorithm " + sign1.alg() + " is neither ES256 (-7) nor PS256 (-37)";
            }
            verifier.initVerify(key);
            verifier.update(sign1.signedBytes());
            return verifier.verify(signature) ? null : "the signature does not verify with the signer's key";
        } catch (GeneralSecurityException e) {
            return "the signature does not verify with the signer's key: " + e.getMessage();
        }
    }

    private static String signerProblem(X509Certificate signer, HealthCertificate.Entry entry, Instant now) {
        try {
            signer.checkValidity(Date.from(now));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return "the signer certificate is outside its validity (" + signer.getNotBefore().toInstant() + " – "
                    + signer.getNotAfter().toInstant() + ")";
        }
        boolean[] keyUsage = signer.getKeyUsage();
        if (keyUsage != null && !keyUsage[0]) {
            return "the signer certificate's key usage does not allow digital signatures";
        }
        List<String> extended;
        try {
            extended = signer.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return "the signer certificate's extended key usage is unreadable";
        }
        if (extended == null || extended.stream().noneMatch(List.of(EKU_TEST, EKU_VACCINATION, EKU_RECOVERY)::contains)) {
            return null;
        }
        String needed = entry instanceof HealthCertificate.Vaccination ? EKU_VACCINATION
                : entry instanceof HealthCertificate.Test ? EKU_TEST : EKU_RECOVERY;
        return extended.contains(needed) ? null : "the signer may not sign this kind of certificate";
    }
}
