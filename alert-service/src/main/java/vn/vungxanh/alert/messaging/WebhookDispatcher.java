package vn.vungxanh.alert.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import vn.vungxanh.alert.WebhookGroup;
import vn.vungxanh.alert.WebhookNotice;
import vn.vungxanh.alert.config.WebhookConfig;

/**
 * Delivers the stored webhook notices ({@link WebhookOutbox}), grouped per receiver and district: a new group waits
 * {@code group-wait}, then is told at most once per {@code group-interval}, with every notice waiting for it (the
 * latest per alert); a failed delivery is tried again with doubling back-off, up to {@code max-attempts}. A replica
 * takes a group's lease before it delivers, so replicas never deliver the same notices at once; a replica that dies
 * mid-delivery leaves the lease to expire and the notices to be delivered again (at least once). The group key is
 * made of the district alone, the same across restarts, so receivers can recognise a repeat.
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

    private final String owner = UUID.randomUUID().toString();
    private HttpClient http;

    /** Notices taken for one delivery of one group. */
    record Batch(WebhookGroup.Key key, int attempts, List<Long> ids, List<AlertmanagerPayload.Entry> entries) {
    }

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    void stop(@Observes ShutdownEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(() -> WebhookGroup.release(owner));
        } catch (RuntimeException e) {
            Log.warnf("webhook leases not given back (they expire by themselves): %s", e.getMessage());
        }
    }

    @Scheduled(identity = "webhook-dispatch", every = "${vx.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        Instant now = clock.instant();
        for (Object[] group : QuarkusTransaction.requiringNew().call(WebhookNotice::pendingGroups)) {
            WebhookGroup.Key key = new WebhookGroup.Key((String) group[0], (String) group[1]);
            WebhookConfig.Receiver receiver = config.receivers().get(key.receiver);
            if (receiver == null) {
                Log.warnf("webhook receiver %s is no longer configured: its waiting notices are dropped", key.receiver);
                QuarkusTransaction.requiringNew().run(() -> WebhookNotice.update("state = ?1, finishedAt = ?2"
                        + " where receiver = ?3 and state = ?4", WebhookNotice.State.FAILED, now, key.receiver,
                        WebhookNotice.State.PENDING));
                continue;
            }
            claim(key, (Instant) group[2], now).ifPresent(batch -> deliver(batch, receiver.url()));
        }
    }

    private Optional<Batch> claim(WebhookGroup.Key key, Instant oldest, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookGroup.ensure(key.receiver, key.districtCode);
            WebhookGroup group = WebhookGroup.findById(key);
            boolean waiting = group.lastSentAt == null && oldest.plus(config.groupWait()).isAfter(now);
            if (waiting || !WebhookGroup.claim(key, owner, now, now.plus(config.lease()),
                    now.minus(config.groupInterval()))) {
                return Optional.empty();
            }
            Map<String, AlertmanagerPayload.Entry> latest = new LinkedHashMap<>();
            List<WebhookNotice> notices = WebhookNotice.pendingOf(key.receiver, key.districtCode, config.batchSize());
            for (WebhookNotice notice : notices) {
                latest.put(notice.alertId, read(notice.entry));
            }
            return Optional.of(new Batch(key, group.attempts, notices.stream().map(n -> n.id).toList(),
                    List.copyOf(latest.values())));
        });
    }

    private void deliver(Batch batch, String url) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(AlertmanagerPayload.ofEntries(batch.key().receiver,
                    batch.key().districtCode, batch.entries(), config.externalUrl()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload for " + batch.key().receiver + " not serialisable", e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            try {
                if (failure == null && response.statusCode() / 100 == 2) {
                    delivered(batch);
                } else {
                    failed(batch, failure != null ? failure.toString() : "HTTP " + response.statusCode());
                }
            } catch (RuntimeException e) {
                Log.warnf("webhook %s: outcome not recorded, the lease expires and the notices go again: %s",
                        batch.key().receiver, e.getMessage());
            }
        });
    }

    private void delivered(Batch batch) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookNotice.finish(batch.ids(), WebhookNotice.State.SENT, now);
            WebhookGroup.delivered(batch.key(), owner, now);
        });
        metrics.counter("vx.webhook.delivered", "receiver", batch.key().receiver).increment();
    }

    private void failed(Batch batch, String why) {
        String name = batch.key().receiver;
        int attempt = batch.attempts() + 1;
        if (attempt >= config.maxAttempts()) {
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookNotice.finish(batch.ids(), WebhookNotice.State.FAILED, clock.instant());
                WebhookGroup.failed(batch.key(), owner, 0, null);
            });
            metrics.counter("vx.webhook.failed", "receiver", name).increment();
            Log.errorf("webhook %s gave up %d notices after %d attempts: %s", name, batch.ids().size(), attempt, why);
            return;
        }
        Duration backoff = config.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        Duration wait = backoff.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff;
        QuarkusTransaction.requiringNew().run(() -> WebhookGroup.failed(batch.key(), owner, attempt,
                clock.instant().plus(wait)));
        Log.warnf("webhook %s attempt %d failed (%s); retrying in %d ms", name, attempt, why, wait.toMillis());
    }

    private AlertmanagerPayload.Entry read(String entry) {
        try {
            return json.readValue(entry, AlertmanagerPayload.Entry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored webhook entry not readable", e);
        }
    }
}
