package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class CheckinIngestTest {

    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);

    @Test
    void acceptedCheckinIsOnKafkaKeyedByVenueAndStoredWithoutTheRawIdentifier() {
        String venueId = "venue-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String cccd = "001090012345";

        given().auth().oauth2(Tokens.venueDevice(venueId))
                .contentType(ContentType.JSON)
                .body(checkin(eventId, "CCCD", cccd, OffsetDateTime.now(HANOI).minusMinutes(1)))
                .when().post("/api/v1/checkins")
                .then().statusCode(202)
                .body("eventId", equalTo(eventId))
                .body("status", equalTo("ACCEPTED"));

        Checkin stored = await().atMost(Duration.ofSeconds(20)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Checkin.<Checkin>findById(eventId)),
                c -> c != null);
        assertEquals(venueId, stored.venueId);
        assertEquals(43, stored.subjectHash.length());
        assertFalse(stored.subjectHash.contains(cccd));

        List<ConsumerRecord<String, String>> records = KafkaBroker.readAll(Topics.CHECKINS).stream()
                .filter(r -> r.value().contains(eventId))
                .toList();
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(venueId, record.key());
        assertFalse(record.value().contains(cccd), "the raw identifier must never reach Kafka");
        record.headers().forEach(h -> assertFalse(new String(h.value()).contains(cccd)));
        assertNotNull(record.headers().lastHeader("ce_type"), "events carry CloudEvents headers");
    }

    @Test
    void missingAndInvalidFieldsAreNamedInAProblem() {
        given().auth().oauth2(Tokens.venueDevice("venue-1"))
                .contentType(ContentType.JSON)
                .body("{\"subject\":{\"type\":\"CCCD\"},\"direction\":\"IN\",\"scannedAt\":\"" + OffsetDateTime.now(HANOI) + "\","
                        + "\"temperatureC\":12}")
                .when().post("/api/v1/checkins")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("eventId"))
                .body("errors.field", hasItem("subject.value"))
                .body("errors.field", hasItem("temperatureC"));
    }

    @Test
    void malformedJsonIs400AndAnUnknownEnumIs422() {
        given().auth().oauth2(Tokens.venueDevice("venue-1"))
                .contentType(ContentType.JSON)
                .body("{\"eventId\": ")
                .when().post("/api/v1/checkins")
                .then().statusCode(400)
                .contentType("application/problem+json");

        given().auth().oauth2(Tokens.venueDevice("venue-1"))
                .contentType(ContentType.JSON)
                .body(checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", OffsetDateTime.now(HANOI))
                        .replace("\"IN\"", "\"SIDEWAYS\""))
                .when().post("/api/v1/checkins")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("direction"));
    }

    @Test
    void scansFromTheFutureAndMalformedIdentifiersAre422() {
        given().auth().oauth2(Tokens.venueDevice("venue-1"))
                .contentType(ContentType.JSON)
                .body(checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", OffsetDateTime.now(HANOI).plusMinutes(10)))
                .when().post("/api/v1/checkins")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("scannedAt"));

        given().auth().oauth2(Tokens.venueDevice("venue-1"))
                .contentType(ContentType.JSON)
                .body(checkin(UUID.randomUUID().toString(), "PHONE", "12", OffsetDateTime.now(HANOI)))
                .when().post("/api/v1/checkins")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("subject.value"))
                .body("detail", containsString("phone"));
    }

    @Test
    void onlyAVenueDeviceMayPost() {
        String body = checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", OffsetDateTime.now(HANOI));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.inspector("004")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.checkpointDevice("cp-1")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins")
                .then().statusCode(403);
    }

    static String checkin(String eventId, String subjectType, String subjectValue, OffsetDateTime scannedAt) {
        return """
                {"eventId":"%s","subject":{"type":"%s","value":"%s"},"direction":"IN","scannedAt":"%s","temperatureC":36.6}
                """.formatted(eventId, subjectType, subjectValue, scannedAt);
    }
}
