package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungxanh.alert.AlertTestKit.BA_DINH;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class AlertStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/alerts/stream")
    URL stream;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theStreamCarriesEveryChangeInTheCallersScopeOnly() throws Exception {
        String venueId = venue();
        try (Subscription longBien = subscribe(Tokens.inspector(LONG_BIEN));
                Subscription baDinh = subscribe(Tokens.inspector(BA_DINH))) {
            JsonNode opened = null;
            for (int attempt = 0; attempt < 20 && opened == null; attempt++) {
                // the first signal may come before this replica's live consumer has joined: keep firing
                send(firing(venueId, THUONG_THANH, LONG_BIEN));
                opened = longBien.next(venueId, Duration.ofSeconds(1));
            }
            assertNotNull(opened, "no change of the alert arrived on the stream");
            String id = opened.path("alert").path("id").asText();
            assertEquals(LONG_BIEN, opened.path("alert").path("districtCode").asText());

            given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                    .body(Map.of("note", "seen on the board")).when().post("/api/v1/alerts/{id}/ack", id)
                    .then().statusCode(200);
            JsonNode acknowledged = longBien.nextChange(venueId, "ACKNOWLEDGED", Duration.ofSeconds(20));
            assertEquals("ACKNOWLEDGED", acknowledged.path("alert").path("status").asText());

            given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "FIXED")).when().post("/api/v1/alerts/{id}/resolve", id)
                    .then().statusCode(200);
            JsonNode resolved = longBien.nextChange(venueId, "RESOLVED", Duration.ofSeconds(20));
            assertEquals("FIXED", resolved.path("alert").path("outcome").asText());

            assertTrue(baDinh.lines.stream().noneMatch(l -> l.contains(venueId)),
                    "an inspector of another district saw the alert");
        }
    }

    @Test
    void theStreamRefusesOtherDistrictsAndAnonymousCallers() throws Exception {
        HttpResponse<Void> foreign = http.send(request(Tokens.inspector(BA_DINH), "?districtCode=" + LONG_BIEN),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(403, foreign.statusCode());
        HttpResponse<Void> anonymous = http.send(HttpRequest.newBuilder(stream.toURI()).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(401, anonymous.statusCode());
    }

    private HttpRequest request(String token, String query) throws Exception {
        return HttpRequest.newBuilder(URI.create(stream + query))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .GET().build();
    }

    private Subscription subscribe(String token) throws Exception {
        Subscription subscription = new Subscription();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(request(token, ""),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> opened = response.get(10, TimeUnit.SECONDS);
        assertEquals(200, opened.statusCode());
        subscription.reader = CompletableFuture.runAsync(() -> opened.body().forEach(subscription.lines::add));
        subscription.body = opened.body();
        return subscription;
    }

    /** One open SSE connection; its data lines are queued as they come. */
    private static final class Subscription implements AutoCloseable {

        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<Void> reader;
        Stream<String> body;

        JsonNode next(String venueId, Duration within) throws Exception {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith("data:") && line.contains(venueId)) {
                    return JSON.readTree(line.substring("data:".length()));
                }
            }
            return null;
        }

        JsonNode nextChange(String venueId, String change, Duration within) throws Exception {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode event = next(venueId, Duration.ofMillis(200));
                if (event != null && change.equals(event.path("change").asText())) {
                    return event;
                }
            }
            throw new AssertionError("no " + change + " change of " + venueId + " arrived on the stream");
        }

        @Override
        public void close() {
            body.close();
            reader.cancel(true);
        }
    }
}
