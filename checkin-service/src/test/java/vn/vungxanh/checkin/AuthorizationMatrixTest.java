package vn.vungxanh.checkin;

import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.ADMIN;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.DEVICE;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.DEVICE_ISSUER_ADMIN;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.DEVICE_OTHER_PLACE;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.HEALTH_OFFICIAL;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.INSPECTOR;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.INSPECTOR_OTHER_DISTRICT;
import static vn.vungxanh.testsupport.AuthorizationMatrix.Caller.INSPECTOR_OTHER_WARD;

import java.util.Map;
import java.util.UUID;

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

import static io.restassured.RestAssured.given;

/**
 * Every operation of the check-in API, as every kind of caller. Columns: no token, admin, inspector of the venue's
 * district, health official, the venue's device, inspector of another district, inspector of another ward of the
 * district, device of another venue, device-issuer token with an admin claim. A batch without a token is a visitor
 * app's (each event then needs its signed poster, and is refused one by one without it).
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class AuthorizationMatrixTest {

    private static final String LONG_BIEN = "004";
    private static final String OTHER_WARD = "00115";

    @Test
    void everyOperationAnswersEveryCallerAsExpected() {
        String venue = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String device = Fixtures.device(venue).getString("token");
        String spareDevice = Fixtures.device(venue).getString("deviceId");
        String otherVenue = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Fixtures.venueJson("Chợ " + UUID.randomUUID(), "00001")).when().post("/api/v1/venues")
                .then().statusCode(201).extract().jsonPath().getString("id");
        String otherDevice = Fixtures.device(otherVenue).getString("token");
        String checkin = Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now());
        String trace = """
                {"subjectType":"CCCD","subjectValue":"001090012345","from":"%s","to":"%s"}
                """.formatted(Fixtures.now().minusDays(1), Fixtures.now());

        AuthorizationMatrix.of("checkin-service")
                .token(ADMIN, Tokens.admin())
                .token(INSPECTOR, Tokens.inspector(LONG_BIEN))
                .token(HEALTH_OFFICIAL, Tokens.healthOfficial())
                .token(DEVICE, device)
                .token(INSPECTOR_OTHER_DISTRICT, Tokens.inspector("001"))
                .token(INSPECTOR_OTHER_WARD, Tokens.inspector(LONG_BIEN, OTHER_WARD))
                .token(DEVICE_OTHER_PLACE, otherDevice)
                .token(DEVICE_ISSUER_ADMIN, Tokens.signDevice("admin", Map.of()))
                .pathValue("id", venue)
                .pathValue("deviceId", spareDevice)
                .expect("POST /api/v1/venues", "401 ok 403 403 403 403 403 403 401")
                .expect("GET /api/v1/venues", "401 ok ok 403 403 403 ok 403 401", Call.query("districtCode=" + LONG_BIEN))
                .expect("POST /api/v1/venues/import", "401 ok 403 403 403 403 403 403 401",
                        Call.body("text/csv", "name,type,wardCode,address,capacity,openingHours\n"))
                .expect("GET /api/v1/venues/{id}", "401 ok ok 403 403 404 404 403 401")
                .expect("PUT /api/v1/venues/{id}", "401 ok 403 403 403 403 403 403 401")
                .expect("POST /api/v1/venues/{id}/close", "401 ok 403 403 403 403 403 403 401")
                .expect("POST /api/v1/venues/{id}/reopen", "401 ok 403 403 403 403 403 403 401")
                .expect("POST /api/v1/venues/{id}/qr", "401 ok 403 403 403 403 403 403 401")
                .expect("GET /api/v1/venues/{id}/qr.png", "401 ok 403 403 403 403 403 403 401")
                .expect("POST /api/v1/venues/{id}/devices", "401 ok 403 403 403 403 403 403 401")
                .expect("GET /api/v1/venues/{id}/devices", "401 ok 403 403 403 403 403 403 401")
                .expect("DELETE /api/v1/venues/{id}/devices/{deviceId}", "401 ok 403 403 403 403 403 403 401")
                .expect("POST /api/v1/checkins", "401 403 403 403 ok 403 403 ok 401", Call.body(checkin))
                .expect("POST /api/v1/checkins/batch", "ok 403 403 403 ok 403 403 ok 401", Call.body("{\"events\":[" + checkin + "]}"))
                .expect("POST /api/v1/devices/heartbeat", "401 403 403 403 ok 403 403 ok 401")
                .expect("GET /api/v1/trace", "401 403 403 ok 403 403 403 403 401",
                        Call.query("subjectType=CCCD&subjectValue=001090012345&from=2021-08-01T00:00:00%2B07:00"
                                + "&to=2021-08-02T00:00:00%2B07:00"))
                .expect("POST /api/v1/trace", "401 403 403 ok 403 403 403 403 401", Call.body(trace))
                .verify();
    }
}
