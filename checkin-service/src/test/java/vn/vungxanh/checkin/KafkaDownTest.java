package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/** The check-in topic's broker unreachable: 503 with Retry-After, nothing accepted, no pile-up, retries go through. */
@QuarkusTest
@TestProfile(KafkaDownTest.CheckinsBrokerUnreachable.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class KafkaDownTest {

    @Test
    void scansAreAnswered503WithRetryAfterAndNothingIsHalfAccepted() throws Exception {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            eventIds.add(UUID.randomUUID().toString());
        }

        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(eventIds.size());
        try {
            List<CompletableFuture<Response>> answers = eventIds.stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> post(token, id), clients)).toList();
            for (CompletableFuture<Response> answer : answers) {
                Response r = answer.get();
                assertEquals(503, r.statusCode());
                assertEquals("application/problem+json", r.contentType());
                assertNotNull(r.header("Retry-After"));
            }
        } finally {
            clients.shutdown();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(seconds < 12, "16 concurrent scans were answered together within the ack timeout, not one after another: " + seconds + " s");

        // while Kafka is away, further scans are refused at once instead of queueing, and a client's retry is not
        // mistaken for a duplicate: nothing was accepted the first time
        long retried = System.nanoTime();
        assertEquals(503, post(token, eventIds.get(0)).statusCode());
        assertTrue(System.nanoTime() - retried < 1_500_000_000L, "refused at once while Kafka is failing");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Checkin.count("venueId", venueId)));
    }

    @Test
    void aRetryWhileTheFirstPostWaitsForKafkaIsAnsweredWithThatPostsOutcomeNotDuplicate() throws Exception {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        String eventId = UUID.randomUUID().toString();
        Thread.sleep(6_000); // past the hold-off of a failure of another test, so that the first post is sent

        long started = System.nanoTime();
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(token, eventId));
        Thread.sleep(500);
        assertTrue(!first.isDone(), "the first post waits for Kafka's acknowledgement");
        Response retry = post(token, eventId);
        Response original = first.get();
        assertTrue(System.nanoTime() - started > 1_000_000_000L, "the first post was in flight, not refused at once");

        assertEquals(503, original.statusCode());
        assertEquals(503, retry.statusCode(), "a retry of an event Kafka has not taken is not a DUPLICATE: "
                + retry.body().asString());
    }

    private static Response post(String token, String eventId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(eventId, "CCCD", "001090012345", Fixtures.now()))
                .when().post("/api/v1/checkins");
    }

    /** Check-ins go to a broker that does not answer; everything else uses the real one. */
    public static class CheckinsBrokerUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vx.scan-producer.bootstrap.servers", "127.0.0.1:1",
                    "vx.scan-producer.max.block.ms", "2000",
                    "vx.ingest.ack-timeout", "PT3S",
                    "vx.scan-producer.delivery.timeout.ms", "3000",
                    "vx.scan-producer.request.timeout.ms", "1000");
        }
    }
}
