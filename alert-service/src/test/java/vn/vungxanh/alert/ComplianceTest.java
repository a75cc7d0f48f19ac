package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungxanh.alert.AlertTestKit.BA_DINH;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.PATIENCE;
import static vn.vungxanh.alert.AlertTestKit.sendObject;
import static vn.vungxanh.alert.AlertTestKit.venue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class ComplianceTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Ngọc Lâm, Long Biên: only these tests put venues there. */
    private static final String NGOC_LAM = "00127";

    @Test
    void aSpotCheckMeasuresCoverageRaisesLowQrCoverageAndFeedsStandingsAndTheDailyReport() throws Exception {
        String venueId = venue();
        sendObject(Topics.VENUES, venueId, venueRecord(venueId, "Chợ Ngọc Lâm", 2));
        sendObject(Topics.VENUES, venueId, venueRecord(venueId, "an older name", 1));

        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant midnight = LocalDate.now(HANOI).atStartOfDay(HANOI).toInstant();
        Instant from = now.minus(10, ChronoUnit.MINUTES).isBefore(midnight) ? midnight : now.minus(10, ChronoUnit.MINUTES);
        CheckinEvent retried = checkin(venueId, from.plusSeconds(1), CheckinEvent.Direction.IN, true);
        sendObject(Topics.CHECKINS, venueId, retried);
        sendObject(Topics.CHECKINS, venueId, retried);
        for (int i = 2; i <= 6; i++) {
            sendObject(Topics.CHECKINS, venueId, checkin(venueId, from.plusSeconds(i), CheckinEvent.Direction.IN, true));
        }
        sendObject(Topics.CHECKINS, venueId, checkin(venueId, from.plusSeconds(7), CheckinEvent.Direction.IN, false));
        sendObject(Topics.CHECKINS, venueId, checkin(venueId, from.plusSeconds(8), CheckinEvent.Direction.OUT, true));

        await().atMost(PATIENCE).until(() -> standing(venueId).map(s -> ((Number) s.get("scansToday")).intValue())
                .orElse(-1) == 6);
        Map<String, Object> before = standing(venueId).orElseThrow();
        assertEquals("Chợ Ngọc Lâm", before.get("name"));
        assertEquals("MARKET", before.get("type"));
        assertEquals(0, ((Number) before.get("openAlerts")).intValue());

        JsonPath low = given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("venueId", venueId, "observedFrom", from.atZone(HANOI).toOffsetDateTime().toString(),
                        "observedTo", now.atZone(HANOI).toOffsetDateTime().toString(), "peopleCounted", 10))
                .when().post("/api/v1/inspections")
                .then().statusCode(201)
                .body("checkinsRecorded", equalTo(6))
                .body("coverage", equalTo(0.6f))
                .body("requiredCoverage", equalTo(0.8f))
                .body("compliant", equalTo(false))
                .body("alert.rule", equalTo("LOW_QR_COVERAGE"))
                .body("alert.venueId", equalTo(venueId))
                .body("alert.wardCode", equalTo(NGOC_LAM))
                .body("alert.evidence.peopleCounted", equalTo(10))
                .body("alert.evidence.checkinsRecorded", equalTo(6))
                .body("alert.history[0].actor", equalTo("inspector:inspector-test"))
                .extract().jsonPath();
        String alertId = low.getString("alert.id");
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).when().get("/api/v1/alerts/{id}", alertId)
                .then().statusCode(200).body("status", equalTo("FIRING"));

        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("venueId", venueId, "observedFrom", from.toString(), "observedTo", now.toString(),
                        "peopleCounted", 6))
                .when().post("/api/v1/inspections")
                .then().statusCode(201).body("coverage", equalTo(1.0f)).body("compliant", equalTo(true))
                .body("alert", nullValue());

        Map<String, Object> after = standing(venueId).orElseThrow();
        assertEquals(1.0, ((Number) after.get("coverage")).doubleValue());
        assertEquals(1, ((Number) after.get("openAlerts")).intValue());
        assertTrue(after.get("lastScanAt") != null);

        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).queryParam("districtCode", LONG_BIEN)
                .when().get("/api/v1/reports/daily")
                .then().statusCode(200)
                .body("date", equalTo(LocalDate.now(HANOI).toString()))
                .body("wards", hasSize(14))
                .body("wards.find { it.wardCode == '" + NGOC_LAM + "' }.scans", equalTo(6))
                .body("wards.find { it.wardCode == '" + NGOC_LAM + "' }.venues", equalTo(1))
                .body("wards.find { it.wardCode == '" + NGOC_LAM + "' }.inspections", equalTo(2))
                .body("wards.find { it.wardCode == '" + NGOC_LAM + "' }.lowCoverageInspections", equalTo(1))
                .body("wards.find { it.wardCode == '" + NGOC_LAM + "' }.alertsOpened", equalTo(1))
                .body("wards.find { it.wardCode == '" + NGOC_LAM + "' }.averageCoverage", equalTo(0.8f));
        String csv = given().auth().oauth2(Tokens.admin()).accept("text/csv").queryParam("districtCode", LONG_BIEN)
                .when().get("/api/v1/reports/daily")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(15, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("date,districtCode,wardCode,wardName,level,venues"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("," + NGOC_LAM + ",") && l.contains(",6,1,0,1,2,1,0.8000")),
                csv);
    }

    @Test
    void aSpotCheckInAWardAtLevelThreeRaisesACriticalLowQrCoverage() throws Exception {
        String ward = "00130"; // Gia Thụy, Long Biên: only this test puts venues there
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("level", 3))
                .when().put("/api/v1/areas/{ward}/level", ward).then().statusCode(200);
        String venueId = venue();
        sendObject(Topics.VENUES, venueId, new VenueEvent(VenueEvent.SCHEMA_VERSION, venueId, "Chợ Gia Thụy",
                VenueType.MARKET, ward, LONG_BIEN, "01", 200, List.of(), true, 1, Instant.now()));
        Map<String, Object> spot = Map.of("venueId", venueId,
                "observedFrom", Instant.now().minusSeconds(600).toString(), "observedTo", Instant.now().toString(),
                "peopleCounted", 10);
        await().atMost(PATIENCE).until(() -> given().auth().oauth2(Tokens.inspector(LONG_BIEN))
                .contentType(ContentType.JSON).body(spot).when().post("/api/v1/inspections").statusCode() == 201);
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).queryParam("rule", "LOW_QR_COVERAGE")
                .queryParam("wardCode", ward).when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("items.find { it.venueId == '" + venueId + "' }.severity", equalTo("CRITICAL"))
                .body("items.find { it.venueId == '" + venueId + "' }.evidence.requiredCoverage", equalTo(0.9f));
    }

    @Test
    void standingsReportsAndInspectionsKeepToTheCallersDistrict() throws Exception {
        String venueId = venue();
        sendObject(Topics.VENUES, venueId, venueRecord(venueId, "Cửa hàng tiện ích", 1));
        await().atMost(PATIENCE).until(() -> standing(venueId).isPresent());
        given().auth().oauth2(Tokens.inspector(BA_DINH)).queryParam("districtCode", LONG_BIEN)
                .when().get("/api/v1/compliance/venues").then().statusCode(403);
        given().auth().oauth2(Tokens.inspector(BA_DINH)).queryParam("districtCode", LONG_BIEN)
                .when().get("/api/v1/reports/daily").then().statusCode(403);
        given().auth().oauth2(Tokens.inspector(BA_DINH)).contentType(ContentType.JSON)
                .body(Map.of("venueId", venueId, "observedFrom", Instant.now().minusSeconds(600).toString(),
                        "observedTo", Instant.now().toString(), "peopleCounted", 5))
                .when().post("/api/v1/inspections").then().statusCode(403);
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("venueId", "never-registered", "observedFrom", Instant.now().minusSeconds(600).toString(),
                        "observedTo", Instant.now().toString(), "peopleCounted", 5))
                .when().post("/api/v1/inspections").then().statusCode(422).body("errors.field", hasItem("venueId"));
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON)
                .body(Map.of("venueId", venueId, "observedFrom", Instant.now().toString(),
                        "observedTo", Instant.now().minusSeconds(600).toString(), "peopleCounted", 0))
                .when().post("/api/v1/inspections").then().statusCode(422)
                .body("errors.field", hasItem("peopleCounted"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/reports/daily")
                .then().statusCode(422).body("errors.field", hasItem("districtCode"));
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).when().get("/api/v1/compliance/venues")
                .then().statusCode(200).body("total", notNullValue());
        given().when().get("/api/v1/compliance/venues").then().statusCode(401);
    }

    private static java.util.Optional<Map<String, Object>> standing(String venueId) {
        JsonPath page = given().auth().oauth2(Tokens.inspector(LONG_BIEN)).queryParam("wardCode", NGOC_LAM)
                .queryParam("size", 200).when().get("/api/v1/compliance/venues")
                .then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("items").stream().filter(s -> venueId.equals(s.get("venueId")))
                .findFirst();
    }

    private static VenueEvent venueRecord(String id, String name, long version) {
        return new VenueEvent(VenueEvent.SCHEMA_VERSION, id, name, VenueType.MARKET, NGOC_LAM, LONG_BIEN, "01", 200,
                List.of(), true, version, Instant.now());
    }

    private static CheckinEvent checkin(String venueId, Instant at, CheckinEvent.Direction direction,
            boolean accepted) {
        return new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venueId, NGOC_LAM,
                "device-1", new Subject(SubjectType.CCCD, "pseudonym-" + UUID.randomUUID()), direction, at, at, null,
                accepted ? CheckinEvent.ScanStatus.ACCEPTED : CheckinEvent.ScanStatus.REJECTED,
                accepted ? null : CheckinEvent.RejectReason.FORGED);
    }
}
