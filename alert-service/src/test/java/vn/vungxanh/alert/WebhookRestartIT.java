package vn.vungxanh.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;
import static vn.vungxanh.alert.PackagedAlertService.alertsOf;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import vn.vungxanh.testsupport.ServiceProcess;

/**
 * A notice accepted while its receiver is down is not lost when the packaged alert-service stops: the next start
 * delivers it once the receiver is back, under the group key the receiver saw before.
 */
class WebhookRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Queue<String> bodies = new ConcurrentLinkedQueue<>();

    @Test
    void aNoticeAcceptedWhileTheReceiverIsDownIsDeliveredAfterARestart() throws Exception {
        int port = freePort();
        Path config = Files.createTempFile(PackagedAlertService.ROOT.resolve("alert-service/target"), "webhooks-",
                ".properties");
        Files.writeString(config, "vx.webhooks.receivers.district.url=http://127.0.0.1:" + port + "/hook\n"
                + "vx.webhooks.receivers.district.district=" + LONG_BIEN + "\n");
        Map<String, String> env = new HashMap<>(PackagedAlertService.env("vx_alert_webhook_restart"));
        env.put("QUARKUS_CONFIG_LOCATIONS", config.toUri().toString());
        env.put("VX_WEBHOOKS_GROUP_WAIT", "200ms");
        env.put("VX_WEBHOOKS_GROUP_INTERVAL", "1s");
        env.put("VX_WEBHOOKS_INITIAL_BACKOFF", "200ms");
        env.put("VX_WEBHOOKS_MAX_BACKOFF", "1s");
        env.put("VX_WEBHOOKS_MAX_ATTEMPTS", "1000");
        String before = venue();
        String whileDown = venue();

        String groupKey;
        HttpServer receiver = receiver(port);
        try (ServiceProcess first = PackagedAlertService.start(env)) {
            send(firing(before, THUONG_THANH, LONG_BIEN));
            groupKey = await().atMost(PATIENCE).until(() -> delivered(before), l -> !l.isEmpty()).get(0)
                    .path("groupKey").asText();
            receiver.stop(0); // the receiver goes down: deliveries are refused

            send(firing(whileDown, THUONG_THANH, LONG_BIEN));
            await().atMost(PATIENCE).until(() -> alertsOf(first, whileDown).size() == 1);
            Thread.sleep(Duration.ofSeconds(3).toMillis()); // a few refused attempts
        }

        try (ServiceProcess second = PackagedAlertService.start(env)) {
            receiver = receiver(port); // the receiver is back
            try {
                JsonNode notice = await().atMost(PATIENCE).until(() -> delivered(whileDown), l -> !l.isEmpty()).get(0);
                assertEquals(groupKey, notice.path("groupKey").asText(), "the group key changed with the restart");
                assertEquals("firing", notice.path("status").asText());
                Thread.sleep(Duration.ofSeconds(2).toMillis()); // a group interval and more
                assertEquals(1, delivered(before).size(), "a notice delivered before the restart was sent again");
            } finally {
                receiver.stop(0);
            }
        }
    }

    private List<JsonNode> delivered(String venueId) {
        return bodies.stream().filter(b -> b.contains(venueId)).map(WebhookRestartIT::read).toList();
    }

    private HttpServer receiver(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            bodies.add(body); // only once answered: a receiver stopped right after has still acknowledged it
        });
        server.start();
        return server;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
