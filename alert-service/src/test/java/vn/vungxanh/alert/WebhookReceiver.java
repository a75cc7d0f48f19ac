package vn.vungxanh.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Webhook receivers for the tests, on a free port: {@code all} takes every district, {@code ba-dinh} only district
 * 001, {@code flaky} (district 004) answers 503 to its first request.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Queue<String>> BODIES = new ConcurrentHashMap<>();
    private static final AtomicInteger FLAKY_REQUESTS = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : List.of("all", "ba-dinh", "flaky")) {
            server.createContext("/" + name, exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean fail = name.equals("flaky") && FLAKY_REQUESTS.incrementAndGet() == 1;
                if (!fail) {
                    bodies(name).add(body);
                }
                exchange.sendResponseHeaders(fail ? 503 : 200, -1);
                exchange.close();
            });
        }
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        return Map.of(
                "vx.webhooks.receivers.all.url", base + "all",
                "vx.webhooks.receivers.ba-dinh.url", base + "ba-dinh",
                "vx.webhooks.receivers.ba-dinh.district", "001",
                "vx.webhooks.receivers.flaky.url", base + "flaky",
                "vx.webhooks.receivers.flaky.district", "004",
                "vx.webhooks.group-wait", "300ms",
                "vx.webhooks.group-interval", "1s",
                "vx.webhooks.initial-backoff", "200ms");
    }

    static Queue<String> bodies(String receiver) {
        return BODIES.computeIfAbsent(receiver, r -> new ConcurrentLinkedQueue<>());
    }

    static int flakyRequests() {
        return FLAKY_REQUESTS.get();
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
