package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/** Visitor posts naming one venue are limited per minute from all addresses together; other venues are not. */
@QuarkusTest
@TestProfile(VenueLimitTest.FiveAVenue.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class VenueLimitTest {

    public static class FiveAVenue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vx.checkin.visitor-posts-per-venue-per-minute", "5");
        }
    }

    private static int post(String qr) {
        return given().header("X-Forwarded-For", VisitorAddressTest.randomAddress()).contentType(ContentType.JSON)
                .body(Fixtures.visitorCheckin(UUID.randomUUID().toString(), qr, Fixtures.now()))
                .when().post("/api/v1/checkins").then().extract().statusCode();
    }

    @Test
    void aFloodOfPostersNamingOneVenueIsCutShortWhateverTheirAddresses() {
        JsonPath target = Fixtures.venue("Chợ " + UUID.randomUUID());
        JsonPath other = Fixtures.venue("Chợ " + UUID.randomUUID());
        String qr = target.getString("qr");
        String junk = qr.substring(0, qr.lastIndexOf('.') + 1) + "AAAA" + qr.substring(qr.lastIndexOf('.') + 5);
        for (int i = 0; i < 5; i++) {
            assertEquals(422, post(junk), "post " + i + " from a fresh address");
        }
        assertEquals(429, post(junk), "the venue's minute is spent");
        assertEquals(429, post(qr), "its own poster too, for the rest of the minute");
        assertEquals(202, post(other.getString("qr")), "another venue is not affected");
    }
}
