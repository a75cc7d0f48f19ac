package vn.vungxanh.checkpoint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.checkpoint.messaging.Housekeeping;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkpoint") })
class PassageQueryTest {

    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);

    @Inject
    Housekeeping housekeeping;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    DataSource dataSource;

    @Test
    void inspectorsQueryTheirCheckpointsHealthOfficialsQueryATravellerAndThroughputIsHourly() throws Exception {
        String cp = PassageIngestTest.checkpoint();
        String token = PassageIngestTest.device(cp).getString("token");
        OffsetDateTime at = OffsetDateTime.now(HANOI).minusHours(2).truncatedTo(ChronoUnit.HOURS).plusMinutes(10);
        String cccd = "0010900" + (10000 + (int) (Math.random() * 89999));
        post(token, cccd, at, "ALLOWED");
        post(token, cccd, at.plusMinutes(5), "TURNED_BACK");
        String last = post(token, "001090099999", at.plusHours(1), "ALLOWED");
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(last) != null);
        String from = at.minusHours(1).toString();
        String to = at.plusHours(3).toString();

        given().auth().oauth2(Tokens.inspector("004")).queryParam("checkpointId", cp).queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/passages")
                .then().statusCode(200).body("total", equalTo(3)).body("items.checkpointId", everyItem(equalTo(cp)));
        given().auth().oauth2(Tokens.inspector("001")).queryParam("checkpointId", cp).queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/passages").then().statusCode(404); // another district's checkpoint: as unknown
        given().auth().oauth2(Tokens.inspector("004")).queryParam("checkpointId", cp).queryParam("from", "yesterday")
                .queryParam("to", to)
                .when().get("/api/v1/passages").then().statusCode(422).body("errors[0].field", equalTo("from"));

        given().auth().oauth2(Tokens.healthOfficial()).queryParam("subjectType", "CCCD").queryParam("subjectValue", cccd)
                .queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/passages/by-subject")
                .then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(Tokens.inspector("004")).queryParam("subjectType", "CCCD").queryParam("subjectValue", cccd)
                .queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/passages/by-subject").then().statusCode(403);
        assertEquals(1, audited(pseudonymiser.pseudonymise(SubjectType.CCCD, cccd, "v").hash()),
                "the health official's query, and only that one, is in the audit trail");

        given().auth().oauth2(Tokens.inspector("004")).queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/checkpoints/{id}/throughput", cp)
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].passages", equalTo(2))
                .body("[0].decisions.ALLOWED", equalTo(1))
                .body("[0].decisions.TURNED_BACK", equalTo(1))
                .body("[1].passages", equalTo(1));
    }

    @Test
    void vehiclePlatesArePseudonymisedAndPseudonymsAreShownToHealthOfficialsOnly() throws Exception {
        String cp = PassageIngestTest.checkpoint();
        String token = PassageIngestTest.device(cp).getString("token");
        OffsetDateTime at = OffsetDateTime.now(HANOI).minusMinutes(30);
        String cccd = "0010911" + (10000 + (int) (Math.random() * 89999));
        String plate = "29A-" + (100 + (int) (Math.random() * 899)) + ".77";
        String first = post(token, cccd, at, "ALLOWED", plate);
        String second = post(token, cccd, at.plusMinutes(1), "ALLOWED", plate.toLowerCase().replace("-", " "));
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(first) != null && stored(second) != null);

        assertFalse(KafkaBroker.readAll(Topics.PASSAGES).stream().anyMatch(r -> r.value().contains(plate)),
                "the plate never reaches Kafka");
        assertFalse(storedAnywhere(first, plate), "the plate is never stored");
        String from = at.minusHours(1).toString();
        String to = at.plusHours(1).toString();

        String inspectorView = given().auth().oauth2(Tokens.inspector("004")).queryParam("checkpointId", cp)
                .queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/passages").then().statusCode(200).body("total", equalTo(2))
                .extract().asString();
        assertFalse(inspectorView.contains("subjectHash"), "inspectors see no traveller pseudonym: " + inspectorView);
        assertFalse(inspectorView.contains("vehiclePlate"), "inspectors see no plate nor its pseudonym");

        JsonPath traced = given().auth().oauth2(Tokens.healthOfficial()).contentType(ContentType.JSON)
                .body("""
                        {"subjectType":"CCCD","subjectValue":"%s","from":"%s","to":"%s"}
                        """.formatted(cccd, from, to))
                .when().post("/api/v1/passages/by-subject").then().statusCode(200).body("total", equalTo(2))
                .extract().jsonPath();
        assertEquals(pseudonymiser.pseudonymise(SubjectType.CCCD, cccd, "v").hash(), traced.getString("items[0].subjectHash"));
        String plateHash = traced.getString("items[0].vehiclePlateHash");
        assertNotNull(plateHash, "a health official can link the vehicle's passages");
        assertEquals(plateHash, traced.getString("items[1].vehiclePlateHash"), "one plate however it is written");
    }

    @Test
    void passagesPastTheRetentionPeriodAreDeleted() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            passage(old, Instant.now().minus(Duration.ofDays(22))).persist();
            passage(recent, Instant.now().minus(Duration.ofDays(1))).persist();
        });
        housekeeping.applyRetention(Instant.now());
        assertNull(stored(old));
        assertNotNull(stored(recent));
    }

    private static Passage passage(String id, Instant at) {
        Passage p = new Passage();
        p.eventId = id;
        p.checkpointId = "cp-retention";
        p.subjectType = SubjectType.APP;
        p.subjectHash = "h-" + id;
        p.direction = PassageEvent.Direction.INBOUND;
        p.scannedAt = at.truncatedTo(ChronoUnit.MILLIS);
        p.receivedAt = p.scannedAt;
        p.decision = PassageEvent.Decision.ALLOWED;
        return p;
    }

    private static Passage stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Passage.<Passage>findById(id));
    }

    private static String post(String token, String cccd, OffsetDateTime at, String decision) {
        return post(token, cccd, at, decision, null);
    }

    private static String post(String token, String cccd, OffsetDateTime at, String decision, String plate) {
        String eventId = UUID.randomUUID().toString();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","subject":{"type":"CCCD","value":"%s"},"direction":"INBOUND","scannedAt":"%s",
                         "originProvinceCode":"31","destinationWardCode":"00001","decision":"%s"%s}
                        """.formatted(eventId, cccd, at, decision,
                        plate == null ? "" : ",\"vehiclePlate\":\"" + plate + "\""))
                .when().post("/api/v1/passages")
                .then().statusCode(202);
        return eventId;
    }

    /** Whether any column of the stored passage holds the value. */
    private boolean storedAnywhere(String eventId, String value) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM passage WHERE event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    if (value.equals(rs.getString(i))) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    private long audited(String subjectHash) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*)"
                + " FROM trace_audit WHERE subject_hash = ? AND query = 'passages' AND asked_by = 'health-official-test'")) {
            s.setString(1, subjectHash);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
