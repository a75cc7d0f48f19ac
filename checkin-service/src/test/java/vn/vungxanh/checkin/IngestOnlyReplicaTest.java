package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/**
 * A replica started with {@code VX_STORE_CHECKINS=false} only ingests: check-ins reach Kafka as usual and are
 * stored by the replicas that run the store consumer (the other tests' instance picks them up from the topic).
 */
@QuarkusTest
@TestProfile(IngestOnlyReplicaTest.IngestOnly.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class IngestOnlyReplicaTest {

    @Test
    void acceptsCheckinsOntoKafkaAndLeavesStoringThemToTheStoreReplicas() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        String eventId = UUID.randomUUID().toString();

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(eventId, "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins")
                .then().statusCode(202).body("status", equalTo("ACCEPTED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> KafkaBroker.readAll(Topics.CHECKINS).stream()
                .anyMatch(r -> venueId.equals(r.key()) && r.value().contains(eventId)));
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Checkin.<Checkin>findById(eventId)) == null);
    }

    public static class IngestOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("VX_STORE_CHECKINS", "false");
        }
    }
}
