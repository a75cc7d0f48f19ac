package vn.vungxanh.checkpoint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

    @Test
    void acceptedPassageIsOnKafkaKeyedByCheckpointAndStored() {
        String checkpointId = "cp-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String passport = "C1234567";

        given().auth().oauth2(Tokens.checkpointDevice(checkpointId))
                .contentType(ContentType.JSON)
                .body(passage(eventId, passport, "\"originProvinceCode\":\"31\","))
                .when().post("/api/v1/passages")
                .then().statusCode(202)
                .body("eventId", equalTo(eventId))
                .body("status", equalTo("ACCEPTED"));

        Passage stored = await().atMost(Duration.ofSeconds(20)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Passage.<Passage>findById(eventId)),
                p -> p != null);
        assertEquals(checkpointId, stored.checkpointId);
        assertEquals("31", stored.originProvinceCode);
        assertEquals("00001", stored.destinationWardCode);
        assertEquals(PassageEvent.Decision.ALLOWED, stored.decision);

        List<ConsumerRecord<String, String>> records = KafkaBroker.readAll(Topics.PASSAGES).stream()
                .filter(r -> r.value().contains(eventId))
                .toList();
        assertEquals(1, records.size());
        assertEquals(checkpointId, records.get(0).key());
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

    static String passage(String eventId, String passport, String origin) {
        return """
                {"eventId":"%s","subject":{"type":"PASSPORT","value":"%s"},"direction":"INBOUND","scannedAt":"%s",%s\
                "destinationWardCode":"00001","temperatureC":36.8,"decision":"ALLOWED"}
                """.formatted(eventId, passport, OffsetDateTime.now(HANOI).minusMinutes(2), origin);
    }
}
