package vn.vungxanh.alert.messaging;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import vn.vungxanh.alert.AlertChange;
import vn.vungxanh.alert.WebhookNotice;
import vn.vungxanh.alert.config.WebhookConfig;

/**
 * Accepts alert changes for delivery: one stored notice per receiver that takes the alert's district, written in the
 * transaction that makes the change (this observer runs while it is in progress), so that a change and its notices
 * commit or roll back together and a restart loses nothing. {@link WebhookDispatcher} delivers them.
 */
@ApplicationScoped
public class WebhookOutbox {

    @Inject
    WebhookConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    void onChange(@Observes AlertChange change) {
        if (!change.deliver() || config.receivers().isEmpty()) {
            return;
        }
        String district = change.alert().districtCode();
        String entry = entry(change);
        Instant now = clock.instant();
        long waiting = WebhookNotice.pending();
        for (var receiver : config.receivers().entrySet()) {
            if (receiver.getValue().district().isPresent() && !receiver.getValue().district().get().equals(district)) {
                continue;
            }
            if (waiting >= config.queueCapacity()) {
                metrics.counter("vx.webhook.dropped", "receiver", receiver.getKey()).increment();
                Log.warnf("webhook queue full (%d): change %s for %s dropped", waiting, change.changeId(),
                        receiver.getKey());
                continue;
            }
            WebhookNotice notice = new WebhookNotice();
            notice.receiver = receiver.getKey();
            notice.districtCode = district;
            notice.alertId = change.alert().id();
            notice.changeId = change.changeId();
            notice.entry = entry;
            notice.state = WebhookNotice.State.PENDING;
            notice.createdAt = now;
            notice.persist();
            waiting++;
        }
    }

    private String entry(AlertChange change) {
        try {
            return json.writeValueAsString(AlertmanagerPayload.entry(
                    new AlertmanagerPayload.Pending(change.alert(), change.change()), config.externalUrl()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook entry of alert " + change.alert().id() + " not serialisable", e);
        }
    }
}
