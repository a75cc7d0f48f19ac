package vn.vungxanh.alert.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Webhook receivers, told of alerts in the JSON shape of Alertmanager's webhook, e.g.
 * {@code vx.webhooks.receivers.district-004.url=https://notify.example/hook} and
 * {@code vx.webhooks.receivers.district-004.district=004}.
 */
@ConfigMapping(prefix = "vx.webhooks")
public interface WebhookConfig {

    /** Receivers by name (the name is the payload's {@code receiver}). */
    Map<String, Receiver> receivers();

    /** How long a new group (receiver and district) waits for more alerts before its first delivery. */
    @WithDefault("30s")
    Duration groupWait();

    /** The shortest time between two deliveries of one group. */
    @WithDefault("5M")
    Duration groupInterval();

    /** Notices stored and waiting for delivery, over all groups; past that new ones are dropped (and counted). */
    @WithDefault("10000")
    int queueCapacity();

    /** How often each replica looks for groups due for delivery. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long a replica holds a group while it delivers it; must exceed {@link #timeout()}. A replica that dies
     * mid-delivery leaves its groups to others (or to its next start) once this has passed.
     */
    @WithDefault("1M")
    Duration lease();

    /** Notices delivered at most in one request of one group (the rest go with the next). */
    @WithDefault("1000")
    int batchSize();

    /** Attempts per delivery before it is given up. */
    @WithDefault("6")
    int maxAttempts();

    /** Wait before the first retry; doubled for every further one, up to {@link #maxBackoff()}. */
    @WithDefault("1s")
    Duration initialBackoff();

    @WithDefault("1M")
    Duration maxBackoff();

    @WithDefault("10s")
    Duration timeout();

    /** Where receivers can link back to (the payload's {@code externalURL}). */
    @WithDefault("http://localhost:8083")
    String externalUrl();

    interface Receiver {

        String url();

        /** Only alerts of this district; every district when absent. */
        Optional<String> district();
    }
}
