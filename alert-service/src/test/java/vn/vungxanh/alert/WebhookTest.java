package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.PATIENCE;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.awaitAlert;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
@WithTestResource(value = WebhookReceiver.class, scope = TestResourceScope.GLOBAL)
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAlertReachesTheReceiversOfItsDistrictInAlertmanagerShapeAndAFailedDeliveryIsRetried() throws Exception {
        String venueId = venue();
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        String id = awaitAlert(venueId);

        JsonNode payload = await().atMost(PATIENCE).until(() -> delivered("all", venueId), Optional::isPresent).get();
        assertEquals("4", payload.path("version").asText());
        assertEquals("firing", payload.path("status").asText());
        assertEquals("all", payload.path("receiver").asText());
        assertEquals("{}:{district=\"004\"}", payload.path("groupKey").asText());
        assertEquals(LONG_BIEN, payload.path("groupLabels").path("district").asText());
        assertEquals(LONG_BIEN, payload.path("commonLabels").path("district").asText());
        JsonNode alert = entry(payload, venueId);
        assertEquals("firing", alert.path("status").asText());
        assertEquals("SCANNING_SILENT", alert.path("labels").path("alertname").asText());
        assertEquals(id, alert.path("labels").path("alert_id").asText());
        assertEquals(THUONG_THANH, alert.path("labels").path("ward").asText());
        assertEquals("0001-01-01T00:00:00Z", alert.path("endsAt").asText());
        assertTrue(alert.path("fingerprint").asText().endsWith(venueId));
        assertTrue(alert.path("startsAt").asText().endsWith("Z"));

        await().atMost(PATIENCE).until(() -> delivered("flaky", venueId).isPresent());
        assertTrue(WebhookReceiver.flakyRequests() >= 2, "the refused first delivery was retried");
        assertTrue(WebhookReceiver.bodies("ba-dinh").stream().noneMatch(b -> b.contains(venueId)),
                "a receiver of another district was told");

        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FALSE_ALARM", "note", "the market was closed")).when()
                .post("/api/v1/alerts/{id}/resolve", id).then().statusCode(200);
        JsonNode resolved = await().atMost(PATIENCE).until(() -> WebhookReceiver.bodies("all").stream()
                .map(WebhookTest::read).filter(p -> p.toString().contains(venueId))
                .filter(p -> "resolved".equals(entry(p, venueId).path("status").asText())).findFirst(),
                Optional::isPresent).get();
        assertTrue(!entry(resolved, venueId).path("endsAt").asText().startsWith("0001"));
    }

    @Test
    void aSilencedAlertIsNotDelivered() throws Exception {
        String silencedVenue = venue();
        String otherVenue = venue();
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("venueId", silencedVenue, "wardCode", THUONG_THANH,
                        "endsAt", OffsetDateTime.now().plusHours(1).toString(), "comment", "closed for repairs"))
                .when().post("/api/v1/silences").then().statusCode(201);
        send(firing(silencedVenue, THUONG_THANH, LONG_BIEN));
        awaitAlert(silencedVenue);
        send(firing(otherVenue, THUONG_THANH, LONG_BIEN));

        await().atMost(PATIENCE).until(() -> delivered("all", otherVenue).isPresent());
        Thread.sleep(Duration.ofSeconds(1).toMillis()); // one more group interval
        assertTrue(WebhookReceiver.bodies("all").stream().noneMatch(b -> b.contains(silencedVenue)));
    }

    static Optional<JsonNode> delivered(String receiver, String venueId) {
        return WebhookReceiver.bodies(receiver).stream().filter(b -> b.contains(venueId)).findFirst()
                .map(WebhookTest::read);
    }

    static JsonNode entry(JsonNode payload, String venueId) {
        for (JsonNode alert : payload.path("alerts")) {
            if (venueId.equals(alert.path("labels").path("venue").asText())) {
                return alert;
            }
        }
        throw new AssertionError("no alert of " + venueId + " in " + payload);
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }
}
