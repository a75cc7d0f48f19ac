package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.PATIENCE;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.alert;
import static vn.vungxanh.alert.AlertTestKit.alertsOf;
import static vn.vungxanh.alert.AlertTestKit.awaitAlert;
import static vn.vungxanh.alert.AlertTestKit.cleared;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class AlertLifecycleTest {

    @Test
    void aSignalBecomesAnAlertThatAnInspectorAcknowledgesAndResolves() throws Exception {
        String venueId = venue();
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        String id = awaitAlert(venueId);

        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).when().get("/api/v1/alerts/{id}", id)
                .then().statusCode(200)
                .body("rule", equalTo("SCANNING_SILENT"))
                .body("severity", equalTo("WARNING"))
                .body("status", equalTo("FIRING"))
                .body("venueId", equalTo(venueId))
                .body("wardCode", equalTo(THUONG_THANH))
                .body("districtCode", equalTo(LONG_BIEN))
                .body("startsAt", notNullValue())
                .body("lastSeenAt", notNullValue())
                .body("count", equalTo(1))
                .body("evidence.silentMinutes", equalTo(31))
                .body("history.action", contains("OPENED"));

        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("note", "on my way")).when().post("/api/v1/alerts/{id}/ack", id)
                .then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("history[1].action", equalTo("ACKNOWLEDGED"))
                .body("history[1].reason", equalTo("on my way"))
                .body("history[1].actor", equalTo("inspector:inspector-test"));

        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "WARNING_ISSUED", "note", "the scanner was switched off"))
                .when().post("/api/v1/alerts/{id}/resolve", id)
                .then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("WARNING_ISSUED"))
                .body("history.action", contains("OPENED", "ACKNOWLEDGED", "RESOLVED"))
                .body("history[2].fromStatus", equalTo("ACKNOWLEDGED"));

        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FIXED")).when().post("/api/v1/alerts/{id}/resolve", id)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "MAYBE")).when().post("/api/v1/alerts/{id}/resolve", id)
                .then().statusCode(422).body("errors.field", hasItem("outcome"));
    }

    @Test
    void repeatedFiringUpdatesTheOneOpenAlertAndARedeliveredSignalChangesNothing() throws Exception {
        String venueId = venue();
        AlertSignal first = firing(venueId, THUONG_THANH, LONG_BIEN);
        send(first);
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        send(first); // redelivered: same signal id
        send(firing(venueId, THUONG_THANH, LONG_BIEN));

        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(3, ((Number) alertsOf(venueId).get(0)
                .get("count")).intValue()));
        assertEquals(1, alertsOf(venueId).size());
        given().auth().oauth2(Tokens.admin()).queryParam("status", "FIRING").queryParam("rule", "SCANNING_SILENT")
                .queryParam("districtCode", LONG_BIEN).when().get("/api/v1/alerts")
                .then().statusCode(200).body("items.venueId", hasItem(venueId));
    }

    @Test
    void aClearedConditionResolvesAfterTheHoldOffAndALaterTriggerOpensANewAlert() throws Exception {
        String venueId = venue();
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        String first = awaitAlert(venueId);
        send(cleared(venueId, THUONG_THANH, LONG_BIEN));

        await().atMost(PATIENCE).untilAsserted(() -> assertEquals("RESOLVED", alert(first).getString("status")));
        assertEquals("CONDITION_CLEARED", alert(first).getString("outcome"));
        assertEquals("alert-service", alert(first).getString("resolvedBy"));

        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        await().atMost(PATIENCE).until(() -> alertsOf(venueId).size() == 2);
        assertEquals("FIRING", alertsOf(venueId).get(0).get("status"));
    }

    @Test
    void aTriggerWithinTheHoldOffKeepsTheAlertOpen() throws Exception {
        String venueId = venue();
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        String id = awaitAlert(venueId);
        send(cleared(venueId, THUONG_THANH, LONG_BIEN));
        await().atMost(PATIENCE).until(() -> alert(id).getList("history.action").contains("CLEARED"));
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        await().atMost(PATIENCE).until(() -> alert(id).getList("history.action").contains("REFIRED"));

        Thread.sleep(Duration.ofSeconds(4).toMillis()); // twice the hold-off of the test profile
        assertEquals("FIRING", alert(id).getString("status"));
        assertEquals(1, alertsOf(venueId).size());
    }

    @Test
    void aCheckpointAlertNamesTheCheckpoint() throws Exception {
        String checkpointId = "cp-" + java.util.UUID.randomUUID();
        AlertSignal signal = new AlertSignal(AlertSignal.SCHEMA_VERSION, java.util.UUID.randomUUID().toString(),
                AlertSignal.fingerprint(vn.vungxanh.events.Rule.CHECKPOINT_SILENT, vn.vungxanh.events.PlaceKind.CHECKPOINT,
                        checkpointId), vn.vungxanh.events.Rule.CHECKPOINT_SILENT, AlertSignal.State.FIRING,
                AlertSignal.Severity.CRITICAL, vn.vungxanh.events.PlaceKind.CHECKPOINT, checkpointId, "Chốt cầu Chương Dương",
                THUONG_THANH, null, java.time.Instant.now(), Map.of("silentMinutes", 12));
        send(signal);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.inspector(LONG_BIEN))
                .queryParam("rule", "CHECKPOINT_SILENT").when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("items.find { it.checkpointId == '" + checkpointId + "' }.districtCode", equalTo(LONG_BIEN))
                .body("items.find { it.checkpointId == '" + checkpointId + "' }.severity", equalTo("CRITICAL")));
    }
}
