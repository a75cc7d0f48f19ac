package vn.vungxanh.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vn.vungxanh.common.outbox.OutboxRelay;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/** A venue change committed while Kafka cannot be reached waits in the outbox and reaches the topic later. */
@QuarkusTest
@TestProfile(OutboxTest.RelayedByHand.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class OutboxTest {

    @Inject
    OutboxRelay relay;

    @Test
    void aChangeCommittedWhileKafkaIsUnreachableIsPublishedOnceKafkaIsBack() {
        String id = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");

        try (Producer<String, String> unreachable = OutboxRelay.newProducer("127.0.0.1:1", 1000)) {
            assertEquals(0, relay.drain(unreachable), "nothing can be sent while Kafka is away");
        }
        assertTrue(relay.pending() >= 1, "the committed change waits in the outbox");
        assertFalse(KafkaBroker.readAll(Topics.VENUES).stream().anyMatch(r -> id.equals(r.key())));

        assertTrue(relay.drain() >= 1);
        assertEquals(0, relay.pending());
        assertEquals(1, KafkaBroker.readAll(Topics.VENUES).stream().filter(r -> id.equals(r.key())).count());
    }

    /** No scheduled relay: the test relays by hand. */
    public static class RelayedByHand implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }
}
