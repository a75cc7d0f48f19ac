package vn.vungxanh.checkin.config;

import java.time.Duration;
import java.util.Map;

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

    /**
     * How long a replica trusts its cached copy of a venue before re-reading it in the background (changes on other
     * replicas show up after that); while the database is away the cached copy keeps answering.
     */
    @WithDefault("PT30S")
    Duration venueCacheTtl();

    /** Most venues a replica keeps cached for the ingest path. */
    @WithDefault("1000000")
    long venueCacheSize();

    /**
     * How long a visitor stays by venue type when no check-out is scanned ({@code vx.checkin.dwell.MARKET=PT60M});
     * types not listed use {@link #defaultDwell()}.
     */
    Map<String, Duration> dwell();

    @WithDefault("PT60M")
    Duration defaultDwell();

    /** Visitor-app posts (no bearer token) allowed per client address and minute. */
    @WithDefault("120")
    int visitorPostsPerMinute();

    /**
     * Visitor-app posts allowed per minute for one venue (the one the poster names, signed or not), from all
     * addresses together: a flood of claims on one venue is cut short whatever its sources.
     */
    @WithDefault("600")
    int visitorPostsPerVenuePerMinute();

    /** Most rows a venue CSV import may carry. */
    @WithDefault("20000")
    int maxImportRows();
}
