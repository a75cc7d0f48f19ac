package vn.vungxanh.checkin.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the check-in service. */
@ConfigMapping(prefix = "vx.checkin")
public interface CheckinConfig {

    /** How long a printed venue poster stays valid before it must be reissued. */
    @WithDefault("P365D")
    Duration posterValidity();

    /** Side of the QR square of a printed poster, in pixels. */
    @WithDefault("600")
    int posterSize();

    /** How long a replica trusts its cached copy of a venue (changes on other replicas show up after that). */
    @WithDefault("PT30S")
    Duration venueCacheTtl();

    /** Stored check-ins older than this are deleted. */
    @WithDefault("P21D")
    Duration retention();

    /** Visitor-app posts (no bearer token) allowed per client address and minute. */
    @WithDefault("120")
    int visitorPostsPerMinute();

    /** Most rows a venue CSV import may carry. */
    @WithDefault("20000")
    int maxImportRows();
}
