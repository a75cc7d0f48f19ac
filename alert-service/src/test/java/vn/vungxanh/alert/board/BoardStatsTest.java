package vn.vungxanh.alert.board;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.vungxanh.alert.board.BoardEvents.BA_DINH;
import static vn.vungxanh.alert.board.BoardEvents.LONG_BIEN;
import static vn.vungxanh.alert.board.BoardEvents.NGOC_THUY;
import static vn.vungxanh.alert.board.BoardEvents.THUONG_THANH;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** The board's chart data: counted once per event, by ward and local hour, within the caller's district. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class BoardStatsTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void checkinsAreCountedOncePerEventByWardAndLocalHour() throws Exception {
        // 2021-08-16 06:30 in Hà Nội is 2021-08-15 23:30 UTC: it belongs to the 16th, hour 6.
        ZonedDateTime at = ZonedDateTime.of(2021, 8, 16, 6, 30, 0, 0, HANOI);
        String venue = "venue-" + UUID.randomUUID();
        CheckinEvent first = BoardEvents.checkin(venue, THUONG_THANH, at.toInstant(), true);
        BoardEvents.send(first);
        BoardEvents.send(first); // a redelivery: same event id
        BoardEvents.send(BoardEvents.checkin(venue, THUONG_THANH, at.plusMinutes(10).toInstant(), false));
        BoardEvents.send(BoardEvents.checkin(venue, NGOC_THUY, at.plusHours(2).toInstant(), true));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.inspector(LONG_BIEN))
                .queryParam("date", "2021-08-16")
                .when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(200)
                .body("districtCode", equalTo(LONG_BIEN))
                .body("items.find { it.wardCode == '00115' && it.hour == 6 }.accepted", equalTo(1))
                .body("items.find { it.wardCode == '00115' && it.hour == 6 }.rejected", equalTo(1))
                .body("items.find { it.wardCode == '00118' && it.hour == 8 }.accepted", equalTo(1)));
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).queryParam("date", "2021-08-15")
                .when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anUnreadableRecordIsSkippedAndTheCountingMovesOn() throws Exception {
        ZonedDateTime at = ZonedDateTime.of(2021, 8, 19, 7, 0, 0, 0, HANOI);
        String venue = "venue-" + UUID.randomUUID();
        BoardEvents.send(Topics.CHECKINS, venue, "{not json at all");
        BoardEvents.send(BoardEvents.checkin(venue, THUONG_THANH, at.toInstant(), true));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.inspector(LONG_BIEN))
                .queryParam("date", "2021-08-19").when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(200).body("items.find { it.hour == 7 }.accepted", equalTo(1)));
    }

    @Test
    void passagesAreCountedPerHourAndDecision() throws Exception {
        ZonedDateTime at = ZonedDateTime.of(2021, 8, 17, 9, 5, 0, 0, HANOI);
        String checkpoint = "cp-" + UUID.randomUUID();
        BoardEvents.send(BoardEvents.passage(checkpoint, THUONG_THANH, at.toInstant(), PassageEvent.Decision.ALLOWED));
        BoardEvents.send(BoardEvents.passage(checkpoint, THUONG_THANH, at.plusMinutes(1).toInstant(),
                PassageEvent.Decision.ALLOWED));
        BoardEvents.send(BoardEvents.passage(checkpoint, THUONG_THANH, at.plusMinutes(2).toInstant(),
                PassageEvent.Decision.TURNED_BACK));
        BoardEvents.send(BoardEvents.passage(checkpoint, THUONG_THANH, at.plusMinutes(3).toInstant(), null));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.admin())
                .queryParam("districtCode", LONG_BIEN).queryParam("date", "2021-08-17")
                .when().get("/api/v1/stats/passages-hourly")
                .then().statusCode(200)
                .body("items.find { it.hour == 9 && it.decision == 'ALLOWED' }.passages", equalTo(2))
                .body("items.find { it.hour == 9 && it.decision == 'TURNED_BACK' }.passages", equalTo(1))
                .body("items.find { it.hour == 9 && it.decision == 'NONE' }.passages", equalTo(1)));
    }

    @Test
    void anInspectorBoundToAWardSeesOnlyThatWard() throws Exception {
        ZonedDateTime at = ZonedDateTime.of(2021, 8, 18, 10, 0, 0, 0, HANOI);
        BoardEvents.send(BoardEvents.checkin("venue-" + UUID.randomUUID(), THUONG_THANH, at.toInstant(), true));
        BoardEvents.send(BoardEvents.checkin("venue-" + UUID.randomUUID(), NGOC_THUY, at.toInstant(), true));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.inspector(LONG_BIEN))
                .queryParam("date", "2021-08-18").when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(200).body("total", equalTo(2)));

        given().auth().oauth2(Tokens.inspector(LONG_BIEN, NGOC_THUY)).queryParam("date", "2021-08-18")
                .when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(200)
                .body("wardCode", equalTo(NGOC_THUY))
                .body("items.wardCode", everyItem(equalTo(NGOC_THUY)))
                .body("items.wardCode", not(hasItem(THUONG_THANH)));
        given().auth().oauth2(Tokens.inspector(LONG_BIEN, NGOC_THUY)).queryParam("wardCode", THUONG_THANH)
                .when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theCallersDistrictBoundsEveryChart() {
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).queryParam("districtCode", BA_DINH)
                .when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/stats/passages-hourly")
                .then().statusCode(422).body("errors[0].field", equalTo("districtCode"));
        given().auth().oauth2(Tokens.admin()).queryParam("districtCode", "999")
                .when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(422).body("errors[0].field", equalTo("districtCode"));
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).queryParam("date", "16/08/2021")
                .when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(422).body("errors[0].field", equalTo("date"));
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).queryParam("wardCode", "00001")
                .when().get("/api/v1/stats/scans-hourly")
                .then().statusCode(422).body("errors[0].field", equalTo("wardCode"));
        given().auth().oauth2(Tokens.healthOfficial()).when().get("/api/v1/stats/scans-hourly").then().statusCode(403);
        given().auth().oauth2(Tokens.venueDevice("v1")).when().get("/api/v1/stats/scans-hourly").then().statusCode(401);
        given().when().get("/api/v1/stats/scans-hourly").then().statusCode(401);
    }

    @Test
    void theSessionNamesTheInspectorsDistrictAndItsWards() {
        given().auth().oauth2(Tokens.inspector(LONG_BIEN, NGOC_THUY))
                .when().get("/api/v1/board/session")
                .then().statusCode(200)
                .body("role", equalTo("inspector"))
                .body("districtCode", equalTo(LONG_BIEN))
                .body("districtName", equalTo("Quận Long Biên"))
                .body("provinceCode", equalTo("01"))
                .body("wardCode", equalTo(NGOC_THUY))
                .body("wards.size()", equalTo(14));
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/board/session")
                .then().statusCode(200).body("role", equalTo("admin")).body("wards.size()", equalTo(0));
        given().when().get("/api/v1/board/session").then().statusCode(401);
    }

    @Test
    void theBoardAndItsLibrariesAreServedByTheService() {
        given().when().get("/").then().statusCode(200).contentType("text/html")
                .body(containsString("Vùng Xanh"));
        given().when().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200);
        given().when().get("/webjars/leaflet/dist/leaflet.js").then().statusCode(200);
        given().when().get("/gis/01.json").then().statusCode(200).body("level1_id", equalTo("01"));
        given().when().get("/gis/31.json").then().statusCode(200).body("level1_id", equalTo("31"));
    }
}
