package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.cleared;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;
import static vn.vungxanh.alert.PackagedAlertService.alert;
import static vn.vungxanh.alert.PackagedAlertService.alertsOf;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.ServiceProcess;
import vn.vungxanh.testsupport.Tokens;

/**
 * Two replicas of the packaged service share the signal partitions and the database: every alert is opened and
 * resolved once, and a client of either replica sees the changes made by both.
 */
class AlertReplicasIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int PLACES = 6;

    @Test
    void twoReplicasOpenAndResolveEachAlertOnceAndStreamEachOthersChanges() throws Exception {
        Map<String, String> env = PackagedAlertService.env("vx_alert_replicas");
        try (ServiceProcess a = PackagedAlertService.start(env); ServiceProcess b = PackagedAlertService.start(env);
                SseClient board = SseClient.open(URI.create(b.baseUri() + "/api/v1/alerts/stream"),
                        Tokens.inspector(LONG_BIEN))) {
            String probe = venue();
            JsonNode seen = null;
            for (int attempt = 0; attempt < 30 && seen == null; attempt++) {
                // replica b's live consumer may join after the first signals: keep firing until it sees one
                send(firing(probe, THUONG_THANH, LONG_BIEN));
                seen = board.next(probe, Duration.ofSeconds(1));
            }
            assertNotNull(seen, "replica b never streamed a change");

            List<String> venues = IntStream.range(0, PLACES).mapToObj(i -> venue()).toList();
            for (String venueId : venues) {
                send(firing(venueId, THUONG_THANH, LONG_BIEN));
            }
            for (String venueId : venues) {
                board.nextChange(venueId, "OPENED", PATIENCE);
                await().atMost(PATIENCE).until(() -> alertsOf(a, venueId).size() == 1);
            }

            String acknowledgedId = alertsOf(a, venues.get(0)).get(0).get("id").toString();
            given().baseUri(a.baseUri()).auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                    .body(Map.of("note", "acknowledged on replica a")).when()
                    .post("/api/v1/alerts/{id}/ack", acknowledgedId).then().statusCode(200);
            board.nextChange(venues.get(0), "ACKNOWLEDGED", PATIENCE);

            for (String venueId : venues) {
                send(cleared(venueId, THUONG_THANH, LONG_BIEN));
            }
            for (String venueId : venues) {
                board.nextChange(venueId, "RESOLVED", PATIENCE);
            }
            Thread.sleep(Duration.ofSeconds(3).toMillis()); // both replicas sweep every second
            for (String venueId : venues) {
                List<Map<String, Object>> alerts = alertsOf(b, venueId);
                assertEquals(1, alerts.size(), "one alert for " + venueId);
                List<String> actions = alert(b, alerts.get(0).get("id").toString()).getList("history.action");
                assertEquals(1, actions.stream().filter("OPENED"::equals).count(), actions.toString());
                assertEquals(1, actions.stream().filter("RESOLVED"::equals).count(), actions.toString());
            }
        }
    }
}
