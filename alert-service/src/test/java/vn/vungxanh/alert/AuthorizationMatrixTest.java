package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.NGOC_THUY;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.ADMIN;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.DEVICE;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.DEVICE_ISSUER_ADMIN;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.DEVICE_OTHER_PLACE;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.HEALTH_OFFICIAL;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.INSPECTOR;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.INSPECTOR_OTHER_DISTRICT;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.INSPECTOR_OTHER_WARD;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.AuthorizationMatrix;
import vn.vungxanh.testsupport.AuthorizationMatrix.Call;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/**
 * Every operation of the alert API, as every kind of caller. Columns: no token, admin, inspector of the venue's
 * district, health official, a venue's device, inspector of another district, inspector of another ward of the
 * district, device of another venue, device-issuer token with an admin claim. This service takes no device token.
 * The venue has no recorded activity, so its activity is 404 to everyone allowed to ask (the scope of activity reads
 * is {@code ScanActivityTest}'s); a spot check names its venue in the body, and one outside the scope is 403.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class AuthorizationMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsExpected() throws Exception {
        String venue = AlertTestKit.registeredVenue(NGOC_THUY, LONG_BIEN);
        AlertTestKit.send(AlertTestKit.firing(venue, NGOC_THUY, LONG_BIEN));
        String alert = AlertTestKit.awaitAlert(venue);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
        String silence = """
                {"venueId":"%s","wardCode":"%s","rule":"SCANNING_SILENT","startsAt":"%s","endsAt":"%s","comment":"x"}
                """.formatted(venue, NGOC_THUY, now.minusMinutes(1), now.plusHours(1));
        String inspection = """
                {"venueId":"%s","observedFrom":"%s","observedTo":"%s","peopleCounted":10}
                """.formatted(venue, now.minusMinutes(30), now.minusMinutes(1));
        String district = "districtCode=" + LONG_BIEN;

        AuthorizationMatrix.of("alert-service")
                .token(ADMIN, Tokens.admin())
                .token(INSPECTOR, Tokens.inspector(LONG_BIEN))
                .token(HEALTH_OFFICIAL, Tokens.healthOfficial())
                .token(DEVICE, Tokens.venueDevice(venue))
                .token(INSPECTOR_OTHER_DISTRICT, Tokens.inspector("001"))
                .token(INSPECTOR_OTHER_WARD, Tokens.inspector(LONG_BIEN, THUONG_THANH))
                .token(DEVICE_OTHER_PLACE, Tokens.venueDevice("another-venue"))
                .token(DEVICE_ISSUER_ADMIN, Tokens.signDevice("admin", Map.of()))
                .pathValue("id", alert)
                .pathValue("wardCode", NGOC_THUY)
                .pathValue("districtCode", LONG_BIEN)
                .expect("GET /api/v1/alerts", "401 ok ok 403 401 403 ok 401 401", Call.query(district))
                .expect("GET /api/v1/alerts/{id}", "401 ok ok 403 401 404 404 401 401")
                .expect("POST /api/v1/alerts/{id}/ack", "401 ok ok 403 401 404 404 401 401", Call.body("{\"note\":\"seen\"}"))
                .expect("POST /api/v1/alerts/{id}/resolve", "401 ok ok 403 401 404 404 401 401",
                        Call.body("{\"outcome\":\"FALSE_ALARM\"}"))
                .expect("GET /api/v1/alerts/stream", "401 ok ok 403 401 403 ok 401 401", Call.query(district))
                .expect("GET /api/v1/activity/venues/{id}", "401 404 404 403 401 404 404 401 401",
                        Call.plain().withPath("id", venue))
                .expect("GET /api/v1/activity/checkpoints/{id}", "401 404 404 403 401 404 404 401 401",
                        Call.plain().withPath("id", "checkpoint-never-seen"))
                .expect("PUT /api/v1/areas/{wardCode}/level", "401 ok 403 403 401 403 403 401 401", Call.body("{\"level\":1}"))
                .expect("GET /api/v1/areas/{wardCode}/level", "401 ok ok 403 401 403 403 401 401")
                .expect("GET /api/v1/compliance/venues", "401 ok ok 403 401 403 ok 401 401", Call.query(district))
                .expect("GET /api/v1/reports/daily", "401 ok ok 403 401 403 ok 401 401", Call.query(district))
                .expect("POST /api/v1/inspections", "401 ok ok 403 401 403 403 401 401", Call.body(inspection))
                .expect("POST /api/v1/silences", "401 ok ok 403 401 403 403 401 401", Call.body(silence))
                .expect("GET /api/v1/silences", "401 ok ok 403 401 403 ok 401 401", Call.query(district))
                .expect("DELETE /api/v1/silences/{id}", "401 ok ok 403 401 404 404 401 401",
                        Call.plain().withFreshPath("id", () -> given().auth().oauth2(Tokens.admin())
                                .contentType(ContentType.JSON).body(silence).when().post("/api/v1/silences")
                                .then().statusCode(201).extract().path("id").toString()))
                .expect("GET /api/v1/board/session", "401 ok ok 403 401 403 ok 401 401", Call.query(district))
                .expect("GET /api/v1/stats/scans-hourly", "401 ok ok 403 401 403 ok 401 401", Call.query(district))
                .expect("GET /api/v1/stats/passages-hourly", "401 ok ok 403 401 403 ok 401 401", Call.query(district))
                .expect("GET /api/v1/districts/{districtCode}/thresholds", "401 ok ok 403 401 403 ok 401 401")
                .expect("PUT /api/v1/districts/{districtCode}/thresholds", "401 ok 403 403 401 403 403 401 401",
                        Call.body("{\"overrides\":[]}"))
                .verify();
    }
}
