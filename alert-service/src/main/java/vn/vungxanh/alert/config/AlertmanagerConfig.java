package vn.vungxanh.alert.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Handing alerts to a Prometheus Alertmanager, which then routes, groups, inhibits, silences and delivers them. */
@ConfigMapping(prefix = "vx.alertmanager")
public interface AlertmanagerConfig {

    /** Base URL of the Alertmanager (e.g. {@code http://alertmanager:9093}); none: alerts are not handed to one. */
    Optional<String> url();

    /**
     * How often every open alert is posted again. A firing alert is posted with {@code endsAt} four intervals ahead,
     * as Prometheus does: an alert this service stops posting (its severity changed, the service is gone) ends by
     * itself.
     */
    @WithDefault("30s")
    Duration interval();

    /** Alerts resolved this recently are posted again (resolved) with each sync, in case a post was lost. */
    @WithDefault("15M")
    Duration resolvedLookback();

    @WithDefault("10s")
    Duration timeout();

    /** Alerts per request. */
    @WithDefault("500")
    int batchSize();
}
