package vn.vungxanh.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import vn.vungxanh.simulator.SimulatorMain;
import vn.vungxanh.testsupport.Tokens;

/**
 * A short accelerated simulation through all three packaged services: the simulator registers the venues and
 * checkpoints of Long Biên, uploads an hour of history with planted misbehaviour, runs live, and while
 * traffic goes on every planted misbehaviour must raise its alert and compliant places none.
 */
@DisabledIfSystemProperty(named = "vx.simulation", matches = "false",
        disabledReason = "left out on request (-Dvx.simulation=false)")
class SimulationIT {

    @Test
    void plantedMisbehaviourRaisesItsAlertsAndCompliantPlacesNone() throws Exception {
        SystemStack stack = SystemStack.get();
        boolean passed = SimulatorMain.run("run-and-verify",
                "--checkin-url=" + stack.checkin.baseUri(),
                "--checkpoint-url=" + stack.checkpoint.baseUri(),
                "--alert-url=" + stack.alert.baseUri(),
                "--admin-token=" + Tokens.admin(),
                "--inspector-token=004:" + Tokens.inspector("004"),
                "--districts=004",
                "--venues-per-ward=5",
                "--speed=600",
                "--lookback=PT1H",
                "--live=PT2M",
                "--heartbeat-seconds=10",
                "--always-open=true",
                "--plant=NEVER_SCANS,FAKE_POSTER,BROKEN_SCANNER,OVER_CAPACITY,ONE_SCAN_PER_VISITOR_PER_DAY,"
                        + "CHECKPOINT_SILENT,ARRIVALS_FROM_RED_WARD,FEVER_ARRIVALS",
                "--verify-timeout=PT4M",
                "--world=" + SystemStack.ROOT.resolve("system-tests/target/simulation-world.json"));
        assertTrue(passed, "the precision and recall table printed above names what was missed or raised wrongly");
    }
}
