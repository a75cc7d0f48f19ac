package vn.vungxanh.common.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecentEventIdsTest {

    @Test
    void anIdIsClaimedOnceReleasedOnFailureAndTheOldestIsForgottenPastCapacity() {
        RecentEventIds ids = new RecentEventIds(3);
        assertTrue(ids.claim("a"));
        assertFalse(ids.claim("a"), "a retry is a duplicate");
        ids.release("a");
        assertTrue(ids.claim("a"), "an event Kafka never took may be sent again");

        ids.claim("b");
        ids.claim("c");
        ids.claim("d");
        assertFalse(ids.contains("a"), "the oldest id is forgotten past capacity");
        assertTrue(ids.contains("d"));
    }
}
