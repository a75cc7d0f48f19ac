package vn.vungxanh.certificates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The document signer certificates (DSC) a verifier trusts, by key id, and when they were fetched.
 *
 * <p>The JSON form is the EU gateway's: an array of {@code {"kid": base64, "country": "VN", "rawData": base64 DER}};
 * a missing {@code kid} is computed as the first 8 bytes of the SHA-256 of the certificate, as the specification
 * defines it.
 */
public record TrustList(Map<String, X509Certificate> signers, Instant fetchedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TrustList {
        signers = Map.copyOf(signers);
    }

    public static TrustList empty() {
        return new TrustList(Map.of(), Instant.EPOCH);
    }

    public Optional<X509Certificate> signer(byte[] kid) {
        return Optional.ofNullable(signers.get(Base64.getEncoder().encodeToString(kid)));
    }

    public int size() {
        return signers.size();
    }

    /** @throws IllegalArgumentException when the document is not a trust list or holds an unreadable certificate */
    public static TrustList parse(byte[] json, Instant fetchedAt) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("trust list is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("trust list must be a JSON array of signer certificates");
        }
        Map<String, X509Certificate> signers = new HashMap<>();
        for (JsonNode entry : root) {
            X509Certificate certificate = certificate(entry.path("rawData").asText(""));
            String kid = entry.hasNonNull("kid") ? entry.get("kid").asText() : keyId(certificate);
            signers.put(kid, certificate);
        }
        return new TrustList(signers, fetchedAt);
    }

    /** The key id of a signer certificate: the first 8 bytes of the SHA-256 of its DER encoding, in base64. */
    public static String keyId(X509Certificate certificate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(hash, 8));
        } catch (NoSuchAlgorithmException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(String base64Der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der)));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IllegalArgumentException("trust list holds an unreadable certificate: " + e.getMessage(), e);
        }
    }
}
