package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** The key this service signs device tokens with can make nothing but device tokens. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class DeviceTokenTrustTest {

    @Test
    void adminAndInspectorTokensSignedWithTheDeviceKeyAre401() {
        for (String token : new String[] { Tokens.signDevice("admin", Map.of()),
                Tokens.signPersonWithDeviceKey("admin", Map.of()),
                Tokens.signDevice("inspector", Map.of("district", "004")),
                Tokens.signPersonWithDeviceKey("inspector", Map.of("district", "004")) }) {
            given().auth().oauth2(token).when().get("/api/v1/venues")
                    .then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Fixtures.venueJson("Chợ " + UUID.randomUUID(), Fixtures.WARD))
                    .when().post("/api/v1/venues")
                    .then().statusCode(401);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                    .when().post("/api/v1/checkins")
                    .then().statusCode(401);
        }
        given().auth().oauth2(Tokens.signDevice("health-official", Map.of()))
                .queryParam("subjectType", "CCCD").queryParam("subjectValue", "001090012345")
                .when().get("/api/v1/trace").then().statusCode(401);
    }

    @Test
    void aDeviceTokenScansForItsVenueAndIsForbiddenEverywhereElse() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        JsonPath device = Fixtures.device(venueId);
        String token = device.getString("token");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins").then().statusCode(202);
        given().auth().oauth2(token).when().get("/api/v1/venues").then().statusCode(403);
        given().auth().oauth2(token).when().post("/api/v1/venues/{id}/devices", venueId).then().statusCode(403);

        Map<String, Object> claims = new io.restassured.path.json.JsonPath(new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8)).getMap("");
        assertEquals(Tokens.DEVICE_ISSUER, claims.get("iss"), "device tokens come from the device issuer");
        long lifetime = ((Number) claims.get("exp")).longValue() - System.currentTimeMillis() / 1000;
        assertTrue(lifetime <= Duration.ofDays(90).toSeconds() && lifetime > Duration.ofDays(89).toSeconds(),
                "a device token lives 90 days, not " + Duration.ofSeconds(lifetime).toDays());
    }

    @Test
    void theIdentityProvidersTokensCannotCarryTheDeviceRole() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        given().auth().oauth2(Tokens.sign("device", Map.of("venue", venueId))).contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins").then().statusCode(401);
    }
}
