package vn.vungxanh.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.alert;
import static vn.vungxanh.alert.AlertTestKit.alertsOf;
import static vn.vungxanh.alert.AlertTestKit.awaitAlert;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/** An alert that keeps firing counts every signal but keeps its history short. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class RepeatHistoryTest {

    private static final int REPEATS = 200;

    @Test
    void anAlertFiredTwoHundredTimesCountsEveryOneButKeepsAShortHistory() throws Exception {
        String venueId = venue();
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        String id = awaitAlert(venueId);
        for (int i = 0; i < REPEATS; i++) {
            send(firing(venueId, THUONG_THANH, LONG_BIEN));
        }

        JsonPath refired = await().atMost(Duration.ofSeconds(90)).until(() -> alert(id),
                a -> a.getInt("count") == REPEATS + 1);
        List<String> actions = refired.getList("history.action");
        assertEquals("OPENED", actions.get(0));
        assertEquals("UPDATED", actions.get(1), "the first repeat is recorded");
        assertTrue(actions.size() <= 5, "one history row per repeat: " + actions.size() + " rows");
        Map<String, Object> listed = alertsOf(venueId).get(0);
        assertEquals(REPEATS + 1, ((Number) listed.get("count")).intValue());
        assertTrue(((List<?>) listed.get("history")).size() <= 5, "the list item carries every repeat");
    }

    @Test
    void aRaisedSeverityIsRecordedEvenRightAfterARepeat() throws Exception {
        String venueId = venue();
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        String id = awaitAlert(venueId);
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        AlertSignal critical = firing(venueId, THUONG_THANH, LONG_BIEN);
        send(new AlertSignal(critical.schemaVersion(), critical.signalId(), critical.fingerprint(), critical.rule(),
                critical.state(), AlertSignal.Severity.CRITICAL, critical.placeKind(), critical.placeId(),
                critical.placeName(), critical.wardCode(), critical.districtCode(), critical.observedAt(),
                critical.evidence()));

        JsonPath raised = await().atMost(Duration.ofSeconds(30)).until(() -> alert(id), a -> a.getInt("count") == 4);
        assertEquals("CRITICAL", raised.getString("severity"));
        assertEquals(List.of("OPENED", "UPDATED", "UPDATED"), raised.getList("history.action"),
                "the first repeat and the raised severity are recorded, the plain repeat between them is not");
    }
}
