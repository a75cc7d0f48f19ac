package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vungxanh.alert.AlertTestKit.BA_DINH;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.NGOC_THUY;
import static vn.vungxanh.alert.AlertTestKit.PHUC_XA;
import static vn.vungxanh.alert.AlertTestKit.alertsOf;
import static vn.vungxanh.alert.AlertTestKit.sendObject;
import static vn.vungxanh.alert.AlertTestKit.venue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.vungxanh.alert.engine.ShortThresholds;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/**
 * Threshold overrides per district, through the real broker: an admin tightens SCANNING_SILENT for religious sites in
 * Long Biên; every engine replica reads it from the compacted topic, so a silent site there is flagged within seconds
 * while its twin across the border in Ba Đình runs on the default hour. Religious sites: no other test uses them.
 */
@QuarkusTest
@TestProfile(ShortThresholds.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class DistrictThresholdsTest {

    private static final String PATH = "/api/v1/districts/{districtCode}/thresholds";
    private static final Map<String, Object> TIGHT = Map.of("overrides", List.of(
            Map.of("rule", "SCANNING_SILENT", "venueType", "RELIGIOUS_SITE", "after", "PT2S")));

    @Test
    void anOverrideTightensScanningSilentInItsDistrictAndNotInTheNeighbour() throws Exception {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(TIGHT)
                .when().put(PATH, LONG_BIEN)
                .then().statusCode(200)
                .body("overrides[0].after", equalTo("PT2S"))
                .body(effective("RELIGIOUS_SITE") + ".byLevel[0]", equalTo("PT2S"))
                .body(effective("MARKET") + ".byLevel[0]", equalTo("PT3S"));
        try {
            String longBien = site(NGOC_THUY, LONG_BIEN);
            String baDinh = site(PHUC_XA, BA_DINH);
            await().atMost(Duration.ofSeconds(60)).until(() -> !alertsOf(longBien).isEmpty());
            assertEquals("SCANNING_SILENT", alertsOf(longBien).get(0).get("rule"));
            Thread.sleep(Duration.ofSeconds(6).toMillis());
            assertEquals(List.of(), alertsOf(baDinh), "Ba Đình keeps the default of an hour");

            given().auth().oauth2(Tokens.inspector(LONG_BIEN)).when().get(PATH, LONG_BIEN)
                    .then().statusCode(200)
                    .body("history[0].setBy", equalTo("admin:admin-test"))
                    .body("history[0].overrides[0].venueType", equalTo("RELIGIOUS_SITE"));
            given().auth().oauth2(Tokens.inspector(BA_DINH)).when().get(PATH, BA_DINH)
                    .then().statusCode(200).body("overrides.size()", equalTo(0))
                    .body(effective("RELIGIOUS_SITE") + ".byLevel[0]", equalTo("PT1H"));
        } finally {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("overrides", List.of()))
                    .when().put(PATH, LONG_BIEN).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.admin()).when().get(PATH, LONG_BIEN)
                .then().statusCode(200).body("overrides.size()", equalTo(0))
                .body("history.size()", equalTo(2))
                .body(effective("RELIGIOUS_SITE") + ".byLevel[0]", equalTo("PT1H"));
    }

    @Test
    void onlyAdminsChangeThresholdsAndInspectorsReadOnlyTheirOwnDistrict() {
        given().auth().oauth2(Tokens.inspector(LONG_BIEN)).contentType(ContentType.JSON).body(TIGHT)
                .when().put(PATH, LONG_BIEN).then().statusCode(403);
        given().auth().oauth2(Tokens.inspector(BA_DINH)).when().get(PATH, LONG_BIEN).then().statusCode(403);
        given().when().get(PATH, LONG_BIEN).then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("overrides", List.of(Map.of("rule", "HIGH_RISK_ARRIVAL", "after", "PT5M"))))
                .when().put(PATH, LONG_BIEN).then().statusCode(422).body("errors.field", hasItem("overrides[0].rule"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("overrides", List.of(Map.of("rule", "SCANNING_SILENT", "after", "soon"))))
                .when().put(PATH, LONG_BIEN).then().statusCode(422).body("errors.field", hasItem("overrides[0].after"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("overrides", List.of(Map.of("rule", "OVER_CAPACITY", "share", 1.5))))
                .when().put(PATH, LONG_BIEN).then().statusCode(422).body("errors.field", hasItem("overrides[0].share"));
        given().auth().oauth2(Tokens.admin()).when().get(PATH, "999").then().statusCode(422);
    }

    private static String effective(String appliesTo) {
        return "effective.find { it.rule == 'SCANNING_SILENT' && it.appliesTo == '" + appliesTo + "' }";
    }

    /** A pagoda open round the clock, registered now, that never scans. */
    private static String site(String ward, String district) throws Exception {
        String id = venue();
        sendObject(Topics.VENUES, id, new VenueEvent(VenueEvent.SCHEMA_VERSION, id, "Chùa " + id,
                VenueType.RELIGIOUS_SITE, ward, district, "01", 100,
                List.of(new OpeningHours("MON-SUN", "00:00", "00:00")), true, 1, Instant.now()));
        return id;
    }
}
