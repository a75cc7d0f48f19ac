package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.QrKeys;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/** A poster whose signature does not verify only claims its venue, and says so on Kafka. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class UnverifiedPosterTest {

    @Test
    void aPosterWithoutAKeyIdIsForged422NotAServerError() throws Exception {
        JsonPath venue = Fixtures.venue("Chợ " + UUID.randomUUID());
        String payload = new String(Base64.getUrlDecoder().decode(venue.getString("qr").split("\\.")[1]),
                StandardCharsets.UTF_8);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setKey(QrKeys.privateKey(QrKeys.CURRENT));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        visitor(UUID.randomUUID().toString(), jws.getCompactSerialization())
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("venueQr")).body("detail", containsString("FORGED"));
    }

    @Test
    void aJunkSignatureIsPublishedAsAnUnverifiedClaimAndAnExpiredPosterAsVerified() {
        JsonPath venue = Fixtures.venue("Chợ " + UUID.randomUUID());
        String venueId = venue.getString("id");
        String qr = venue.getString("qr");
        String junk = qr.substring(0, qr.lastIndexOf('.') + 1) + "AAAA" + qr.substring(qr.lastIndexOf('.') + 5);
        String junkId = UUID.randomUUID().toString();
        visitor(junkId, junk).then().statusCode(422).body("detail", containsString("FORGED"));
        String goodId = UUID.randomUUID().toString();
        visitor(goodId, qr).then().statusCode(202);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath claim = event(junkId);
            JsonPath accepted = event(goodId);
            assertNotNull(claim);
            assertNotNull(accepted);
            assertEquals(venueId, claim.getString("venueId"), "still published under the venue it names");
            assertEquals(Boolean.FALSE, claim.get("signatureVerified"));
            assertEquals(Boolean.TRUE, accepted.get("signatureVerified"));
            assertNotNull(claim.getString("clientKey"), "the visitor's address, as a pseudonym");
            assertEquals(claim.getString("clientKey"), accepted.getString("clientKey"), "one phone, one key");
            assertFalse(claim.prettify().contains("127.0.0.1"), "never the raw address");
        });
    }

    private static JsonPath event(String eventId) {
        return KafkaBroker.readAll(Topics.CHECKINS).stream().filter(r -> r.value().contains(eventId))
                .map(r -> new JsonPath(r.value())).findFirst().orElse(null);
    }

    private static io.restassured.response.Response visitor(String eventId, String qr) {
        return given().contentType(ContentType.JSON).body(Fixtures.visitorCheckin(eventId, qr, Fixtures.now()))
                .when().post("/api/v1/checkins");
    }
}
