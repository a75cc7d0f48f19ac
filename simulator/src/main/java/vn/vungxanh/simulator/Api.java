package vn.vungxanh.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The public API as a scanner app or an admin tool calls it: JSON over HTTP with bearer tokens. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Semaphore inFlight;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong failed = new AtomicLong();

    Api(int maxInFlight) {
        this.inFlight = new Semaphore(maxInFlight);
    }

    /** A call whose answer the caller needs; fails on any status other than 2xx. */
    JsonNode call(String method, String url, String token, Object body) {
        try {
            HttpResponse<String> response = http.send(request(method, url, token, body, null), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Traffic: sent asynchronously with a bound on requests in flight; a 503 is retried after its Retry-After, as
     * a real scanner app does.
     */
    CompletableFuture<Integer> send(String method, String url, String token, Object body) {
        return send(method, url, token, body, null);
    }

    /**
     * A visitor's phone behind the site's reverse proxy: the proxy's {@code X-Forwarded-For} names the phone (the
     * services believe it only from a trusted proxy address, VX_HTTP_TRUSTED_PROXIES).
     */
    CompletableFuture<Integer> sendFromPhone(String url, Object body, String phoneAddress) {
        return send("POST", url, null, body, phoneAddress);
    }

    private CompletableFuture<Integer> send(String method, String url, String token, Object body, String forwardedFor) {
        inFlight.acquireUninterruptibly();
        sent.incrementAndGet();
        HttpRequest request = request(method, url, token, body, forwardedFor);
        return sendWithRetry(request, 3)
                .whenComplete((status, error) -> {
                    inFlight.release();
                    if (error != null || status / 100 != 2) {
                        failed.incrementAndGet();
                    }
                });
    }

    private CompletableFuture<Integer> sendWithRetry(HttpRequest request, int attemptsLeft) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenCompose(response -> {
            if (response.statusCode() == 503 && attemptsLeft > 1) {
                long wait = response.headers().firstValueAsLong("Retry-After").orElse(2);
                return CompletableFuture.supplyAsync(() -> null,
                        CompletableFuture.delayedExecutor(wait, java.util.concurrent.TimeUnit.SECONDS))
                        .thenCompose(ignored -> sendWithRetry(request, attemptsLeft - 1));
            }
            return CompletableFuture.completedFuture(response.statusCode());
        });
    }

    /** Waits until every request sent so far has its answer. */
    void drain(int maxInFlight) {
        inFlight.acquireUninterruptibly(maxInFlight);
        inFlight.release(maxInFlight);
    }

    private static HttpRequest request(String method, String url, String token, Object body, String forwardedFor) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            try {
                builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return builder.build();
    }
}
