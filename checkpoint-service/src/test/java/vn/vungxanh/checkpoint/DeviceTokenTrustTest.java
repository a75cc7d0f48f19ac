package vn.vungxanh.checkpoint;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** The key this service signs device tokens with can make nothing but device tokens. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkpoint") })
class DeviceTokenTrustTest {

    @Test
    void adminAndInspectorTokensSignedWithTheDeviceKeyAre401() {
        String checkpointId = PassageIngestTest.checkpoint();
        for (String token : new String[] { Tokens.signDevice("admin", Map.of()),
                Tokens.signPersonWithDeviceKey("admin", Map.of()),
                Tokens.signDevice("inspector", Map.of("district", "004")),
                Tokens.signPersonWithDeviceKey("inspector", Map.of("district", "004")) }) {
            given().auth().oauth2(token).when().get("/api/v1/checkpoints")
                    .then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(token).when().post("/api/v1/checkpoints/{id}/devices", checkpointId)
                    .then().statusCode(401);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(PassageIngestTest.passage(UUID.randomUUID().toString(), "B1234567", "\"originProvinceCode\":\"01\","))
                    .when().post("/api/v1/passages").then().statusCode(401);
        }
    }

    @Test
    void aDeviceTokenPostsPassagesAndIsForbiddenEverywhereElse() {
        String checkpointId = PassageIngestTest.checkpoint();
        String token = PassageIngestTest.device(checkpointId).getString("token");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(PassageIngestTest.passage(UUID.randomUUID().toString(), "B1234567", "\"originProvinceCode\":\"01\","))
                .when().post("/api/v1/passages").then().statusCode(202);
        given().auth().oauth2(token).when().get("/api/v1/checkpoints").then().statusCode(403);
        given().auth().oauth2(token).when().post("/api/v1/checkpoints/{id}/devices", checkpointId).then().statusCode(403);
        given().auth().oauth2(Tokens.sign("device", Map.of("checkpoint", checkpointId))).contentType(ContentType.JSON)
                .body(PassageIngestTest.passage(UUID.randomUUID().toString(), "B1234567", "\"originProvinceCode\":\"01\","))
                .when().post("/api/v1/passages").then().statusCode(401);
    }
}
