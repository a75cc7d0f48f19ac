package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungxanh.alert.engine.ScanningSilentTest.of;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.AlertSignal.State;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.VenueType;

/**
 * SCAN_RATE_DROP of a venue without two weeks of history: its last hour against the median of the other open venues
 * of its type in its ward, which are looked at by a second processor keyed by ward and type.
 */
class PeerRateDropTest {

    private static final OpeningHours ALWAYS = new OpeningHours("MON-SUN", "00:00", "00:00");
    private static final List<String> PEERS = List.of("sm-1", "sm-2", "sm-3");

    private static List<State> states(List<AlertSignal> signals, Rule rule) {
        return of(signals, rule).stream().map(AlertSignal::state).toList();
    }

    private static void scans(EngineDriver d, String venueId, int n) {
        for (int i = 0; i < n; i++) {
            d.accepted(venueId);
        }
    }

    private static void supermarkets(EngineDriver d, List<String> ids) {
        for (String id : ids) {
            d.venue(id, VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
        }
    }

    @Test
    void aNewVenueFarBelowItsPeersFiresAndClearsOnceItScansAgain() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            supermarkets(d, PEERS);
            d.venue("new", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            // another type and another ward are not peers
            d.venue("cs", VenueType.CONVENIENCE_STORE, 0, EngineDriver.WARD, ALWAYS);
            d.venue("far", VenueType.SUPERMARKET, 0, EngineDriver.OTHER_WARD, ALWAYS);
            PEERS.forEach(p -> scans(d, p, 40));
            scans(d, "new", 4);
            scans(d, "cs", 1);
            scans(d, "far", 1);

            d.advanceTo(EngineDriver.MONDAY.withHour(10).withMinute(5));
            List<AlertSignal> fired = of(d.signals(), Rule.SCAN_RATE_DROP);
            assertEquals(List.of("new"), fired.stream().map(AlertSignal::placeId).toList(),
                    "4 is under 25 % of the peers' median 40; 'cs' and 'far' have no peers");
            Map<String, Object> evidence = fired.get(0).evidence();
            assertEquals(4, ((Number) evidence.get("checkinsInHour")).intValue());
            assertEquals(40.0, ((Number) evidence.get("peerMedian")).doubleValue());
            assertEquals(3, ((Number) evidence.get("peers")).intValue());
            assertEquals(0.1, ((Number) evidence.get("shareOfPeers")).doubleValue());
            assertEquals(EngineDriver.local(EngineDriver.MONDAY.withHour(9)).toString(), evidence.get("hourStart"));

            PEERS.forEach(p -> scans(d, p, 40));
            scans(d, "new", 30);
            d.advanceTo(EngineDriver.MONDAY.withHour(11).withMinute(5));
            List<AlertSignal> after = of(d.signals(), Rule.SCAN_RATE_DROP);
            assertEquals(List.of(State.CLEARED), after.stream().map(AlertSignal::state).toList(),
                    "30 of a median of 40 is no drop");
            assertEquals("new", after.get(0).placeId());
        }
    }

