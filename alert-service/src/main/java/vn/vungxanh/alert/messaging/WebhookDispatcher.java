package vn.vungxanh.alert.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import vn.vungxanh.alert.AlertChange;
import vn.vungxanh.alert.config.WebhookConfig;

/**
 * Delivers alert changes to the configured webhook receivers, grouped per receiver and district: a new group waits
 * {@code group-wait}, then delivers at most once per {@code group-interval}; failed deliveries are retried with
 * exponential back-off. Nothing here blocks the caller: changes are queued (bounded) and sent asynchronously.
 * The replica that made a change delivers it, so each change is delivered once however many replicas run.
 */
@ApplicationScoped
public class WebhookDispatcher {

    @Inject
    WebhookConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    private final Map<GroupKey, Group> groups = new HashMap<>();
    private int queued;
    private HttpClient http;
    private ScheduledExecutorService timer;

    record GroupKey(String receiver, String district) {
    }

    private static final class Group {
        final Map<String, AlertmanagerPayload.Pending> alerts = new LinkedHashMap<>();
        Instant lastSentAt;
        boolean scheduled;
    }

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "webhook-dispatcher"));
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChange change) {
        if (change.deliver()) {
            offer(change);
        }
    }

    /** Queues the change for every receiver that takes its district; never waits. */
    public synchronized void offer(AlertChange change) {
        String district = change.alert().districtCode();
        config.receivers().forEach((name, receiver) -> {
            if (receiver.district().isPresent() && !receiver.district().get().equals(district)) {
                return;
            }
            if (queued >= config.queueCapacity()) {
                metrics.counter("vx.webhook.dropped", "receiver", name).increment();
                Log.warnf("webhook queue full (%d): change %s for %s dropped", queued, change.changeId(), name);
                return;
            }
            GroupKey key = new GroupKey(name, district);
            Group group = groups.computeIfAbsent(key, k -> new Group());
            if (group.alerts.put(change.alert().id(), new AlertmanagerPayload.Pending(change.alert(),
                    change.change())) == null) {
                queued++;
            }
            if (!group.scheduled) {
                group.scheduled = true;
                Duration delay = group.lastSentAt == null ? config.groupWait()
                        : Duration.between(clock.instant(), group.lastSentAt.plus(config.groupInterval()));
                timer.schedule(() -> flush(key), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            }
        });
    }

    private void flush(GroupKey key) {
        List<AlertmanagerPayload.Pending> alerts;
        synchronized (this) {
            Group group = groups.get(key);
            alerts = new ArrayList<>(group.alerts.values());
            group.alerts.clear();
            group.scheduled = false;
            group.lastSentAt = clock.instant();
            queued -= alerts.size();
        }
        if (alerts.isEmpty()) {
            return;
        }
        WebhookConfig.Receiver receiver = config.receivers().get(key.receiver());
        try {
            byte[] body = json.writeValueAsBytes(AlertmanagerPayload.of(key.receiver(), key.district(), alerts,
                    config.externalUrl()));
            deliver(key.receiver(), receiver.url(), body, 1);
        } catch (JsonProcessingException e) {
            Log.errorf(e, "webhook payload for %s not serialisable", key.receiver());
        }
    }

    private void deliver(String name, String url, byte[] body, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                metrics.counter("vx.webhook.delivered", "receiver", name).increment();
                return;
            }
            String why = failure != null ? failure.toString() : "HTTP " + response.statusCode();
            if (attempt >= config.maxAttempts()) {
                metrics.counter("vx.webhook.failed", "receiver", name).increment();
                Log.errorf("webhook %s gave up after %d attempts: %s", name, attempt, why);
                return;
            }
            long backoff = Math.min(config.maxBackoff().toMillis(),
                    config.initialBackoff().toMillis() << Math.min(attempt - 1, 20));
            Log.warnf("webhook %s attempt %d failed (%s); retrying in %d ms", name, attempt, why, backoff);
            timer.schedule(() -> deliver(name, url, body, attempt + 1), backoff, TimeUnit.MILLISECONDS);
        });
    }
}
