package vn.vungxanh.common.qr;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Keys of the signed QR codes a service issues (venue posters, travel permits): one EC P-256 signing key with its
 * key id, and every public key still accepted, by key id. Rotation: add the new key's public half under its id,
 * switch the signing key to it, and drop the old public key once its codes have expired.
 */
@ConfigMapping(prefix = "vx.qr")
public interface QrConfig {

    /** Key id written in the JWS header of new codes. */
    @WithDefault("dev")
    String signingKeyId();

    /** PEM (PKCS#8) EC P-256 private key; without it a key is generated at start and its codes die with the process. */
    Optional<String> signingKeyLocation();

    /** Key id → PEM public key location: the signing key's public half and those of earlier keys still accepted. */
    Map<String, String> verificationKeys();

    /** Verified codes remembered, so a poster scanned again costs no signature check. */
    @WithDefault("10000")
    int cacheSize();
}
