package vn.vungxanh.certificates;

/**
 * The outcome of verifying a certificate QR: {@link #VALID}, or the stage that failed. The stages are checked in
 * this order, and the first failure is the answer.
 */
public enum Status {
    VALID,
    /** The text does not start with {@code HC1:}. */
    PREFIX,
    BASE45,
    /** Not zlib (deflate) data, or inflating it exceeded the size a certificate can have. */
    COMPRESSION,
    /** Not a COSE_Sign1 structure (a CBOR array of protected header, unprotected header, payload, signature). */
    COSE,
    /** The payload is not a CBOR map (a CWT). */
    CBOR,
    /** The trust list is older than its maximum age: old data is not trusted. */
    TRUST_LIST_STALE,
    /** No signer certificate with the header's key id in the trust list. */
    UNKNOWN_KID,
    /** The signature does not verify with the signer's key, or its algorithm is neither ES256 nor PS256. */
    SIGNATURE,
    /** The signer certificate is outside its validity or not allowed to sign this kind of certificate. */
    SIGNER_NOT_VALID,
    EXPIRED,
    NOT_YET_VALID,
    /** The health certificate inside the CWT lacks a required field or has none or several of v, t, r. */
    SCHEMA
}
