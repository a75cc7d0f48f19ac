package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.MariaDbServer;
import vn.vungxanh.testsupport.PrivateMariaDb;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/**
 * The database goes away while a venue's scanner keeps posting: every check-in is still accepted (Kafka-first),
 * none is lost or dead-lettered, and all are stored soon after the database is back. Meanwhile readiness says the
 * database is down and liveness stays up, so the orchestrator takes the replica out of service without restarting it.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
@WithTestResource(value = PrivateMariaDb.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin_outage") })
class DatabaseOutageTest {

    private static final String DATABASE_CHECK = "Database connections health check";
    /** Longer than the Kafka connector's default 60 s limit for an unacknowledged record. */
    private static final Duration OUTAGE = Duration.ofSeconds(70);
    private static final Duration AFTER_RETURN = Duration.ofSeconds(30);
    private static final int SCANS = 8;

    @PrivateMariaDb.Server
    MariaDbServer db;

    @Test
    void checkinsPostedWhileTheDatabaseIsDownAreAllStoredWhenItReturns() throws Exception {
        String venueId = Fixtures.venue("Cửa hàng " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        String warmUp = UUID.randomUUID().toString();
        assertEquals(202, post(token, warmUp));
        await().atMost(AFTER_RETURN).until(() -> stored(List.of(warmUp)) == 1);

        List<Integer> liveness = new CopyOnWriteArrayList<>();
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        probe.scheduleWithFixedDelay(() -> liveness.add(given().when().get("/q/health/live").statusCode()),
                0, 1, TimeUnit.SECONDS);
        try {
            Instant down = Instant.now();
            db.stop();

            List<String> eventIds = new ArrayList<>();
            for (int i = 0; i < SCANS; i++) {
                String eventId = UUID.randomUUID().toString();
                eventIds.add(eventId);
                assertEquals(202, post(token, eventId), "a check-in is accepted while the database is down");
            }
            await().atMost(AFTER_RETURN).until(() -> databaseCheck().equals("DOWN"));
            given().when().get("/q/health/ready").then().statusCode(503);

            Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.between(down, Instant.now()).toMillis()));
            assertEquals("DOWN", databaseCheck(), "readiness reports the database down for the whole outage");
            db.start();

            await().atMost(AFTER_RETURN).until(() -> stored(eventIds) == SCANS);
            await().atMost(AFTER_RETURN).until(() -> databaseCheck().equals("UP"));
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            probe.shutdownNow();
        }
        assertTrue(liveness.size() >= OUTAGE.toSeconds() / 2, "liveness was probed during the outage: " + liveness);
        assertTrue(liveness.stream().allMatch(status -> status == 200),
                "liveness stays UP while the database is away: " + liveness);
        assertEquals(0, KafkaBroker.readAll(Topics.DEAD_LETTER).stream().filter(r -> venueId.equals(r.key())).count(),
                "nothing of the venue went to the dead-letter topic");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("ft_retry_retries_total")
                && l.contains("consumer " + Channels.CHECKINS_STORE) && !l.endsWith(" 0.0")),
                "the consumer's retries are counted in the metrics");
    }

    @Test
    void consumerLagIsInTheMetrics() {
        await().atMost(AFTER_RETURN).untilAsserted(() -> {
            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("kafka_consumer_fetch_manager_records_lag_max")
                    && l.contains(Channels.CHECKINS_STORE)), "records-lag-max of the check-in store's consumer");
        });
    }

    private static int post(String token, String eventId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(eventId, "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins").statusCode();
    }

    private static long stored(List<String> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> Checkin.count("eventId in ?1", eventIds));
    }

    /** The status of the datasource's readiness check. */
    private static String databaseCheck() {
        JsonPath health = given().when().get("/q/health/ready").then().extract().jsonPath();
        return health.getString("checks.find { it.name == '" + DATABASE_CHECK + "' }.status");
    }
}
