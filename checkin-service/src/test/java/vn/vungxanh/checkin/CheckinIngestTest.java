package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import io.restassured.path.json.JsonPath;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class CheckinIngestTest {

    @jakarta.inject.Inject
    vn.vungxanh.common.ingest.StoredEventIds storedEventIds;

    @Test
    void acceptedCheckinIsOnKafkaKeyedByVenueWithWardAndDeviceAndStoredWithoutTheRawIdentifier() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        JsonPath device = Fixtures.device(venueId);
        String eventId = UUID.randomUUID().toString();
        String cccd = "001090012345";

        given().auth().oauth2(device.getString("token"))
                .contentType(ContentType.JSON)
                .body(Fixtures.checkin(eventId, "CCCD", cccd, Fixtures.now()))
                .when().post("/api/v1/checkins")
                .then().statusCode(202)
                .body("eventId", equalTo(eventId))
                .body("status", equalTo("ACCEPTED"));

        Checkin stored = await().atMost(Duration.ofSeconds(20)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Checkin.<Checkin>findById(eventId)),
                c -> c != null);
        assertEquals(venueId, stored.venueId);
        assertEquals(Fixtures.WARD, stored.wardCode);
        assertEquals(device.getString("deviceId"), stored.deviceId);
        assertFalse(stored.subjectHash.contains(cccd));

        List<ConsumerRecord<String, String>> records = KafkaBroker.readAll(Topics.CHECKINS).stream()
                .filter(r -> r.value().contains(eventId))
                .toList();
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(venueId, record.key());
        assertTrue(record.value().contains("\"wardCode\":\"" + Fixtures.WARD + "\""));
        assertTrue(record.value().contains("\"deviceId\":\"" + device.getString("deviceId") + "\""));
        assertFalse(record.value().contains(cccd), "the raw identifier must never reach Kafka");
        record.headers().forEach(h -> assertFalse(new String(h.value()).contains(cccd)));
        assertNotNull(record.headers().lastHeader("ce_type"), "events carry CloudEvents headers");
    }

    @Test
    void aRetriedEventIsAnsweredDuplicateAndPublishedAndStoredOnce() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        String eventId = UUID.randomUUID().toString();
        String body = Fixtures.checkin(eventId, "PHONE", "0912345678", Fixtures.now());

        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins").then().statusCode(202).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins").then().statusCode(202).body("status", equalTo("DUPLICATE"));

        await().atMost(Duration.ofSeconds(20)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Checkin.<Checkin>findById(eventId)) != null);
        assertEquals(1, KafkaBroker.readAll(Topics.CHECKINS).stream().filter(r -> r.value().contains(eventId)).count());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Checkin.count("eventId", eventId)));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("vx_ingest_events_total{kind=\"checkin\",outcome=\"duplicate\",reason=\"none\"}"))
                .body(containsString("vx_ingest_events_total{kind=\"checkin\",outcome=\"accepted\",reason=\"none\"}"))
                .body(containsString("vx_ingest_produce_seconds_count{kind=\"checkin\"}"));
    }

    @Test
    void aRetryOfAnEventStoredBeforeARestartIsDuplicate() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        String eventId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            Checkin c = new Checkin();
            c.eventId = eventId;
            c.venueId = venueId;
            c.subjectType = vn.vungxanh.events.SubjectType.APP;
            c.subjectHash = "h";
            c.direction = vn.vungxanh.events.CheckinEvent.Direction.IN;
            c.scannedAt = java.time.Instant.now();
            c.receivedAt = java.time.Instant.now();
            c.persist();
        });
        storedEventIds.load();

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(eventId, "APP", "app-1", Fixtures.now()))
                .when().post("/api/v1/checkins").then().statusCode(202).body("status", equalTo("DUPLICATE"));
        assertEquals(0, KafkaBroker.readAll(Topics.CHECKINS).stream().filter(r -> r.value().contains(eventId)).count());
    }

    @Test
    void aBatchAnswersPerEventAndOneBadEventDoesNotSinkTheRest() {
        String venueId = Fixtures.venue("Siêu thị " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        String good1 = UUID.randomUUID().toString();
        String good2 = UUID.randomUUID().toString();
        String body = "{\"events\":[" + Fixtures.checkin(good1, "CCCD", "001090012345", Fixtures.now()) + ","
                + Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "12", Fixtures.now()) + ","
                + "{\"eventId\":\"not-a-uuid\",\"direction\":\"IN\"},"
                + "{\"eventId\":\"" + UUID.randomUUID() + "\",\"subject\":[1,2],\"direction\":\"IN\"},"
                + Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", OffsetDateTime.now(Fixtures.HANOI).plusHours(1)) + ","
                + Fixtures.checkin(good1, "CCCD", "001090012345", Fixtures.now()) + ","
                + Fixtures.checkin(good2, "PASSPORT", "b1234567", Fixtures.now()) + "]}";

        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(2))
                .body("duplicates", equalTo(1))
                .body("invalid", equalTo(4))
                .body("results[0].status", equalTo("ACCEPTED"))
                .body("results[1].status", equalTo("INVALID"))
                .body("results[1].errors[0].field", equalTo("events[1].subject.value"))
                .body("results[2].problemStatus", equalTo(422))
                .body("results[2].errors[0].field", equalTo("events[2].eventId"))
                .body("results[3].problemStatus", equalTo(400))
                .body("results[3].errors[0].field", equalTo("events[3].subject"))
                .body("results[4].errors[0].field", equalTo("events[4].scannedAt"))
                .body("results[5].status", equalTo("DUPLICATE"))
                .body("results[6].status", equalTo("ACCEPTED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Checkin.count("eventId in ?1", List.of(good1, good2))) == 2L);
    }

    @Test
    void anOversizeOrShapelessBatchIsRefusedWhole() {
        String token = Tokens.venueDevice("any");
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            events.add(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"events\":[" + String.join(",", events) + "]}")
                .when().post("/api/v1/checkins/batch")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("events"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"events\":{}}")
                .when().post("/api/v1/checkins/batch")
                .then().statusCode(422).body("errors[0].field", equalTo("events"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"events\":[")
                .when().post("/api/v1/checkins/batch")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aRevokedDeviceIsRefusedAndHeartbeatsArePublishedByPlace() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        JsonPath device = Fixtures.device(venueId);
        String token = device.getString("token");

        given().auth().oauth2(token).when().post("/api/v1/devices/heartbeat").then().statusCode(204);
        assertTrue(KafkaBroker.readAll(Topics.HEARTBEATS).stream()
                .anyMatch(r -> venueId.equals(r.key()) && r.value().contains(device.getString("deviceId"))));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/venues/{id}/devices", venueId)
                .then().statusCode(200).body("deviceId", hasItem(device.getString("deviceId")));

        given().auth().oauth2(Tokens.admin())
                .when().delete("/api/v1/venues/{id}/devices/{d}", venueId, device.getString("deviceId"))
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("revoked"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertTrue(KafkaBroker.readAll(Topics.DEVICES).stream()
                .anyMatch(r -> r.key().equals(venueId + "/" + device.getString("deviceId")) && r.value().contains("\"active\":false"))));
    }

    @Test
    void aTokenThatWorkedIsRefusedOnceItHasExpiredAndATamperedOneNever() throws InterruptedException {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Tokens.signDevice("device", java.util.Map.of("venue", venueId), 2);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                    .when().post("/api/v1/checkins")
                    .then().statusCode(202);
        }
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(tampered).contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins")
                .then().statusCode(401);

        Thread.sleep(3_500); // lifetime 2 s and, in tests, 1 s of allowed clock skew
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins")
                .then().statusCode(401);
    }

    @Test
    void missingAndInvalidFieldsAreNamedInAProblem() {
        given().auth().oauth2(Tokens.venueDevice("venue-1"))
                .contentType(ContentType.JSON)
                .body("{\"subject\":{\"type\":\"CCCD\"},\"direction\":\"IN\",\"scannedAt\":\"" + OffsetDateTime.now(Fixtures.HANOI) + "\","
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
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", OffsetDateTime.now(Fixtures.HANOI))
                        .replace("\"IN\"", "\"SIDEWAYS\""))
                .when().post("/api/v1/checkins")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("direction"));
    }

    @Test
    void scansFromTheFutureMalformedIdentifiersAndUnknownVenuesAreRefused() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        given().auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", OffsetDateTime.now(Fixtures.HANOI).plusMinutes(10)))
                .when().post("/api/v1/checkins")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("scannedAt"));

        given().auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "PHONE", "12", OffsetDateTime.now(Fixtures.HANOI)))
                .when().post("/api/v1/checkins")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("subject.value"))
                .body("detail", containsString("phone"));

        given().auth().oauth2(Tokens.venueDevice("venue-that-does-not-exist"))
                .contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void onlyAVenueDeviceOrAPosterMayPost() {
        String body = Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", OffsetDateTime.now(Fixtures.HANOI));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.inspector("004")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.checkpointDevice("cp-1")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/checkins")
                .then().statusCode(403);
    }
}
