package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vungxanh.alert.engine.ScanningSilentTest.of;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.AlertSignal.State;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.VenueType;

/** The registry and the scans reach the engine in either order: scans that came first are judged on registration. */
class RegistrationOrderTest {

    private static final OpeningHours ALWAYS = new OpeningHours("MON-SUN", "00:00", "00:00");

    @Test
    void forgedScansBeforeTheVenueIsKnownRaiseTheAlertWhenItsRegistrationArrives() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            for (int i = 0; i < 20; i++) {
                d.rejected("poster-1");
            }
            assertEquals(List.of(), d.signals(), "nobody to route an alert to before the venue is registered");

            d.advance(Duration.ofMinutes(2));
            d.venue("poster-1", VenueType.CONVENIENCE_STORE, 0, EngineDriver.WARD, ALWAYS);
            List<AlertSignal> fired = of(d.signals(), Rule.INVALID_QR_SCANS);
            assertEquals(1, fired.size(), "judged on registration, no 21st scan needed");
            AlertSignal s = fired.get(0);
            assertEquals(State.FIRING, s.state());
            assertEquals(EngineDriver.WARD, s.wardCode());
            assertEquals(EngineDriver.DISTRICT, s.districtCode());
            assertEquals("Venue poster-1", s.placeName());
            assertEquals(20, ((Number) s.evidence().get("rejectedScans")).intValue());

            d.venue("poster-1", VenueType.CONVENIENCE_STORE, 0, EngineDriver.WARD, ALWAYS);
            assertEquals(List.of(), of(d.signals(), Rule.INVALID_QR_SCANS), "a registry update is not a new finding");

            d.advance(Duration.ofMinutes(31));
            assertEquals(List.of(State.CLEARED), of(d.signals(), Rule.INVALID_QR_SCANS).stream()
                    .map(AlertSignal::state).toList(), "the window empties as for any venue");
        }
    }

    @Test
    void scansBeforeTheRegistrationThatBreakNoRuleRaiseNothing() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            for (int i = 0; i < 3; i++) {
                d.rejected("shop-2");
                d.accepted("shop-2");
            }
            d.venue("shop-2", VenueType.CONVENIENCE_STORE, 0, EngineDriver.WARD, ALWAYS);
            assertEquals(List.of(), d.signals());
        }
    }
}
