package vn.vungxanh.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.zip.Deflater;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A document signer made for tests: its own key pair (EC P-256 for ES256 or RSA for PS256) and X.509 certificate,
 * and HC1 QR codes signed with it, whole or broken at a chosen stage. No key here is used outside tests.
 */
public final class TestIssuer {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final CBORMapper CBOR = new CBORMapper();

    private final KeyPair keys;
    private final boolean rsa;
    public final X509Certificate certificate;
    public final byte[] kid;

    private TestIssuer(boolean rsa, Instant notBefore, Instant notAfter, String extendedKeyUsage) {
        try {
            this.rsa = rsa;
            KeyPairGenerator generator = KeyPairGenerator.getInstance(rsa ? "RSA" : "EC");
            if (rsa) {
                generator.initialize(2048);
            } else {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            }
            keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Vung Xanh test DSC, C=VN");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            if (extendedKeyUsage != null) {
                builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(extendedKeyUsage))));
            }
            certificate = new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder(rsa ? "SHA256withRSA" : "SHA256withECDSA").build(keys.getPrivate())));
            kid = Base64.getDecoder().decode(TrustList.keyId(certificate));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestIssuer es256() {
        return new TestIssuer(false, Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2031-01-01T00:00:00Z"), null);
    }

    public static TestIssuer ps256() {
        return new TestIssuer(true, Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2031-01-01T00:00:00Z"), null);
    }

    public static TestIssuer valid(Instant notBefore, Instant notAfter, String extendedKeyUsage) {
        return new TestIssuer(false, notBefore, notAfter, extendedKeyUsage);
    }

    public TrustList trustList(Instant fetchedAt) {
        return new TrustList(Map.of(TrustList.keyId(certificate), certificate), fetchedAt);
    }

    /** The gateway's JSON form of a trust list holding this signer. */
    public String trustListJson() {
        try {
            return "[{\"kid\":\"" + TrustList.keyId(certificate) + "\",\"country\":\"VN\",\"rawData\":\""
                    + Base64.getEncoder().encodeToString(certificate.getEncoded()) + "\"}]";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode vaccination(int dose, int doses, String date) {
        return dcc("\"v\":[{\"tg\":\"840539006\",\"vp\":\"1119349007\",\"mp\":\"EU/1/20/1528\",\"ma\":\"ORG-100030215\","
                + "\"dn\":" + dose + ",\"sd\":" + doses + ",\"dt\":\"" + date + "\",\"co\":\"VN\",\"is\":\"Bộ Y tế\","
                + "\"ci\":\"URN:UVCI:01:VN:TEST1\"}]");
    }

    public static JsonNode test(boolean detected, String sampleCollectedAt) {
        return dcc("\"t\":[{\"tg\":\"840539006\",\"tt\":\"LP6464-4\",\"sc\":\"" + sampleCollectedAt + "\",\"tr\":\""
                + (detected ? "260373001" : "260415000") + "\",\"tc\":\"Trạm xét nghiệm\",\"co\":\"VN\","
                + "\"is\":\"Bộ Y tế\",\"ci\":\"URN:UVCI:01:VN:TEST2\"}]");
    }

    public static JsonNode recovery(String from, String until) {
        return dcc("\"r\":[{\"tg\":\"840539006\",\"fr\":\"" + from + "\",\"df\":\"" + from + "\",\"du\":\"" + until
                + "\",\"co\":\"VN\",\"is\":\"Bộ Y tế\",\"ci\":\"URN:UVCI:01:VN:TEST3\"}]");
    }

    public static JsonNode dcc(String entry) {
        try {
            return JSON.readTree("{\"ver\":\"1.3.0\",\"nam\":{\"fn\":\"Nguyễn\",\"fnt\":\"NGUYEN\",\"gn\":\"Văn An\","
                    + "\"gnt\":\"VAN<AN\"},\"dob\":\"1980-05-17\"," + entry + "}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A whole HC1 QR holding {@code dcc}, issued at {@code issuedAt} and expiring at {@code expiresAt}. */
    public String qr(JsonNode dcc, Instant issuedAt, Instant expiresAt) {
        return qrOf(cose(cwt(dcc, issuedAt, expiresAt)));
    }

    public String qr(JsonNode dcc, Instant issuedAt, Duration validity) {
        return qr(dcc, issuedAt, issuedAt.plus(validity));
    }

    public static String qrOf(byte[] cose) {
        return "HC1:" + Base45.encode(deflate(cose));
    }

    public static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(9);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    public static byte[] cwt(JsonNode dcc, Instant issuedAt, Instant expiresAt) {
        return cbor(g -> {
            g.writeStartObject();
            g.writeFieldId(1);
            g.writeString("VN");
            g.writeFieldId(4);
            g.writeNumber(expiresAt.getEpochSecond());
            g.writeFieldId(6);
            g.writeNumber(issuedAt.getEpochSecond());
            g.writeFieldId(-260);
            g.writeStartObject();
            g.writeFieldId(1);
            g.writeTree(dcc);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** A COSE_Sign1 message over {@code payload}, signed by this issuer. */
    public byte[] cose(byte[] payload) {
        return coseSignedBy(this, kid, payload);
    }

    /** A COSE_Sign1 message naming {@code claimedKid} but signed with {@code signer}'s key. */
    public static byte[] coseSignedBy(TestIssuer signer, byte[] claimedKid, byte[] payload) {
        int alg = signer.rsa ? -37 : -7;
        byte[] protectedHeader = cbor(g -> {
            g.writeStartObject();
            g.writeFieldId(1);
            g.writeNumber(alg);
            g.writeFieldId(4);
            g.writeBinary(claimedKid);
            g.writeEndObject();
        });
        byte[] signature = signer.sign(new CoseSign1(protectedHeader, alg, claimedKid, payload, new byte[0]).signedBytes());
        return cbor(g -> {
            g.writeTag(18);
            g.writeStartArray();
            g.writeBinary(protectedHeader);
            g.writeStartObject();
            g.writeEndObject();
            g.writeBinary(payload);
            g.writeBinary(signature);
            g.writeEndArray();
        });
    }

    private byte[] sign(byte[] data) {
        try {
            Signature signature;
            if (rsa) {
                signature = Signature.getInstance("RSASSA-PSS");
                signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            } else {
                signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            }
            signature.initSign(keys.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Writer {
        void write(CBORGenerator generator) throws IOException;
    }

    public static byte[] cbor(Writer writer) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CBORGenerator generator = CBOR.getFactory().createGenerator(out)) {
                writer.write(generator);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
