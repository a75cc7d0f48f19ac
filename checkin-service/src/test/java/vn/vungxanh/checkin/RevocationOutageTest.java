package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
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
import io.restassured.response.Response;
import vn.vungxanh.testsupport.MariaDbServer;
import vn.vungxanh.testsupport.PrivateMariaDb;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/**
 * While the database is away this replica cannot learn of devices revoked elsewhere: once its list of revoked devices
 * is older than the bound, device scans are refused (503 with Retry-After) instead of taken on trust, and readiness
 * says so; when the database is back, scans are taken again.
 */
@QuarkusTest
@TestProfile(RevocationOutageTest.ShortBound.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
@WithTestResource(value = PrivateMariaDb.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin_revocation") })
class RevocationOutageTest {

    /** The readiness check of the revocation list. */
    private static final String CHECK = "Revoked devices";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @PrivateMariaDb.Server
    MariaDbServer db;

    public static class ShortBound implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vx.device.revocation-refresh", "1s", "vx.device.revocation-max-age", "PT3S");
        }
    }

    @Test
    void deviceScansAreRefusedOnceTheRevocationListIsStaleAndTakenAgainWhenTheDatabaseReturns() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        assertEquals(202, post(token).statusCode());

        db.stop();
        try {
            await().atMost(WAIT).until(() -> post(token).statusCode() == 503);
            Response refused = post(token);
            assertEquals(503, refused.statusCode());
            assertEquals("application/problem+json", refused.contentType());
            assertNotNull(refused.header("Retry-After"), "the device is told when to retry");
            assertEquals("DOWN", revocationCheck(), "readiness says the revocation list is stale");
        } finally {
            db.start();
        }
        await().atMost(WAIT).until(() -> post(token).statusCode() == 202);
        assertEquals("UP", revocationCheck());
    }

    private static Response post(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins");
    }

    static String revocationCheck() {
        return given().when().get("/q/health/ready").then().extract().jsonPath()
                .getString("checks.find { it.name == '" + CHECK + "' }.status");
    }
}
