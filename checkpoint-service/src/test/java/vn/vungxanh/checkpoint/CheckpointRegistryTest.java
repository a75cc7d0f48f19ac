package vn.vungxanh.checkpoint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkpoint") })
class CheckpointRegistryTest {

    @Test
    void checkpointsAreRegisteredAndEveryChangeReachesTheCompactedTopic() {
        String id = PassageIngestTest.checkpoint();
        given().auth().oauth2(Tokens.inspector("004")).when().get("/api/v1/checkpoints/{id}", id)
                .then().statusCode(200).body("districtCode", equalTo("004")).body("provinceCode", equalTo("01"));
        given().auth().oauth2(Tokens.inspector("004")).queryParam("kind", "DISTRICT_BORDER").queryParam("size", 500)
                .when().get("/api/v1/checkpoints")
                .then().statusCode(200).body("items.id", hasItem(id));
        // outside the caller's district: answered as an unknown id
        given().auth().oauth2(Tokens.inspector("001")).when().get("/api/v1/checkpoints/{id}", id).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/checkpoints/{id}/close", id)
                .then().statusCode(200).body("active", equalTo(false));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var records = KafkaBroker.readAll(Topics.CHECKPOINTS).stream().filter(r -> id.equals(r.key())).toList();
            assertEquals(2, records.size());
            assertTrue(records.get(1).value().contains("\"active\":false"));
        });
    }

    @Test
    void badCheckpointsAreRefusedNamingTheField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"DISTRICT_BORDER\",\"wardCode\":\"99999\"}")
                .when().post("/api/v1/checkpoints")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("wardCode"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"MOAT\",\"wardCode\":\"00118\"}")
                .when().post("/api/v1/checkpoints")
                .then().statusCode(422).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void devicesStartShiftsAndSendHeartbeatsOnlyForTheirCheckpoint() {
        String id = PassageIngestTest.checkpoint();
        var device = PassageIngestTest.device(id);
        String token = device.getString("token");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"action\":\"START\",\"officers\":3}")
                .when().post("/api/v1/checkpoints/{id}/shifts", id)
                .then().statusCode(202).body("action", equalTo("START"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"action\":\"START\",\"officers\":3}")
                .when().post("/api/v1/checkpoints/{id}/shifts", PassageIngestTest.checkpoint())
                .then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"action\":\"NAP\",\"officers\":3}")
                .when().post("/api/v1/checkpoints/{id}/shifts", id)
                .then().statusCode(422).body("errors[0].field", equalTo("action"));
        given().auth().oauth2(token).when().post("/api/v1/checkpoints/devices/heartbeat").then().statusCode(204);

        assertTrue(KafkaBroker.readAll(Topics.SHIFTS).stream()
                .anyMatch(r -> id.equals(r.key()) && r.value().contains("\"officers\":3")));
        assertTrue(KafkaBroker.readAll(Topics.HEARTBEATS).stream()
                .anyMatch(r -> id.equals(r.key()) && r.value().contains(device.getString("deviceId"))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertTrue(KafkaBroker.readAll(Topics.DEVICES).stream()
                .anyMatch(r -> r.key().equals(id + "/" + device.getString("deviceId")))));
    }
}
