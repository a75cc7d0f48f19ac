package vn.vungxanh.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.Rule;

class VerifierTest {

    private static Map<String, Misbehaviour> planted() {
        Map<String, Misbehaviour> planted = new HashMap<>();
        planted.put("silent-market", Misbehaviour.NEVER_SCANS);
        planted.put("fever-checkpoint", Misbehaviour.FEVER_ARRIVALS);
        planted.put("good-shop", null);
        return planted;
    }

    @Test
    void passesWhenEveryPlantedMisbehaviourIsCaughtAndCompliantPlacesAreQuiet() {
        Verifier.Result result = Verifier.score(planted(), Set.of("SCANNING_SILENT|silent-market",
                "SCAN_RATE_DROP|silent-market", "HIGH_RISK_ARRIVAL|fever-checkpoint", "FEVER_CLUSTER|fever-checkpoint"));
        assertTrue(result.passed());
        assertEquals(1, result.counts().get(Rule.SCANNING_SILENT)[0]);
        assertEquals(0, result.counts().get(Rule.SCAN_RATE_DROP)[1], "a tolerated rule is not a false alarm");
    }

    @Test
    void aMissedMisbehaviourFailsRecall() {
        Verifier.Result result = Verifier.score(planted(), Set.of("SCANNING_SILENT|silent-market",
                "HIGH_RISK_ARRIVAL|fever-checkpoint"));
        assertFalse(result.passed());
        assertEquals(1, result.counts().get(Rule.FEVER_CLUSTER)[2]);
        assertEquals(0, result.counts().get(Rule.FEVER_CLUSTER)[0]);
    }

    @Test
    void anAlertOnACompliantPlaceFails() {
        Verifier.Result result = Verifier.score(planted(), Set.of("SCANNING_SILENT|silent-market",
                "HIGH_RISK_ARRIVAL|fever-checkpoint", "FEVER_CLUSTER|fever-checkpoint", "SCANNING_SILENT|good-shop"));
        assertFalse(result.passed());
        assertEquals(1, result.falseOnCompliant());
        assertEquals(1, result.counts().get(Rule.SCANNING_SILENT)[1]);
    }

    @Test
    void aForgedPosterDiffersFromTheRealOneInItsSignature() {
        String real = "eyJhbGciOiJFUzI1NiJ9.eyJ2ZW51ZSI6InYtMSJ9.MEUCIQDabcdefghijklmnopqrstuvwxyz0123456789";
        String fake = Traffic.forged(real);
        assertNotEquals(real, fake);
        assertEquals(real.substring(0, real.lastIndexOf('.')), fake.substring(0, fake.lastIndexOf('.')));
    }
}
