package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.cleared;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;
import static vn.vungxanh.alert.PackagedAlertService.alert;
import static vn.vungxanh.alert.PackagedAlertService.alertsOf;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceProcess;
import vn.vungxanh.testsupport.Tokens;

/**
 * The packaged alert-service is stopped and started again against the same broker and database, and made to read
 * every signal again from the start: no alert is lost, none fires twice, acknowledgements and pending resolutions
 * survive.
 */
class AlertRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aRestartThatRereadsEverySignalNeitherLosesNorRefiresAlerts() throws Exception {
        Map<String, String> env = PackagedAlertService.env("vx_alert_restart");
        String acknowledged = venue();
        String clearing = venue();

        String alertId;
        String clearingId;
        try (ServiceProcess first = PackagedAlertService.start(env)) {
            send(firing(acknowledged, THUONG_THANH, LONG_BIEN));
            send(firing(acknowledged, THUONG_THANH, LONG_BIEN));
            send(firing(clearing, THUONG_THANH, LONG_BIEN));
            alertId = await().atMost(PATIENCE).until(() -> alertsOf(first, acknowledged), l -> l.size() == 1
                    && ((Number) l.get(0).get("count")).intValue() == 2).get(0).get("id").toString();
            clearingId = await().atMost(PATIENCE).until(() -> alertsOf(first, clearing), l -> l.size() == 1)
                    .get(0).get("id").toString();
            given().baseUri(first.baseUri()).auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                    .body(Map.of("note", "before the restart")).when().post("/api/v1/alerts/{id}/ack", alertId)
                    .then().statusCode(200);
            send(cleared(clearing, THUONG_THANH, LONG_BIEN));
            await().atMost(PATIENCE).until(() -> alert(first, clearingId).getList("history.action").contains("CLEARED"));
        }

        // while the service is down: a new signal arrives, and its consumer group is forgotten (every signal replays)
        AlertSignal whileDown = firing(acknowledged, THUONG_THANH, LONG_BIEN);
        send(whileDown);
        try (Admin admin = KafkaBroker.admin()) {
            admin.deleteConsumerGroups(List.of("alert-lifecycle")).all().get();
        }

        try (ServiceProcess second = PackagedAlertService.start(env)) {
            await().atMost(PATIENCE).until(() -> alert(second, alertId).getInt("count") == 3);
            Thread.sleep(Duration.ofSeconds(3).toMillis()); // let the replay finish
            assertEquals(1, alertsOf(second, acknowledged).size(), "a replayed signal opened a second alert");
            JsonPath kept = alert(second, alertId);
            assertEquals(3, kept.getInt("count"));
            assertEquals("ACKNOWLEDGED", kept.getString("status"));
            assertEquals(List.of("OPENED", "UPDATED", "ACKNOWLEDGED", "UPDATED"), kept.getList("history.action"));

            await().atMost(PATIENCE).until(() -> "RESOLVED".equals(alert(second, clearingId).getString("status")));
            assertEquals(1, alertsOf(second, clearing).size(), "a replayed FIRING reopened a resolved alert");
        }
    }
}
