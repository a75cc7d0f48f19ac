package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungxanh.alert.AlertTestKit.BA_DINH;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.PHUC_XA;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.alertsOf;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;

import java.time.Duration;
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

/**
 * Alerts handed to a real Alertmanager: it routes them by district to its receivers, grouped, and tells them of the
 * resolve; an acknowledgement reaches them as an annotation.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
@WithTestResource(value = AlertmanagerServer.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class AlertmanagerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @Test
    void alertmanagerRoutesAlertsByDistrictAndIsToldOfTheResolve() throws Exception {
        String longBienVenue = venue();
        String baDinhVenue = venue();
        send(firing(longBienVenue, THUONG_THANH, LONG_BIEN));
        send(firing(baDinhVenue, PHUC_XA, BA_DINH));
        String id = awaitAlert(longBienVenue);

        JsonNode firing = await().atMost(PATIENCE).until(() -> notified("long-bien", longBienVenue, "firing"),
                Optional::isPresent).get();
        assertEquals(LONG_BIEN, firing.path("groupLabels").path("district").asText());
        JsonNode alert = entry(firing, longBienVenue);
        assertEquals("SCANNING_SILENT", alert.path("labels").path("alertname").asText());
        assertEquals("warning", alert.path("labels").path("severity").asText());
        assertEquals(THUONG_THANH, alert.path("labels").path("ward").asText());
        assertEquals(id, alert.path("labels").path("alert_id").asText());
        assertTrue(alert.path("annotations").path("summary_vi").asText().startsWith("Không có lượt quét tại"),
                alert.toString());
        assertTrue(alert.path("generatorURL").asText().endsWith("/api/v1/alerts/" + id));
        await().atMost(PATIENCE).until(() -> notified("others", baDinhVenue, "firing").isPresent());
        assertTrue(AlertmanagerServer.bodies("long-bien").stream().noneMatch(b -> b.contains(baDinhVenue)),
                "Ba Đình's alert was routed to Long Biên's receiver");

        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FIXED", "note", "the scanner works again")).when()
                .post("/api/v1/alerts/{id}/resolve", id).then().statusCode(200);

        JsonNode resolved = await().atMost(PATIENCE).until(() -> notified("long-bien", longBienVenue, "resolved"),
                Optional::isPresent).get();
        assertTrue(!entry(resolved, longBienVenue).path("endsAt").asText().startsWith("0001"));
    }

    @Test
    void anAcknowledgementReachesAlertmanagerAsAnAnnotation() throws Exception {
        String venueId = venue();
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        String id = awaitAlert(venueId);
        await().atMost(PATIENCE).until(() -> notified("long-bien", venueId, "firing").isPresent());

        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("note", "on my way")).when().post("/api/v1/alerts/{id}/ack", id)
                .then().statusCode(200);

        await().atMost(PATIENCE).until(() -> alertmanagerAlert(id).path("annotations").has("acknowledged_by"));
        assertEquals("active", alertmanagerAlert(id).path("status").path("state").asText(),
                "an acknowledged alert stays active in Alertmanager");
    }

    /** The first test of this class starts the application, whose consumers may take a while to join under load. */
    private static String awaitAlert(String venueId) {
        return await().atMost(PATIENCE).until(() -> alertsOf(venueId), l -> !l.isEmpty()).get(0).get("id").toString();
    }

    /** The alert as Alertmanager holds it now ({@code GET /api/v2/alerts}). */
    private static JsonNode alertmanagerAlert(String id) throws Exception {
        String url = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("vx.alertmanager.url", String.class);
        JsonNode alerts = JSON.readTree(java.net.URI.create(url + "/api/v2/alerts").toURL());
        for (JsonNode alert : alerts) {
            if (id.equals(alert.path("labels").path("alert_id").asText())) {
                return alert;
            }
        }
        return JSON.createObjectNode();
    }

    private static Optional<JsonNode> notified(String receiver, String venueId, String status) {
        return AlertmanagerServer.bodies(receiver).stream().map(AlertmanagerTest::read)
                .filter(p -> p.toString().contains(venueId))
                .filter(p -> status.equals(entry(p, venueId).path("status").asText())).findFirst();
    }

    private static JsonNode entry(JsonNode payload, String venueId) {
        for (JsonNode alert : payload.path("alerts")) {
            if (venueId.equals(alert.path("labels").path("venue").asText())) {
                return alert;
            }
        }
        return JSON.createObjectNode();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
