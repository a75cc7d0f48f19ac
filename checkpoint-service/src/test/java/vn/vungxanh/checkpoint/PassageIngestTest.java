package vn.vungxanh.checkpoint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkpoint") })
class PassageIngestTest {

    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);

    @Inject
    Pseudonymiser pseudonymiser;

    @Test
    void acceptedPassageIsOnKafkaKeyedByCheckpointAndStored() {
        String checkpointId = checkpoint();
        var device = device(checkpointId);
        String eventId = UUID.randomUUID().toString();
        String passport = "C1234567";

        given().auth().oauth2(device.getString("token"))
                .contentType(ContentType.JSON)
                .body(passage(eventId, passport, "\"originWardCode\":\"11296\",\"symptoms\":[\"cough\"],\"vehiclePlate\":\"15A-12345\","))
                .when().post("/api/v1/passages")
                .then().statusCode(202)
                .body("eventId", equalTo(eventId))
                .body("status", equalTo("ACCEPTED"));

        Passage stored = await().atMost(Duration.ofSeconds(20)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Passage.<Passage>findById(eventId)),
                p -> p != null);
        assertEquals(checkpointId, stored.checkpointId);
        assertEquals("31", stored.originProvinceCode, "derived from the origin ward");
        assertEquals("00001", stored.destinationWardCode);
        assertEquals(PassageEvent.Decision.ALLOWED, stored.decision);

        List<ConsumerRecord<String, String>> records = KafkaBroker.readAll(Topics.PASSAGES).stream()
                .filter(r -> r.value().contains(eventId))
                .toList();
        assertEquals(1, records.size());
        assertEquals(checkpointId, records.get(0).key());
        String json = records.get(0).value();
        assertTrue(json.contains("\"wardCode\":\"00118\""), json);
        assertTrue(json.contains("\"deviceId\":\"" + device.getString("deviceId") + "\""), json);
        assertTrue(json.contains("\"symptoms\":[\"cough\"]"), json);
        assertFalse(json.contains("15A-12345"), "the raw vehicle plate must never reach Kafka: " + json);
        assertTrue(json.contains("\"vehiclePlateHash\":\"" + pseudonymiser.vehiclePlate("15A-12345") + "\""), json);

        given().auth().oauth2(device.getString("token")).contentType(ContentType.JSON)
                .body(passage(eventId, passport, "\"originProvinceCode\":\"31\","))
                .when().post("/api/v1/passages")
                .then().statusCode(202).body("status", equalTo("DUPLICATE"));
        assertFalse(records.get(0).value().contains(passport), "the raw identifier must never reach Kafka");
    }

    @Test
    void aPassageWithoutOriginOrDecisionIsRefusedNamingTheFields() {
        given().auth().oauth2(Tokens.checkpointDevice("cp-1"))
                .contentType(ContentType.JSON)
                .body(passage(UUID.randomUUID().toString(), "C1234567", "").replace(",\"decision\":\"ALLOWED\"", ""))
                .when().post("/api/v1/passages")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("origin"))
                .body("errors.field", hasItem("decision"));
    }

    @Test
    void badCodesAndTemperaturesAre422() {
        given().auth().oauth2(Tokens.checkpointDevice("cp-1"))
                .contentType(ContentType.JSON)
                .body(passage(UUID.randomUUID().toString(), "C1234567", "\"originWardCode\":\"12\",")
                        .replace("36.8", "52"))
                .when().post("/api/v1/passages")
                .then().statusCode(422)
                .body("errors.field", hasItem("originWardCode"))
                .body("errors.field", hasItem("temperatureC"));
    }

    @Test
    void aVenueDeviceCannotPostPassages() {
        given().auth().oauth2(Tokens.venueDevice("venue-1"))
                .contentType(ContentType.JSON)
                .body(passage(UUID.randomUUID().toString(), "C1234567", "\"originProvinceCode\":\"31\","))
                .when().post("/api/v1/passages")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aBatchAnswersPerEventAndUnknownPlacesAre422() {
        String checkpointId = checkpoint();
        String token = device(checkpointId).getString("token");
        String good = UUID.randomUUID().toString();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"events\":[" + passage(good, "C1234567", "\"originProvinceCode\":\"31\",") + ","
                        + passage(UUID.randomUUID().toString(), "C1234567", "\"originProvinceCode\":\"99\",") + ","
                        + passage(UUID.randomUUID().toString(), "C1234567", "\"originWardCode\":\"99999\",") + "]}")
                .when().post("/api/v1/passages/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("results[1].errors[0].field", equalTo("events[1].originProvinceCode"))
                .body("results[2].errors[0].field", equalTo("events[2].originWardCode"));
        given().auth().oauth2(Tokens.checkpointDevice("not-registered")).contentType(ContentType.JSON)
                .body(passage(UUID.randomUUID().toString(), "C1234567", "\"originProvinceCode\":\"31\","))
                .when().post("/api/v1/passages")
                .then().statusCode(403).contentType("application/problem+json");
    }

    static String checkpoint() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"Chốt cầu Chương Dương\",\"kind\":\"DISTRICT_BORDER\",\"wardCode\":\"00118\",\"lat\":21.04,\"lon\":105.86}")
                .when().post("/api/v1/checkpoints")
                .then().statusCode(201).extract().path("id");
    }

    static io.restassured.path.json.JsonPath device(String checkpointId) {
        return given().auth().oauth2(Tokens.admin()).when().post("/api/v1/checkpoints/{id}/devices", checkpointId)
                .then().statusCode(201).extract().jsonPath();
    }

    static String passage(String eventId, String passport, String origin) {
        return """
                {"eventId":"%s","subject":{"type":"PASSPORT","value":"%s"},"direction":"INBOUND","scannedAt":"%s",%s\
                "destinationWardCode":"00001","temperatureC":36.8,"decision":"ALLOWED"}
                """.formatted(eventId, passport, OffsetDateTime.now(HANOI).minusMinutes(2), origin);
    }
}
