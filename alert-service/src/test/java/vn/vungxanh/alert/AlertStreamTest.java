package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

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

    @TestHTTPResource("/api/v1/alerts/stream")
    URL stream;

    @Test
    void theStreamCarriesEveryChangeInTheCallersScopeOnly() throws Exception {
        String venueId = venue();
        try (SseClient longBien = SseClient.open(stream.toURI(), Tokens.inspector(LONG_BIEN));
                SseClient baDinh = SseClient.open(stream.toURI(), Tokens.inspector(BA_DINH))) {
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
    void aCallerHoldsAtMostFiveStreamsAndOthersAreNotHeldBack() throws Exception {
        String mine = inspectorWithSubject("sse-cap-" + UUID.randomUUID());
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(SseClient.open(stream.toURI(), mine));
            }
            HttpResponse<?> sixth = SseClient.attempt(stream.toURI(), mine);
            assertEquals(429, sixth.statusCode());
            assertEquals("application/problem+json", sixth.headers().firstValue("Content-Type").orElse(""));
            try (SseClient other = SseClient.open(stream.toURI(), inspectorWithSubject("sse-other-" + UUID.randomUUID()))) {
                assertNotNull(other, "another caller is not held back");
            }
            open.remove(0).close();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> SseClient.attempt(stream.toURI(), mine).statusCode() == 200);
        } finally {
            open.forEach(SseClient::close);
        }
    }

    @Test
    void theStreamEndsWhenTheCallersTokenExpires() throws Exception {
        String shortLived = Tokens.sign("inspector", Map.of("district", LONG_BIEN, "sub", "sse-expiry-" + UUID.randomUUID()), 3);
        try (SseClient client = SseClient.open(stream.toURI(), shortLived)) {
            assertTrue(client.endedWithin(Duration.ofSeconds(10)), "the stream outlived the token");
        }
    }

    private static String inspectorWithSubject(String subject) {
        return Tokens.sign("inspector", Map.of("district", LONG_BIEN, "sub", subject));
    }

    @Test
    void theStreamRefusesOtherDistrictsAndAnonymousCallers() throws Exception {
        assertEquals(403, SseClient.status(URI.create(stream + "?districtCode=" + LONG_BIEN),
                Tokens.inspector(BA_DINH)));
        assertEquals(401, SseClient.status(stream.toURI(), null));
    }
}
