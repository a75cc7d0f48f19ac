package vn.vungxanh.checkpoint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
class PermitTest {

    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);

    @Test
    void eachPassageRecordsWhatThePresentedPermitIsWorth() {
        String token = PassageIngestTest.device(PassageIngestTest.checkpoint()).getString("token");
        OffsetDateTime now = OffsetDateTime.now(HANOI);
        String valid = permit(now.minusHours(1), now.plusHours(5)).path("qr");
        String expired = permit(now.minusDays(2), now.minusDays(1)).path("qr");
        String future = permit(now.plusDays(1), now.plusDays(2)).path("qr");
        var revokedPermit = permit(now.minusHours(1), now.plusHours(5));
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/permits/{id}/revoke", revokedPermit.<String>path("id"))
                .then().statusCode(200).body("revoked", equalTo(true));
        String[] parts = valid.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + "AAAA" + parts[2].substring(14);

        assertStatus(token, valid, "00001", "VALID");
        assertStatus(token, valid, "00004", "WRONG_ROUTE");
        assertStatus(token, expired, "00001", "EXPIRED");
        assertStatus(token, future, "00001", "NOT_YET_VALID");
        assertStatus(token, revokedPermit.path("qr"), "00001", "REVOKED");
        assertStatus(token, forged, "00001", "FORGED");
    }

    @Test
    void badPermitsAreRefusedAndTheQrCarriesNoRawIdentifier() {
        OffsetDateTime now = OffsetDateTime.now(HANOI);
        String qr = permit(now, now.plusHours(1)).path("qr");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(qr.split("\\.")[1]));
        assertFalse(payload.contains("001090012345"), payload);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(permitJson(now, now.minusHours(1)).replace("00001\",\"validFrom", "99999\",\"validFrom"))
                .when().post("/api/v1/permits")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("validTo"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(permitJson(now, now.plusHours(1)).replace("00001\",\"validFrom", "99999\",\"validFrom"))
                .when().post("/api/v1/permits")
                .then().statusCode(422).body("errors[0].field", equalTo("toWardCode"));
        given().auth().oauth2(Tokens.inspector("004")).contentType(ContentType.JSON).body(permitJson(now, now.plusHours(1)))
                .when().post("/api/v1/permits")
                .then().statusCode(403);
    }

    private static void assertStatus(String token, String permitQr, String destination, String expected) {
        String eventId = UUID.randomUUID().toString();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","permitQr":"%s","direction":"INBOUND","scannedAt":"%s",
                         "originWardCode":"11296","destinationWardCode":"%s","decision":"ALLOWED"}
                        """.formatted(eventId, permitQr, OffsetDateTime.now(HANOI).minusSeconds(5), destination))
                .when().post("/api/v1/passages")
                .then().statusCode(expected.equals("FORGED") ? 422 : 202);
        if (expected.equals("FORGED")) {
            // a forged permit names nobody: the officer must record the traveller's identifier too
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("""
                            {"eventId":"%s","permitQr":"%s","subject":{"type":"CCCD","value":"001090012345"},
                             "direction":"INBOUND","scannedAt":"%s","originWardCode":"11296","destinationWardCode":"%s",
                             "decision":"TURNED_BACK"}
                            """.formatted(eventId, permitQr, OffsetDateTime.now(HANOI).minusSeconds(5), destination))
                    .when().post("/api/v1/passages")
                    .then().statusCode(202);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records = KafkaBroker.readAll(Topics.PASSAGES).stream()
                    .filter(r -> r.value().contains(eventId)).toList();
            assertTrue(records.size() == 1 && records.get(0).value().contains("\"permitStatus\":\"" + expected + "\""),
                    expected + ": " + records);
        });
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> permit(
            OffsetDateTime from, OffsetDateTime to) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(permitJson(from, to))
                .when().post("/api/v1/permits")
                .then().statusCode(201).extract();
    }

    private static String permitJson(OffsetDateTime from, OffsetDateTime to) {
        return """
                {"subject":{"type":"CCCD","value":"001090012345"},"fromWardCode":"11296","toWardCode":"00001","validFrom":"%s","validTo":"%s","purpose":"chở hàng thiết yếu"}
                """.formatted(from, to);
    }
}
