package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.SeededDatabase;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/**
 * A new replica starts on a database in which another replica revoked a device: from the moment it reports ready,
 * that device's token is refused.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
@WithTestResource(value = RevokedAtStartTest.DatabaseWithRevokedDevice.class,
        scope = TestResourceScope.RESTRICTED_TO_CLASS)
class RevokedAtStartTest {

    /** The subject of {@link Tokens#venueDevice}'s tokens. */
    private static final String REVOKED_DEVICE = "device-device-test";

    @Test
    void aDeviceRevokedBeforeStartIsRefusedAsSoonAsTheReplicaIsReady() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);
        given().auth().oauth2(Tokens.venueDevice(UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins")
                .then().statusCode(401).contentType("application/problem+json");
    }

    /** A fresh database, migrated, holding a revoked device, before the service starts on it. */
    public static class DatabaseWithRevokedDevice extends SeededDatabase {

        @Override
        protected String name() {
            return "vx_checkin_revoked";
        }

        @Override
        protected void seed(Connection c) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO device (id, place_kind, place_id, active,"
                    + " registered_at, updated_at) VALUES (?, 'VENUE', 'elsewhere', FALSE, NOW(), NOW())")) {
                s.setString(1, REVOKED_DEVICE);
                s.executeUpdate();
            }
        }
    }
}
