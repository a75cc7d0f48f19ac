package vn.vungxanh.common.device;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Scanner device tokens and their revocation. */
@ConfigMapping(prefix = "vx.device")
public interface DeviceConfig {

    /** How long a device token is valid; a device re-registers (or is re-issued a token) after that. */
    @WithDefault("P90D")
    Duration tokenLifetime();

    /** How often the list of revoked devices is re-read, so a revocation on another replica takes effect. */
    @WithDefault("PT30S")
    Duration revocationRefresh();

    /**
     * How old the list of revoked devices may grow (the database away) before this replica refuses device requests
     * (503 with Retry-After) and reports not ready, rather than let a revoked device in.
     */
    @WithDefault("PT5M")
    Duration revocationMaxAge();
}
