package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
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
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class PosterTest {

    @Test
    void aVisitorAppChecksInWithTheSignedPosterAndAPosterOfTheEarlierKeyStillWorks() throws Exception {
        JsonPath venue = Fixtures.venue("Chợ Long Biên " + UUID.randomUUID());
        String eventId = UUID.randomUUID().toString();
        visitor(eventId, venue.getString("qr")).then().statusCode(202).body("status", equalTo("ACCEPTED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(KafkaBroker.readAll(Topics.CHECKINS).stream()
                .anyMatch(r -> r.key().equals(venue.getString("id")) && r.value().contains(eventId)
                        && r.value().contains("\"wardCode\":\"" + Fixtures.WARD + "\"") && r.value().contains("\"deviceId\":null"))));

        String rotated = sign(claims(venue.getString("qr"), 3600), QrKeys.PREVIOUS, QrKeys.privateKey(QrKeys.PREVIOUS));
        visitor(UUID.randomUUID().toString(), rotated).then().statusCode(202).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void forgedAlteredExpiredAndRevokedPostersAreRefusedAndPublishedAsRejectedScansOfTheClaimedVenue() throws Exception {
        JsonPath venue = Fixtures.venue("Cửa hàng " + UUID.randomUUID());
        String venueId = venue.getString("id");
        String qr = venue.getString("qr");

        String forged = sign(claims(qr, 3600), QrKeys.CURRENT, QrKeys.strangerKey());
        String forgedId = UUID.randomUUID().toString();
        visitor(forgedId, forged).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("venueQr")).body("detail", containsString("FORGED"));

        String[] parts = qr.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("MARKET", "OFFICE").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        visitor(UUID.randomUUID().toString(), altered).then().statusCode(422).body("detail", containsString("FORGED"));

        String expired = sign(claims(qr, -60), QrKeys.CURRENT, QrKeys.privateKey(QrKeys.CURRENT));
        visitor(UUID.randomUUID().toString(), expired).then().statusCode(422).body("detail", containsString("EXPIRED"));

        String reissued = given().auth().oauth2(Tokens.admin()).when().post("/api/v1/venues/{id}/qr", venueId)
                .then().statusCode(200).extract().path("qr");
        String revokedId = UUID.randomUUID().toString();
        visitor(revokedId, qr).then().statusCode(422).body("detail", containsString("REVOKED"));
        visitor(UUID.randomUUID().toString(), reissued).then().statusCode(202);
        visitor(UUID.randomUUID().toString(), "garbage").then().statusCode(422).body("detail", containsString("FORGED"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var rejected = KafkaBroker.readAll(Topics.CHECKINS).stream()
                    .filter(r -> venueId.equals(r.key()) && r.value().contains("\"status\":\"REJECTED\"")).toList();
            assertTrue(rejected.stream().anyMatch(r -> r.value().contains(forgedId) && r.value().contains("\"rejectReason\":\"FORGED\"")));
            assertTrue(rejected.stream().anyMatch(r -> r.value().contains(revokedId) && r.value().contains("\"rejectReason\":\"REVOKED\"")));
            assertTrue(rejected.stream().anyMatch(r -> r.value().contains("\"rejectReason\":\"EXPIRED\"")));
        });
    }

    @Test
    void aDeviceCannotPostWithAnotherVenuesPosterAndAdminsGetAPrintablePoster() {
        JsonPath mine = Fixtures.venue("A " + UUID.randomUUID());
        JsonPath other = Fixtures.venue("B " + UUID.randomUUID());
        String token = Fixtures.device(mine.getString("id")).getString("token");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.visitorCheckin(UUID.randomUUID().toString(), other.getString("qr"), Fixtures.now()))
                .when().post("/api/v1/checkins")
                .then().statusCode(403).contentType("application/problem+json");

        byte[] png = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/venues/{id}/qr.png", mine.getString("id"))
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4));
        assertTrue(png.length > 2000, "a real QR image, not an empty one");
        given().auth().oauth2(Tokens.inspector("004")).when().get("/api/v1/venues/{id}/qr.png", mine.getString("id"))
                .then().statusCode(403);
    }

    private static io.restassured.response.Response visitor(String eventId, String qr) {
        return given().contentType(ContentType.JSON).body(Fixtures.visitorCheckin(eventId, qr, Fixtures.now()))
                .when().post("/api/v1/checkins");
    }

    /** The claims of a poster, with the expiry moved to now + seconds. */
    private static JwtClaims claims(String qr, long expiresInSeconds) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(qr.split("\\.")[1]), StandardCharsets.UTF_8);
        JwtClaims claims = JwtClaims.parse(payload);
        NumericDate exp = NumericDate.now();
        exp.addSeconds(expiresInSeconds);
        claims.setExpirationTime(exp);
        return claims;
    }

    private static String sign(JwtClaims claims, String kid, PrivateKey key) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue(kid);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        return jws.getCompactSerialization();
    }
}
