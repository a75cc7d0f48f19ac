package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import io.restassured.response.Response;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** Contact tracing through the real broker and database: check-ins posted by devices, stored, then traced. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class TraceTest {

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    DataSource dataSource;

    private final Random random = new Random();

    @Test
    void aHealthOfficialGetsTheTreeOfPeoplePresentAtTheSameVenueAtTheSameTime() throws Exception {
        String market = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String shop = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String marketDevice = Fixtures.device(market).getString("token");
        String shopDevice = Fixtures.device(shop).getString("token");
        String f0 = cccd();
        String f1 = "09" + digits(8);
        String f2 = "C" + digits(7);
        String later = cccd();
        String before = cccd();
        OffsetDateTime t0 = OffsetDateTime.now(Fixtures.HANOI).minusHours(5).truncatedTo(ChronoUnit.SECONDS);

        List<String> events = new ArrayList<>();
        post(marketDevice, events, scan("CCCD", f0, "IN", t0), scan("CCCD", f0, "OUT", t0.plusMinutes(30)),
                scan("PHONE", f1, "IN", t0.plusMinutes(10)), // overlaps F0 at the market: F1
                scan("CCCD", later, "IN", t0.plusMinutes(90))); // came after F0 and F1 left: no contact
        post(shopDevice, events, scan("PHONE", f1, "IN", t0.plusHours(2)),
                scan("PASSPORT", f2, "IN", t0.plusHours(2).plusMinutes(10)), // overlaps F1 at the shop: F2
                scan("CCCD", before, "IN", t0.plusMinutes(20))); // left the shop before F1 came
        String f0Hash = hash(SubjectType.CCCD, f0);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                Checkin.count("eventId in ?1", events) == events.size()
                        && Checkin.count("subjectHash = ?1 and checkOutAt is not null", f0Hash) == 1)); // stored, checked out

        Response tree = trace(Tokens.healthOfficial(), f0, t0.minusHours(1), 2).then().statusCode(200)
                .body("people", equalTo(3))
                .body("truncated", equalTo(false))
                .body("root.level", equalTo("F0"))
                .body("root.subject.hash", equalTo(f0Hash))
                .body("root.visits", hasSize(1))
                .body("root.visits[0].venueId", equalTo(market))
                .body("root.visits[0].to", equalTo(t0.plusMinutes(30).toInstant().toString()))
                .body("root.contacts", hasSize(1))
                .body("root.contacts[0].level", equalTo("F1"))
                .body("root.contacts[0].subject.hash", equalTo(hash(SubjectType.PHONE, f1)))
                .body("root.contacts[0].metAt.venueId", equalTo(market))
                .body("root.contacts[0].metAt.from", equalTo(t0.plusMinutes(10).toInstant().toString()))
                .body("root.contacts[0].contacts", hasSize(1))
                .body("root.contacts[0].contacts[0].level", equalTo("F2"))
                .body("root.contacts[0].contacts[0].subject.hash", equalTo(hash(SubjectType.PASSPORT, f2)))
                .body("root.contacts[0].contacts[0].metAt.venueId", equalTo(shop))
                .extract().response();
        String body = tree.asString();
        for (String raw : List.of(f0, f1, f2)) {
            assertFalse(body.contains(raw), "a raw identifier in the answer: " + raw);
        }

        traceByGet(Tokens.healthOfficial(), f0, t0.minusHours(1), 1).then().statusCode(200)
                .body("people", equalTo(2))
                .body("root.contacts[0].contacts", empty());
        assertEquals(2, audited(f0Hash), "each query is audited, with who asked");
    }

    @Test
    void refusedAndFailedQueriesAreAuditedWithoutTheIdentifier() throws Exception {
        String marker = "refused-" + UUID.randomUUID();
        long anonymousBefore = auditedRefusals("anonymous", 401);
        OffsetDateTime from = OffsetDateTime.now(Fixtures.HANOI).minusDays(1);
        String inspectorsTarget = cccd();
        String inspector = Tokens.sign("inspector", Map.of("district", "004", "upn", marker + "-inspector"));
        trace(inspector, inspectorsTarget, from, 2).then().statusCode(403);
        traceByGet(inspector, inspectorsTarget, from, 2).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"subjectType\":\"CCCD\",\"subjectValue\":\"" + marker + "\"}")
                .when().post("/api/v1/trace").then().statusCode(401);
        trace(Tokens.sign("health-official", Map.of("upn", marker)), "12", from, 2).then().statusCode(422);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertEquals(2, auditedRefusals(marker + "-inspector", 403), "a caller of another role is audited");
            assertEquals(anonymousBefore + 1, auditedRefusals("anonymous", 401), "a call without a token is audited");
            assertEquals(1, auditedRefusals(marker, 422), "bad input is audited with who asked");
        });
        assertFalse(auditTrailMentions(inspectorsTarget), "the raw identifier is never recorded");
    }

    @Test
    void onlyHealthOfficialsTraceAndBadQueriesAreClearProblems() {
        OffsetDateTime from = OffsetDateTime.now(Fixtures.HANOI).minusDays(1);
        trace(Tokens.inspector("004"), cccd(), from, 2).then().statusCode(403);
        given().queryParam("subjectType", "CCCD").queryParam("subjectValue", cccd())
                .when().get("/api/v1/trace").then().statusCode(401);
        trace(Tokens.healthOfficial(), cccd(), from, 5).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("depth"));
        trace(Tokens.healthOfficial(), "12", from, 2).then().statusCode(422).body("errors[0].field", equalTo("subjectValue"));
        trace(Tokens.healthOfficial(), cccd(), from.minusDays(30), 2).then().statusCode(422).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.healthOfficial()).queryParam("subjectType", "CCCD").queryParam("subjectValue", cccd())
                .when().get("/api/v1/trace").then().statusCode(422).body("errors[0].field", equalTo("from"));
    }

    /** The preferred form: the identifier in the body. */
    private static Response trace(String token, String cccd, OffsetDateTime from, int depth) {
        String type = cccd.startsWith("09") ? "PHONE" : "CCCD";
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"subjectType":"%s","subjectValue":"%s","from":"%s","to":"%s","depth":%d}
                """.formatted(type, cccd, from, OffsetDateTime.now(Fixtures.HANOI), depth))
                .when().post("/api/v1/trace");
    }

    /** The form kept for compatibility: the identifier in the query string. */
    private static Response traceByGet(String token, String cccd, OffsetDateTime from, int depth) {
        String type = cccd.startsWith("09") ? "PHONE" : "CCCD";
        return given().auth().oauth2(token).queryParam("subjectType", type).queryParam("subjectValue", cccd)
                .queryParam("from", from.toString()).queryParam("to", OffsetDateTime.now(Fixtures.HANOI).toString())
                .queryParam("depth", depth).when().get("/api/v1/trace");
    }

    private static void post(String token, List<String> eventIds, String... scans) {
        for (String scan : scans) {
            eventIds.add(scan.substring(scan.indexOf("\"eventId\":\"") + 11, scan.indexOf("\"eventId\":\"") + 47));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"events\":[" + String.join(",", scans) + "]}")
                .when().post("/api/v1/checkins/batch").then().statusCode(200).body("accepted", equalTo(scans.length));
    }

    private static String scan(String type, String value, String direction, OffsetDateTime at) {
        return """
                {"eventId":"%s","subject":{"type":"%s","value":"%s"},"direction":"%s","scannedAt":"%s"}
                """.formatted(UUID.randomUUID(), type, value, direction, at);
    }

    private String hash(SubjectType type, String value) {
        return pseudonymiser.pseudonymise(type, value, "v").hash();
    }

    private long audited(String hash) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM trace_audit WHERE subject_hash = ? AND asked_by = 'health-official-test'"
                        + " AND query = 'trace'")) {
            s.setString(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long auditedRefusals(String askedBy, int status) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM trace_audit WHERE asked_by = ? AND status = ? AND query = 'trace'")) {
            s.setString(1, askedBy);
            s.setInt(2, status);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private boolean auditTrailMentions(String value) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM trace_audit WHERE CONCAT_WS('|', asked_by, subject_hash) LIKE ?")) {
            s.setString(1, "%" + value + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private String cccd() {
        return "0010" + digits(8);
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(random.nextInt(10));
        }
        return b.toString();
    }
}
