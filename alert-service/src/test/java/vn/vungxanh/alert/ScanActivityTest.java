package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class ScanActivityTest {

    private static final Subject SUBJECT = new Subject(SubjectType.CCCD, "pseudonym-of-a-visitor-000000000000000000");

    @Inject
    ObjectMapper json;

    @Test
    void checkinsAreCountedOncePerEventIdWithTheLatestScanTime() throws Exception {
        String venueId = AlertTestKit.registeredVenue(AlertTestKit.THUONG_THANH, "004");
        Instant early = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        Instant late = early.plus(20, ChronoUnit.MINUTES);
        CheckinEvent first = checkin(venueId, late);
        CheckinEvent second = checkin(venueId, early);
        send(Topics.CHECKINS, venueId, json.writeValueAsString(first));
        send(Topics.CHECKINS, venueId, json.writeValueAsString(second));
        send(Topics.CHECKINS, venueId, json.writeValueAsString(first)); // a retry: same event id

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.inspector("004"))
                .when().get("/api/v1/activity/venues/{id}", venueId)
                .then().statusCode(200)
                .body("scanCount", equalTo(2))
                .body("lastScanAt", equalTo(late.toString())));
    }

    @Test
    void passagesAreCountedPerCheckpoint() throws Exception {
        String checkpointId = "cp-" + UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        PassageEvent passage = new PassageEvent(PassageEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), checkpointId,
                null, "device-1", SUBJECT, PassageEvent.Direction.INBOUND, at, at, null, "31", "00001",
                new BigDecimal("36.5"), List.of(), null, null, PassageEvent.Decision.ALLOWED, null);
        send(Topics.PASSAGES, checkpointId, json.writeValueAsString(passage));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/activity/checkpoints/{id}", checkpointId)
                .then().statusCode(200)
                .body("scanCount", equalTo(1))
                .body("lastScanAt", equalTo(at.toString())));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheStreamMovesOn() throws Exception {
        String venueId = "venue-" + UUID.randomUUID();
        send(Topics.CHECKINS, venueId, "{not json at all");
        send(Topics.CHECKINS, venueId, json.writeValueAsString(checkin(venueId, Instant.now())).replace(
                "\"schemaVersion\":1", "\"schemaVersion\":99"));
        send(Topics.CHECKINS, venueId, json.writeValueAsString(checkin(venueId, Instant.now())));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/activity/venues/{id}", venueId)
                .then().statusCode(200)
                .body("scanCount", equalTo(1)));
        List<ConsumerRecord<String, String>> dead = await().atMost(Duration.ofSeconds(20))
                .until(() -> KafkaBroker.readAll(Topics.DEAD_LETTER).stream().filter(r -> venueId.equals(r.key()))
                        .toList(), l -> l.size() == 2);
        // each with where it came from and why it could not be read
        for (ConsumerRecord<String, String> r : dead) {
            assertEquals(Topics.CHECKINS, header(r, "dead-letter-topic"));
        }
        List<String> reasons = dead.stream().map(r -> header(r, "dead-letter-reason")).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("Unexpected character")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("schema version 99")), reasons.toString());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void unknownPlacesAre404AndOtherRolesAreRefused() {
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/activity/venues/{id}", "never-seen")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.healthOfficial())
                .when().get("/api/v1/activity/venues/{id}", "v1")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.venueDevice("v1")) // device tokens are for the ingest services only
                .when().get("/api/v1/activity/venues/{id}", "v1")
                .then().statusCode(401);
        given().when().get("/api/v1/activity/venues/{id}", "v1")
                .then().statusCode(401);
    }

    @Test
    void anInspectorReadsActivityOnlyInsideTheirScopeAndPlacesElsewhereLookUnknown() throws Exception {
        String venueId = AlertTestKit.registeredVenue(AlertTestKit.THUONG_THANH, AlertTestKit.LONG_BIEN);
        String unregistered = "venue-" + UUID.randomUUID();
        String checkpointId = "cp-" + UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        send(Topics.CHECKINS, venueId, json.writeValueAsString(checkin(venueId, at)));
        send(Topics.CHECKINS, unregistered, json.writeValueAsString(checkin(unregistered, at)));
        send(Topics.PASSAGES, checkpointId, json.writeValueAsString(new PassageEvent(PassageEvent.SCHEMA_VERSION,
                UUID.randomUUID().toString(), checkpointId, AlertTestKit.THUONG_THANH, "device-1", SUBJECT,
                PassageEvent.Direction.INBOUND, at, at, null, "31", "00001", new BigDecimal("36.5"), List.of(), null,
                null, PassageEvent.Decision.ALLOWED, null)));
        for (String path : List.of("/api/v1/activity/venues/" + venueId, "/api/v1/activity/checkpoints/"
                + checkpointId, "/api/v1/activity/venues/" + unregistered)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.admin())
                    .when().get(path).then().statusCode(200).body("scanCount", equalTo(1)));
        }

        for (String path : List.of("/api/v1/activity/venues/" + venueId, "/api/v1/activity/checkpoints/"
                + checkpointId)) {
            given().auth().oauth2(Tokens.inspector(AlertTestKit.LONG_BIEN)).when().get(path)
                    .then().statusCode(200);
            given().auth().oauth2(Tokens.inspector(AlertTestKit.LONG_BIEN, AlertTestKit.THUONG_THANH))
                    .when().get(path).then().statusCode(200);
            for (String outsider : List.of(Tokens.inspector(AlertTestKit.BA_DINH),
                    Tokens.inspector(AlertTestKit.LONG_BIEN, AlertTestKit.NGOC_THUY))) {
                given().auth().oauth2(outsider).when().get(path)
                        .then().statusCode(404).contentType("application/problem+json");
            }
        }
        // a venue the registry has not published belongs to no district an inspector could be bound to
        given().auth().oauth2(Tokens.inspector(AlertTestKit.LONG_BIEN))
                .when().get("/api/v1/activity/venues/{id}", unregistered).then().statusCode(404);
        // out of scope answers exactly as never seen, save the id
        String elsewhere = given().auth().oauth2(Tokens.inspector(AlertTestKit.BA_DINH))
                .when().get("/api/v1/activity/venues/{id}", venueId).then().extract().asString();
        String unknown = given().auth().oauth2(Tokens.inspector(AlertTestKit.BA_DINH))
                .when().get("/api/v1/activity/venues/{id}", "never-seen").then().extract().asString();
        assertEquals(unknown.replace("never-seen", venueId), elsewhere);
    }

    @Test
    void readinessCoversKafkaAndTheDatabase() {
        String health = given().when().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertTrue(health.contains("Database connections health check"), health);
        assertTrue(health.contains("Kafka connection health check"), health);
    }

    private static CheckinEvent checkin(String venueId, Instant at) {
        return new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venueId, null, "device-1",
                SUBJECT, CheckinEvent.Direction.IN, at, at, null, CheckinEvent.ScanStatus.ACCEPTED, null);
    }

    private static void send(String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
