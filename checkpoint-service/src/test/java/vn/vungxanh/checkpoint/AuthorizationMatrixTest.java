package vn.vungxanh.checkpoint;

import static io.restassured.RestAssured.given;
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

/**
 * Every operation of the checkpoint API, as every kind of caller. Columns: no token, admin, inspector of the
 * checkpoint's district, health official, the checkpoint's device, inspector of another district, inspector of
 * another ward of the district, device of another checkpoint, device-issuer token with an admin claim.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkpoint") })
class AuthorizationMatrixTest {

    private static final String LONG_BIEN = "004";
    private static final String OTHER_WARD = "00115";

    @Test
    void everyOperationAnswersEveryCallerAsExpected() {
        String checkpoint = PassageIngestTest.checkpoint();
        String device = PassageIngestTest.device(checkpoint).getString("token");
        String spareDevice = PassageIngestTest.device(checkpoint).getString("deviceId");
        String otherDevice = PassageIngestTest.device(PassageIngestTest.checkpoint()).getString("token");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
        String permit = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("""
                {"subject":{"type":"CCCD","value":"001090012345"},"fromWardCode":"00118","toWardCode":"00001",
                 "validFrom":"%s","validTo":"%s","purpose":"work"}
                """.formatted(now.minusHours(1), now.plusHours(1))).when().post("/api/v1/permits")
                .then().statusCode(201).extract().path("id");
        String passage = PassageIngestTest.passage(UUID.randomUUID().toString(), "C1234567",
                "\"originProvinceCode\":\"31\",");
        String period = "from=" + now.minusDays(1).toInstant() + "&to=" + now.toInstant();
        String subject = "subjectType=CCCD&subjectValue=001090012345&" + period;

        AuthorizationMatrix.of("checkpoint-service")
                .token(ADMIN, Tokens.admin())
                .token(INSPECTOR, Tokens.inspector(LONG_BIEN))
                .token(HEALTH_OFFICIAL, Tokens.healthOfficial())
                .token(DEVICE, device)
                .token(INSPECTOR_OTHER_DISTRICT, Tokens.inspector("001"))
                .token(INSPECTOR_OTHER_WARD, Tokens.inspector(LONG_BIEN, OTHER_WARD))
                .token(DEVICE_OTHER_PLACE, otherDevice)
                .token(DEVICE_ISSUER_ADMIN, Tokens.signDevice("admin", Map.of()))
                .pathValue("id", checkpoint)
                .pathValue("deviceId", spareDevice)
                .expect("POST /api/v1/checkpoints", "401 ok 403 403 403 403 403 403 401")
                .expect("GET /api/v1/checkpoints", "401 ok ok 403 403 403 ok 403 401", Call.query("districtCode=" + LONG_BIEN))
                .expect("GET /api/v1/checkpoints/{id}", "401 ok ok 403 403 404 404 403 401")
                .expect("PUT /api/v1/checkpoints/{id}", "401 ok 403 403 403 403 403 403 401")
                .expect("POST /api/v1/checkpoints/{id}/close", "401 ok 403 403 403 403 403 403 401")
                .expect("POST /api/v1/checkpoints/{id}/reopen", "401 ok 403 403 403 403 403 403 401")
                .expect("GET /api/v1/checkpoints/{id}/throughput", "401 ok ok 403 403 404 404 403 401", Call.query(period))
                .expect("POST /api/v1/checkpoints/{id}/devices", "401 ok 403 403 403 403 403 403 401")
                .expect("GET /api/v1/checkpoints/{id}/devices", "401 ok 403 403 403 403 403 403 401")
                .expect("DELETE /api/v1/checkpoints/{id}/devices/{deviceId}", "401 ok 403 403 403 403 403 403 401")
                .expect("POST /api/v1/checkpoints/{id}/shifts", "401 403 403 403 ok 403 403 403 401",
                        Call.body("{\"action\":\"START\",\"officers\":3}"))
                .expect("POST /api/v1/permits", "401 ok 403 403 403 403 403 403 401")
                .expect("POST /api/v1/permits/{id}/revoke", "401 ok 403 403 403 403 403 403 401", Call.plain().withPath("id", permit))
                .expect("POST /api/v1/passages", "401 403 403 403 ok 403 403 ok 401", Call.body(passage))
                .expect("GET /api/v1/passages", "401 ok ok 403 403 404 404 403 401",
                        Call.query("checkpointId=" + checkpoint + "&" + period))
                .expect("POST /api/v1/passages/batch", "401 403 403 403 ok 403 403 ok 401", Call.body("{\"events\":[" + passage + "]}"))
                .expect("GET /api/v1/passages/by-subject", "401 403 403 ok 403 403 403 403 401", Call.query(subject))
                .expect("POST /api/v1/passages/by-subject", "401 403 403 ok 403 403 403 403 401", Call.body("""
                        {"subjectType":"CCCD","subjectValue":"001090012345","from":"%s","to":"%s"}
                        """.formatted(now.minusDays(1), now)))
                .expect("POST /api/v1/checkpoints/devices/heartbeat", "401 403 403 403 ok 403 403 ok 401")
                .expect("POST /api/v1/certificates/verify", "401 403 403 403 ok 403 403 ok 401",
                        Call.body("{\"certificateQr\":\"HC1:NCF\"}"))
                .expect("GET /api/v1/certificates/trust-list", "401 ok 403 403 403 403 403 403 401")
                .verify();
    }
}
