package vn.vungxanh.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;

/**
 * A COSE_Sign1 message (RFC 9052 §4.2): {@code [protected: bstr, unprotected: map, payload: bstr, signature: bstr]},
 * usually under CBOR tag 18. The key id may sit in either header; the algorithm only in the protected one counts.
 */
record CoseSign1(byte[] protectedHeader, int alg, byte[] kid, byte[] payload, byte[] signature) {

    private static final CBORMapper CBOR = new CBORMapper();
    private static final String HEADER_ALG = "1";
    private static final String HEADER_KID = "4";

    /** @throws IllegalArgumentException when the bytes are not a COSE_Sign1 message with an algorithm and a key id */
    static CoseSign1 parse(byte[] cose) {
        JsonNode message;
        try {
            message = CBOR.readTree(cose);
        } catch (IOException e) {
            throw new IllegalArgumentException("not CBOR: " + e.getMessage(), e);
        }
        if (message == null || !message.isArray() || message.size() != 4 || !message.get(0).isBinary()
                || !message.get(2).isBinary() || !message.get(3).isBinary()) {
            throw new IllegalArgumentException("not a COSE_Sign1 array [protected, unprotected, payload, signature]");
        }
        byte[] protectedHeader = binary(message.get(0));
        JsonNode protectedMap;
        try {
            protectedMap = protectedHeader.length == 0 ? CBOR.createObjectNode() : CBOR.readTree(protectedHeader);
        } catch (IOException e) {
            throw new IllegalArgumentException("protected header is not CBOR", e);
        }
        if (protectedMap == null || !protectedMap.isObject() || !protectedMap.path(HEADER_ALG).isInt()) {
            throw new IllegalArgumentException("protected header has no algorithm");
        }
        JsonNode kid = protectedMap.has(HEADER_KID) ? protectedMap.get(HEADER_KID) : message.get(1).path(HEADER_KID);
        if (!kid.isBinary()) {
            throw new IllegalArgumentException("no key id (kid) in the headers");
        }
        return new CoseSign1(protectedHeader, protectedMap.get(HEADER_ALG).intValue(), binary(kid),
                binary(message.get(2)), binary(message.get(3)));
    }

    /** The bytes the signature covers: the CBOR array ["Signature1", protected, external_aad = h'', payload]. */
    byte[] signedBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + protectedHeader.length + 24);
        out.write(0x84);
        byte[] context = "Signature1".getBytes(StandardCharsets.US_ASCII);
        head(out, 3, context.length);
        out.writeBytes(context);
        head(out, 2, protectedHeader.length);
        out.writeBytes(protectedHeader);
        head(out, 2, 0);
        head(out, 2, payload.length);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static void head(ByteArrayOutputStream out, int majorType, int length) {
        int major = majorType << 5;
        if (length < 24) {
            out.write(major | length);
        } else if (length < 0x100) {
            out.write(major | 24);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(major | 25);
            out.write(length >> 8);
            out.write(length & 0xff);
        } else {
            out.write(major | 26);
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write(length >> shift & 0xff);
            }
        }
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
