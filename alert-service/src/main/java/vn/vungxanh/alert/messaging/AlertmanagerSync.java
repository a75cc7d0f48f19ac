package vn.vungxanh.alert.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import vn.vungxanh.alert.Alert;
import vn.vungxanh.alert.AlertChange;
import vn.vungxanh.alert.AlertHistory;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.config.AlertmanagerConfig;
import vn.vungxanh.alert.config.WebhookConfig;
import vn.vungxanh.alert.service.AlertView;
import vn.vungxanh.alert.service.AlertViews;

/**
 * Hands alerts to a Prometheus Alertmanager ({@code POST /api/v2/alerts}), the way Prometheus does: each change at
 * once after it commits, and every open alert again each {@code interval} with {@code endsAt} four intervals ahead
 * (so Alertmanager keeps it firing while this service lives, and a label set no longer posted ends by itself); a
 * resolved alert with its {@code endsAt}, again for {@code resolved-lookback}. Posting is idempotent (an alert is its
 * label set), so every replica may sync, and a lost post is repaired by the next sync. Silenced alerts are not posted:
 * the product's silence mutes notification, as an Alertmanager silence would.
 */
@ApplicationScoped
public class AlertmanagerSync {

    /** One alert as Alertmanager's API v2 takes it. */
    public record PostableAlert(Map<String, String> labels, Map<String, String> annotations, String startsAt,
            String endsAt, String generatorURL) {
    }

    @Inject
    AlertmanagerConfig config;

    @Inject
    WebhookConfig webhooks;

    @Inject
    AlertViews views;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChange change) {
        if (config.url().isPresent() && !change.alert().silenced()
                && !AlertHistory.Action.UPDATED.name().equals(change.change())) {
            post(List.of(postable(change.alert(), clock.instant())));
        }
    }

    @Scheduled(identity = "alertmanager-sync", every = "${vx.alertmanager.interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sync() {
        if (config.url().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (int page = 0;; page++) {
            int index = page;
            List<AlertView> batch = QuarkusTransaction.requiringNew().call(() -> views.views(Alert.<Alert>find(
                    "silenced = false and (status <> ?1 or resolvedAt >= ?2)", Sort.by("id"), AlertStatus.RESOLVED,
                    now.minus(config.resolvedLookback())).page(Page.of(index, config.batchSize())).list()));
            if (batch.isEmpty()) {
                return;
            }
            post(batch.stream().map(a -> postable(a, now)).toList()).join();
            if (batch.size() < config.batchSize()) {
                return;
            }
        }
    }

    PostableAlert postable(AlertView alert, Instant now) {
        AlertmanagerPayload.Entry entry = AlertmanagerPayload.entry(new AlertmanagerPayload.Pending(alert, "SYNC"),
                webhooks.externalUrl());
        String endsAt = alert.status() == AlertStatus.RESOLVED ? entry.endsAt()
                : now.plus(config.interval().multipliedBy(4)).toString();
        Map<String, String> annotations = new java.util.LinkedHashMap<>(entry.annotations());
        annotations.remove("change");
        return new PostableAlert(entry.labels(), annotations, entry.startsAt(), endsAt, entry.generatorURL());
    }

    private CompletableFuture<Void> post(List<PostableAlert> alerts) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(alerts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alerts for Alertmanager not serialisable", e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url().orElseThrow() + "/api/v2/alerts"))
                .timeout(config.timeout()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                metrics.counter("vx.alertmanager.posted").increment(alerts.size());
            } else {
                metrics.counter("vx.alertmanager.failed").increment(alerts.size());
                Log.warnf("Alertmanager did not take %d alerts (%s); the next sync posts them again", alerts.size(),
                        failure != null ? failure.toString() : "HTTP " + response.statusCode() + " " + response.body());
            }
            return null;
        });
    }
}
