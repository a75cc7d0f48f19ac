package vn.vungxanh.common.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class KafkaGateTest {

    @Test
    void afterAFailureSendsAreRefusedUntilTheHoldOffEndsOrAProbeSucceeds() throws Exception {
        KafkaGate gate = new KafkaGate(Duration.ofMillis(1500));
        assertTrue(gate.mayTry());
        gate.failed();
        assertFalse(gate.mayTry(), "refused right after a failure");
        Thread.sleep(1100);
        assertTrue(gate.mayTry(), "one probe a second");
        assertFalse(gate.mayTry(), "only one");
        gate.succeeded();
        assertTrue(gate.mayTry());
        assertTrue(gate.mayTry());
    }
}
