package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vungxanh.alert.AlertTestKit.BA_DINH;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.PATIENCE;
import static vn.vungxanh.alert.AlertTestKit.alert;
import static vn.vungxanh.alert.AlertTestKit.awaitAlert;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** The test profile escalates after 1 h at levels 1–2 and after 3 s at levels 3–4. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class EscalationTest {

    /** Giang Biên, Long Biên: set to level 4 (red) by these tests only. */
    static final String GIANG_BIEN = "00121";

    @BeforeEach
    void redWard() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("level", 4))
                .when().put("/api/v1/areas/{ward}/level", GIANG_BIEN)
                .then().statusCode(200).body("level", equalTo(4)).body("districtCode", equalTo(LONG_BIEN));
    }

    @Test
    void anUnacknowledgedAlertAtARedWardEscalatesAndIsDeliveredAgain() throws Exception {
        String venueId = venue();
        send(firing(venueId, GIANG_BIEN, LONG_BIEN));
        String id = awaitAlert(venueId);

        await().atMost(PATIENCE).until(() -> alert(id).getInt("escalations") == 1);
        assertEquals("CRITICAL", alert(id).getString("severity"));
        assertEquals("alert-service", alert(id).getString("history.find { it.action == 'ESCALATED' }.actor"));
        String reason = alert(id).getString("history.find { it.action == 'ESCALATED' }.reason");
        assertEquals(true, reason.contains("level 4") && reason.contains("WARNING -> CRITICAL"), reason);
        await().atMost(PATIENCE).until(() -> WebhookReceiver.bodies("all").stream()
                .anyMatch(b -> b.contains(venueId) && b.contains("\"change\":\"ESCALATED\"")));
        await().atMost(PATIENCE).until(() -> alert(id).getInt("escalations") == 2);
        Thread.sleep(Duration.ofSeconds(4).toMillis());
        assertEquals(2, alert(id).getInt("escalations"), "escalates at most twice (vx.alerts.escalation.max-times)");
    }

    @Test
    void anAcknowledgedAlertDoesNotEscalate() throws Exception {
        String venueId = venue();
        send(firing(venueId, GIANG_BIEN, LONG_BIEN));
        String id = awaitAlert(venueId);
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON).body(Map.of("note", "seen"))
                .when().post("/api/v1/alerts/{id}/ack", id).then().statusCode(200);
        Thread.sleep(Duration.ofSeconds(5).toMillis());
        assertEquals(0, alert(id).getInt("escalations"));
        assertEquals("WARNING", alert(id).getString("severity"));
    }

    @Test
    void levelsAreValidatedPublishedAndReadable() {
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).when().get("/api/v1/areas/{ward}/level", GIANG_BIEN)
                .then().statusCode(200).body("level", equalTo(4)).body("setBy", equalTo("admin:admin-test"));
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).when().get("/api/v1/areas/{ward}/level", "00118")
                .then().statusCode(200).body("level", equalTo(1));
        given().auth().oauth2(Tokens.inspector(BA_DINH)).when().get("/api/v1/areas/{ward}/level", GIANG_BIEN)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON).body(Map.of("level", 2))
                .when().put("/api/v1/areas/{ward}/level", GIANG_BIEN).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("level", 2))
                .when().put("/api/v1/areas/{ward}/level", "99999")
                .then().statusCode(422).body("errors.field", hasItem("wardCode"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("level", 5))
                .when().put("/api/v1/areas/{ward}/level", GIANG_BIEN)
                .then().statusCode(422).body("errors.field", hasItem("level"));
        given().contentType(ContentType.JSON).body(Map.of("level", 2))
                .when().put("/api/v1/areas/{ward}/level", GIANG_BIEN).then().statusCode(401);
        assertEquals(true, KafkaBroker.readAll(Topics.WARD_LEVELS).stream()
                .anyMatch(r -> GIANG_BIEN.equals(r.key()) && r.value().contains("\"level\":4")));
    }

    @Test
    void aLevelPublishedByAnotherWriterIsStoredAndAnOlderOneIgnored() throws Exception {
        String ward = "00124";
        java.time.Instant now = java.time.Instant.now();
        AlertTestKit.sendObject(Topics.WARD_LEVELS, ward, new vn.vungxanh.events.WardLevelEvent(1, ward, LONG_BIEN,
                "01", 3, "admin:elsewhere", now));
        AlertTestKit.sendObject(Topics.WARD_LEVELS, ward, new vn.vungxanh.events.WardLevelEvent(1, ward, LONG_BIEN,
                "01", 2, "admin:stale", now.minusSeconds(60)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/areas/{ward}/level", ward)
                .then().statusCode(200).body("level", equalTo(3)).body("setBy", equalTo("admin:elsewhere")));
    }
}
