package vn.vungxanh.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Debian's Prometheus Alertmanager ({@code prometheus-alertmanager}, installed by {@code test.sh}) on a free port,
 * with a route per district: Long Biên (004) to the receiver {@code long-bien}, everything else to {@code others},
 * both webhooks of a test HTTP server here; grouping by district, with waits of a second.
 */
public class AlertmanagerServer implements QuarkusTestResourceLifecycleManager {

    static final String BINARY = "/usr/bin/prometheus-alertmanager";
    private static final Map<String, Queue<String>> BODIES = new ConcurrentHashMap<>();

    private HttpServer receivers;
    private Process alertmanager;
    private Path dir;

    @Override
    public Map<String, String> start() {
        if (!Files.isExecutable(Path.of(BINARY))) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's prometheus-alertmanager (test.sh does)");
        }
        try {
            receivers = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            for (String name : List.of("long-bien", "others")) {
                receivers.createContext("/" + name, exchange -> {
                    bodies(name).add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
            }
            receivers.start();
            String hooks = "http://127.0.0.1:" + receivers.getAddress().getPort() + "/";
            dir = Files.createTempDirectory("alertmanager");
            Path config = dir.resolve("alertmanager.yml");
            Files.writeString(config, """
                    route:
                      receiver: others
                      group_by: [district]
                      group_wait: 1s
                      group_interval: 1s
                      repeat_interval: 1h
                      routes:
                        - matchers: ['district="004"']
                          receiver: long-bien
                    receivers:
                      - name: long-bien
                        webhook_configs: [{url: '%slong-bien', send_resolved: true}]
                      - name: others
                        webhook_configs: [{url: '%sothers', send_resolved: true}]
                    """.formatted(hooks, hooks));
            int port = freePort();
            alertmanager = new ProcessBuilder(BINARY, "--config.file=" + config, "--storage.path=" + dir.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("alertmanager.log").toFile()).start();
            String url = "http://127.0.0.1:" + port;
            awaitReady(url);
            return Map.of("vx.alertmanager.url", url, "vx.alertmanager.interval", "2s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Queue<String> bodies(String receiver) {
        return BODIES.computeIfAbsent(receiver, r -> new ConcurrentLinkedQueue<>());
    }

    private void awaitReady(String url) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            if (!alertmanager.isAlive()) {
                throw new IOException("Alertmanager exited: " + Files.readString(dir.resolve("alertmanager.log")));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("Alertmanager not ready within 30 s: " + Files.readString(dir.resolve("alertmanager.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (alertmanager != null) {
            alertmanager.destroy();
        }
        if (receivers != null) {
            receivers.stop(0);
        }
    }
}
