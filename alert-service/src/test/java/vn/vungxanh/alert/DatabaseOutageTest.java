package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.alertsOf;
import static vn.vungxanh.alert.AlertTestKit.sendObject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.MariaDbServer;
import vn.vungxanh.testsupport.PrivateMariaDb;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/**
 * The alert database goes away while a small venue fills up: the rules engine (Kafka only) fires OVER_CAPACITY during
 * the outage, and once the database is back the alert is open and the venue's scans of today are counted, each once.
 * Nothing is dead-lettered.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
@WithTestResource(value = PrivateMariaDb.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert_outage") })
class DatabaseOutageTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long the database stays away once the engine has fired (its consumers keep failing meanwhile). */
    private static final Duration MORE_OUTAGE = Duration.ofSeconds(15);
    private static final int CAPACITY = 3;
    private static final int SCANS = 8;

    @PrivateMariaDb.Server
    MariaDbServer db;

    @Test
    void anAlertFiredWhileTheDatabaseIsDownIsOpenWhenItReturnsAndEveryScanCountsOnce() throws Exception {
        String venueId = AlertTestKit.venue();
        sendObject(Topics.VENUES, venueId, new VenueEvent(VenueEvent.SCHEMA_VERSION, venueId, "Tạp hoá nhỏ",
                VenueType.CONVENIENCE_STORE, THUONG_THANH, LONG_BIEN, "01", CAPACITY, List.of(), true, 1,
                Instant.now()));
        await().atMost(PATIENCE).until(() -> standing(venueId).isPresent());

        db.stop();
        Instant midnight = LocalDate.now(HANOI).atStartOfDay(HANOI).toInstant();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant from = now.minusSeconds(60).isBefore(midnight) ? midnight : now.minusSeconds(60);
        List<CheckinEvent> scans = new ArrayList<>();
        for (int i = 0; i < SCANS; i++) {
            scans.add(new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venueId,
                    THUONG_THANH, "device-1", new Subject(SubjectType.CCCD, "pseudonym-" + UUID.randomUUID()),
                    CheckinEvent.Direction.IN, from.plusSeconds(i), from.plusSeconds(i), null,
                    CheckinEvent.ScanStatus.ACCEPTED, null));
        }
        for (CheckinEvent scan : scans) {
            sendObject(Topics.CHECKINS, venueId, scan);
        }
        sendObject(Topics.CHECKINS, venueId, scans.get(0)); // the scanner's retry: same event id

        String fingerprint = AlertSignal.fingerprint(Rule.OVER_CAPACITY, PlaceKind.VENUE, venueId);
        await().atMost(PATIENCE).until(() -> KafkaBroker.readAll(Topics.ALERT_SIGNALS).stream()
                .anyMatch(r -> fingerprint.equals(r.key()) && r.value().contains("\"FIRING\"")));
        Thread.sleep(MORE_OUTAGE.toMillis());
        db.start();

        await().atMost(PATIENCE).until(() -> alertsOf(venueId).stream()
                .anyMatch(a -> "OVER_CAPACITY".equals(a.get("rule")) && "FIRING".equals(a.get("status"))));
        await().atMost(PATIENCE).until(() -> scansToday(venueId) == SCANS);
        assertEquals(SCANS, scansToday(venueId), "each scan is counted once");
        assertTrue(KafkaBroker.readAll(Topics.DEAD_LETTER).stream()
                .noneMatch(r -> venueId.equals(r.key()) || fingerprint.equals(r.key())),
                "nothing of the venue went to the dead-letter topic");
    }

    private static long scansToday(String venueId) {
        return standing(venueId).map(s -> ((Number) s.get("scansToday")).longValue()).orElse(-1L);
    }

    private static Optional<Map<String, Object>> standing(String venueId) {
        JsonPath page = given().auth().oauth2(Tokens.inspector(LONG_BIEN)).queryParam("wardCode", THUONG_THANH)
                .queryParam("size", 200).when().get("/api/v1/compliance/venues")
                .then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("items").stream().filter(s -> venueId.equals(s.get("venueId")))
                .findFirst();
    }
}
