package vn.vungxanh.common.auth;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The scanner devices' own token issuer, separate from the identity provider's: its tokens carry the {@code device}
 * role and nothing else. Signing uses {@code smallrye.jwt.sign.key.location} (the private half of this key).
 */
@ConfigMapping(prefix = "vx.device-tokens")
public interface DeviceTokenConfig {

    /** Whether this service accepts device tokens at all (the ingest services do; the alert service does not). */
    @WithDefault("true")
    boolean accepted();

    /** The {@code iss} of device tokens; must differ from the identity provider's ({@code mp.jwt.verify.issuer}). */
    @WithDefault("https://vungxanh.local/devices")
    String issuer();

    /** PEM public key (or JWKS) location that verifies device tokens; without one, no device token verifies. */
    Optional<String> publicKeyLocation();
}
