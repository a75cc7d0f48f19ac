package vn.vungxanh.common.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class RecentEventIdsTest {

    @Test
    void anIdIsClaimedOnceReleasedOnFailureAndTheOldestIsForgottenPastCapacity() {
        RecentEventIds ids = new RecentEventIds(3);
        CompletableFuture<Void> first = new CompletableFuture<>();
        assertNull(ids.claim("a", first));
        assertSame(first, ids.claim("a", new CompletableFuture<>()), "a retry learns the first send's outcome");
        ids.release("a", new CompletableFuture<>());
        assertTrue(ids.contains("a"), "only the first send's own claim is released");
        ids.release("a", first);
        assertNull(ids.claim("a", new CompletableFuture<>()), "an event Kafka never took may be sent again");

        ids.remember("b");
        assertNotNull(ids.claim("b", new CompletableFuture<>()), "a stored id is a duplicate");
        ids.claim("c", new CompletableFuture<>());
        ids.claim("d", new CompletableFuture<>());
        assertFalse(ids.contains("a"), "the oldest id is forgotten past capacity");
        assertTrue(ids.contains("d"));
    }
}
