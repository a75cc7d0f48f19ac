package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vungxanh.alert.engine.ScanningSilentTest.of;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.AlertSignal.State;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.VenueType;

/**
 * An alert resolved by hand while its condition still holds: the engine opens a new alert for it only after
 * reopen-after (30 min by default); a condition that clears in between opens a new alert at once when it returns.
 */
class HandResolveTest {

    private static final OpeningHours DAYTIME = new OpeningHours("MON-SUN", "06:00", "18:00");

    private static List<State> states(List<AlertSignal> signals, Rule rule) {
        return of(signals, rule).stream().map(AlertSignal::state).toList();
    }

    @Test
    void aMarketStillSilentAfterAHandResolveOpensANewAlertOnceReopenAfterHasPassed() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(8))) {
            d.venue("m-1", VenueType.MARKET, 0, EngineDriver.WARD, DAYTIME);
            d.advance(Duration.ofMinutes(31));
            AlertSignal fired = d.signals().get(0);
            assertEquals(State.FIRING, fired.state());

            d.advance(Duration.ofMinutes(5));
            d.resolvedByHand(fired);
            d.advance(Duration.ofMinutes(29));
            assertEquals(List.of(), d.signals(), "resolved by hand: quiet for reopen-after");

            d.advance(Duration.ofMinutes(2));
            List<AlertSignal> again = d.signals();
            assertEquals(List.of(State.FIRING), states(again, Rule.SCANNING_SILENT), "still silent: a new alert");
            assertEquals(fired.fingerprint(), again.get(0).fingerprint());

            d.advance(Duration.ofHours(1));
            assertEquals(List.of(), d.signals(), "and no repeats while the silence goes on");
        }
    }

    @Test
    void aConditionThatClearedAfterTheHandResolveOpensANewAlertAtOnceWhenItReturns() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(8), Map.of("vx.rules.reopen-after", "2H"))) {
            d.venue("m-2", VenueType.MARKET, 0, EngineDriver.WARD, DAYTIME);
            d.advance(Duration.ofMinutes(31));
            AlertSignal fired = d.signals().get(0);
            d.resolvedByHand(fired);
            d.advance(Duration.ofMinutes(5));
            d.accepted("m-2");
            d.signals();

            d.advance(Duration.ofMinutes(29));
            assertEquals(List.of(), d.signals());
            d.advance(Duration.ofMinutes(2));
            assertEquals(List.of(State.FIRING), states(d.signals(), Rule.SCANNING_SILENT),
                    "silent again 30 min after the scan, long before the 2 h reopen-after");
        }
    }

    @Test
    void aHandResolveOfAConditionAlreadyClearedChangesNothing() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(8), Map.of("vx.rules.reopen-after", "2H"))) {
            d.venue("m-3", VenueType.MARKET, 0, EngineDriver.WARD, DAYTIME);
            d.advance(Duration.ofMinutes(31));
            AlertSignal fired = d.signals().get(0);
            d.accepted("m-3");
            assertEquals(List.of(State.CLEARED), states(d.signals(), Rule.SCANNING_SILENT));
            d.resolvedByHand(fired);

            d.advance(Duration.ofMinutes(31));
            assertEquals(List.of(State.FIRING), states(d.signals(), Rule.SCANNING_SILENT));
        }
    }

    @Test
    void anOverCrowdedVenueReSignalledOnEveryScanWaitsForReopenAfterToo() {
        OpeningHours always = new OpeningHours("MON-SUN", "00:00", "00:00");
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("shop-4", VenueType.MARKET, 5, EngineDriver.WARD, always);
            for (int i = 0; i < 6; i++) {
                d.accepted("shop-4");
            }
            List<AlertSignal> fired = of(d.signals(), Rule.OVER_CAPACITY);
            assertEquals(List.of(State.FIRING), fired.stream().map(AlertSignal::state).toList());

            d.resolvedByHand(fired.get(0));
            d.advance(Duration.ofMinutes(10));
            d.accepted("shop-4");
            d.advance(Duration.ofMinutes(10));
            d.accepted("shop-4");
            d.advance(Duration.ofMinutes(9));
            assertEquals(List.of(), states(d.signals(), Rule.OVER_CAPACITY), "more visitors, still resolved");

            d.advance(Duration.ofMinutes(2));
            assertEquals(List.of(State.FIRING), states(d.signals(), Rule.OVER_CAPACITY),
                    "still over capacity after reopen-after: a new alert");
            d.accepted("shop-4");
            assertEquals(List.of(State.FIRING), states(d.signals(), Rule.OVER_CAPACITY), "repeats count as before");
        }
    }
}