    @Test
    void aSupermarketThatNeverScansWhileItsPeersDoIsCaught() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(17))) {
            supermarkets(d, PEERS);
            d.venue("dark", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            PEERS.forEach(p -> scans(d, p, 60));
            d.advanceTo(EngineDriver.MONDAY.withHour(18).withMinute(5));
            List<AlertSignal> fired = of(d.signals(), Rule.SCAN_RATE_DROP);
            assertEquals(List.of("dark"), fired.stream().map(AlertSignal::placeId).toList());
            assertEquals(0, ((Number) fired.get(0).evidence().get("checkinsInHour")).intValue());
        }
    }

    @Test
    void fewerThanTwoOtherOpenPeersJudgeNothing() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("sm-1", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            // a second supermarket that is closed all day is no peer
            d.venue("sm-closed", VenueType.SUPERMARKET, 0, EngineDriver.WARD,
                    new OpeningHours("MON-SUN", "22:00", "23:00"));
            d.venue("new", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            scans(d, "sm-1", 80);
            scans(d, "new", 1);
            d.advanceTo(EngineDriver.MONDAY.withHour(10).withMinute(5));
            assertEquals(List.of(), states(d.signals(), Rule.SCAN_RATE_DROP));
        }
    }

    @Test
    void aQuietHourOfThePeersJudgesNothing() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(6))) {
            supermarkets(d, PEERS);
            d.venue("new", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            PEERS.forEach(p -> scans(d, p, 8));
            d.advanceTo(EngineDriver.MONDAY.withHour(7).withMinute(5));
            assertEquals(List.of(), states(d.signals(), Rule.SCAN_RATE_DROP),
                    "a peers' median of 8 is under the minimum of 10");
        }
    }

    @Test
    void aVenueClosedDuringTheHourIsNotJudged() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            supermarkets(d, PEERS);
            d.venue("late", VenueType.SUPERMARKET, 0, EngineDriver.WARD,
                    new OpeningHours("MON-SUN", "09:30", "22:00"));
            PEERS.forEach(p -> scans(d, p, 40));
            d.advanceTo(EngineDriver.MONDAY.withHour(9).withMinute(40));
            d.venue("joined", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            d.advanceTo(EngineDriver.MONDAY.withHour(10).withMinute(5));
            assertEquals(List.of(), states(d.signals(), Rule.SCAN_RATE_DROP),
                    "'late' opened at 09:30, 'joined' was registered at 09:40");
        }
    }

    @Test
    void aVenueWithTwoWeeksOfHistoryKeepsItsOwnBaseline() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.minusWeeks(2).withHour(9))) {
            d.venue("old", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            // Mondays 09:00-10:00 of the two weeks before: 40 check-ins each
            for (int w = 0; w < 2; w++) {
                scans(d, "old", 40);
                d.jumpTo(EngineDriver.MONDAY.minusWeeks(1 - w).withHour(9));
            }
            supermarkets(d, PEERS);
            PEERS.forEach(p -> scans(d, p, 200));
            scans(d, "old", 40);
            d.signals();
            d.advanceTo(EngineDriver.MONDAY.withHour(10).withMinute(5));
            assertEquals(List.of(), states(d.signals(), Rule.SCAN_RATE_DROP),
                    "40 is a fifth of the peers' 200 but no drop from its own median of 40");

            scans(d, "old", 5);
            PEERS.forEach(p -> scans(d, p, 40));
            d.advanceTo(EngineDriver.MONDAY.withHour(11).withMinute(5));
            assertEquals(List.of(), states(d.signals(), Rule.SCAN_RATE_DROP),
                    "10:00-11:00 had no history of its own: no median, and the peers are not asked");
        }
    }
    @Test
    void aNewVenueIsJudgedAgainstTheEstablishedVenuesOfItsWardToo() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.minusWeeks(2).withHour(9))) {
            supermarkets(d, PEERS);
            // the peers scan 40 on the Mondays 09:00-10:00 of the two weeks before: they have a baseline of their own
            for (int w = 0; w < 2; w++) {
                PEERS.forEach(p -> scans(d, p, 40));
                d.jumpTo(EngineDriver.MONDAY.minusWeeks(1 - w).withHour(9));
            }
            d.venue("new", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            PEERS.forEach(p -> scans(d, p, 40));
            scans(d, "new", 4);
            d.signals();
            d.advanceTo(EngineDriver.MONDAY.withHour(10).withMinute(5));
            List<AlertSignal> fired = of(d.signals(), Rule.SCAN_RATE_DROP);
            assertEquals(List.of("new"), fired.stream().map(AlertSignal::placeId).toList(),
                    "4 is under 25 % of the established peers' median of 40; the peers hold their own baseline");
            assertEquals(3, ((Number) fired.get(0).evidence().get("peers")).intValue());
            assertEquals(40.0, ((Number) fired.get(0).evidence().get("peerMedian")).doubleValue());
        }
    }

    @Test
    void aBrokenScannerInhibitsTheDropFromTheVenuesOwnBaselineAsFromItsPeers() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.minusWeeks(2).withHour(9))) {
            d.venue("broken", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            d.venue("working", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            // "broken" has a registered scanner that never reports: SCANNER_OFFLINE fires after 15 min
            d.device(PlaceKind.VENUE, "broken", "dev-broken");
            for (int w = 0; w < 2; w++) {
                scans(d, "broken", 40);
                scans(d, "working", 40);
                d.jumpTo(EngineDriver.MONDAY.minusWeeks(1 - w).withHour(9));
            }
            scans(d, "broken", 5);
            scans(d, "working", 5);
            d.signals();
            d.advanceTo(EngineDriver.MONDAY.withHour(10).withMinute(5));
            assertTrue(d.place("broken").isFiring("SCANNER_OFFLINE/VENUE/broken"));
            List<AlertSignal> fired = of(d.signals(), Rule.SCAN_RATE_DROP);
            assertEquals(List.of("working"), fired.stream().map(AlertSignal::placeId).toList(),
                    "5 is under 30 % of both venues' own median of 40, but a broken scanner explains the drop");
        }
    }
}
