package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.AlertSignal.Severity;
import vn.vungxanh.events.AlertSignal.State;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.ThresholdOverride;
import vn.vungxanh.events.VenueType;

class ScanningSilentTest {

    private static final OpeningHours DAYTIME = new OpeningHours("MON-SUN", "06:00", "18:00");
    private static final OpeningHours NIGHT = new OpeningHours("MON-SUN", "22:00", "02:00");

    static List<AlertSignal> of(List<AlertSignal> signals, Rule rule) {
        return signals.stream().filter(s -> s.rule() == rule).toList();
    }

    @Test
    void aVenueThatNeverScannedFiresOnceAfterTheThresholdAndClearsOnItsFirstScan() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(8))) {
            d.venue("m-1", VenueType.MARKET, 0, EngineDriver.WARD, DAYTIME);
            d.advance(Duration.ofMinutes(29));
            assertEquals(List.of(), d.signals(), "market at level 1 allows 30 min");

            d.advance(Duration.ofMinutes(2));
            List<AlertSignal> fired = d.signals();
            assertEquals(1, fired.size());
            AlertSignal s = fired.get(0);
            assertEquals(Rule.SCANNING_SILENT, s.rule());
            assertEquals(State.FIRING, s.state());
            assertEquals("SCANNING_SILENT/VENUE/m-1", s.fingerprint());
            assertEquals(Severity.WARNING, s.severity());
            assertEquals(EngineDriver.WARD, s.wardCode());
            assertEquals(EngineDriver.DISTRICT, s.districtCode());
            assertEquals("Venue m-1", s.placeName());
            assertEquals("never", s.evidence().get("lastAcceptedScanAt"));
            assertEquals(30, ((Number) s.evidence().get("thresholdMinutes")).intValue());

            d.advance(Duration.ofHours(1));
            assertEquals(List.of(), d.signals(), "no repeats while the silence goes on");

            d.accepted("m-1");
            List<AlertSignal> cleared = d.signals();
            assertEquals(1, cleared.size());
            assertEquals(State.CLEARED, cleared.get(0).state());
            assertEquals(s.fingerprint(), cleared.get(0).fingerprint());
        }
    }

    @Test
    void closingTimeClearsAndTheNextOpeningStartsTheCountAgain() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(17))) {
            d.venue("m-2", VenueType.MARKET, 0, EngineDriver.WARD, DAYTIME);
            d.advanceTo(EngineDriver.MONDAY.withHour(17).withMinute(31));
            assertEquals(List.of(State.FIRING), d.signals().stream().map(AlertSignal::state).toList());

            d.advanceTo(EngineDriver.MONDAY.withHour(18).withMinute(1));
            assertEquals(List.of(State.CLEARED), d.signals().stream().map(AlertSignal::state).toList());

            d.jumpTo(EngineDriver.MONDAY.plusDays(1).withHour(5).withMinute(59));
            d.advanceTo(EngineDriver.MONDAY.plusDays(1).withHour(6).withMinute(29));
            assertEquals(List.of(), d.signals(), "closed overnight, and 29 min after opening");
            d.advance(Duration.ofMinutes(2));
            List<AlertSignal> next = d.signals();
            assertEquals(1, next.size());
            assertEquals(State.FIRING, next.get(0).state());
            assertEquals(EngineDriver.local(EngineDriver.MONDAY.plusDays(1).withHour(6)).toString(),
                    next.get(0).evidence().get("openSince"));
        }
    }

    @Test
    void hoursPastMidnightKeepTheVenueWatchedUntilItCloses() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(21))) {
            d.venue("r-1", VenueType.RESTAURANT, 0, EngineDriver.WARD, NIGHT);
            d.accepted("r-1");
            d.advanceTo(EngineDriver.MONDAY.withHour(22).withMinute(59));
            assertEquals(List.of(), d.signals(), "others allow 60 min from opening at 22:00");
            d.advanceTo(EngineDriver.MONDAY.withHour(23).withMinute(1));
            assertEquals(List.of(State.FIRING), d.signals().stream().map(AlertSignal::state).toList());
            d.advanceTo(EngineDriver.MONDAY.plusDays(1).withHour(1).withMinute(59));
            assertEquals(List.of(), d.signals(), "still open after midnight");
            d.advanceTo(EngineDriver.MONDAY.plusDays(1).withHour(2).withMinute(1));
            assertEquals(List.of(State.CLEARED), d.signals().stream().map(AlertSignal::state).toList());
        }
    }

    @Test
    void aHigherWardLevelTightensTheThresholdAtOnce() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(8))) {
            d.venue("m-3", VenueType.MARKET, 0, EngineDriver.WARD, DAYTIME);
            d.accepted("m-3");
            d.advance(Duration.ofMinutes(5));
            d.level(EngineDriver.WARD, 4);
            d.advance(Duration.ofMinutes(4));
            assertEquals(List.of(), d.signals());
            d.advance(Duration.ofMinutes(2));
            List<AlertSignal> fired = d.signals();
            assertEquals(1, fired.size(), "level 4 allows a market 10 min");
            assertEquals(4, ((Number) fired.get(0).evidence().get("level")).intValue());
            assertEquals(Severity.CRITICAL, fired.get(0).severity());
        }
    }

    @Test
    void aLateUploadOfAnOldScanDoesNotEndTheSilence() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(8))) {
            d.venue("m-4", VenueType.MARKET, 0, EngineDriver.WARD, DAYTIME);
            d.advance(Duration.ofMinutes(40));
            assertEquals(1, d.signals().size());
            d.checkin("m-4", CheckinEvent.Direction.IN, "late-visitor", Duration.ofMinutes(35), null);
            assertEquals(List.of(), d.signals(), "a scan from 35 min ago says nothing about the last 30 min");
            d.checkin("m-4", CheckinEvent.Direction.IN, "late-visitor-2", Duration.ofMinutes(5), null);
            assertEquals(List.of(State.CLEARED), d.signals().stream().map(AlertSignal::state).toList(),
                    "a scan from 5 min ago does");
        }
    }

    @Test
    void anOfflineScannerInhibitsSilenceAtItsVenue() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(8))) {
            d.venue("m-5", VenueType.MARKET, 0, EngineDriver.WARD, DAYTIME);
            d.device(PlaceKind.VENUE, "m-5", "scanner-1");
            d.advance(Duration.ofMinutes(14));
            assertEquals(List.of(), d.signals());
            d.advance(Duration.ofMinutes(2));
            List<AlertSignal> offline = d.signals();
            assertEquals(1, offline.size());
            assertEquals(Rule.SCANNER_OFFLINE, offline.get(0).rule());
            assertTrue(((java.util.Map<?, ?>) offline.get(0).evidence().get("devicesLastSeen"))
                    .containsKey("scanner-1"));

            d.advance(Duration.ofMinutes(45));
            assertEquals(List.of(), d.signals(), "the silent market is not flagged while its scanner is down");

            d.heartbeat(PlaceKind.VENUE, "m-5", "scanner-1");
            List<AlertSignal> after = d.signals();
            assertEquals(List.of(State.CLEARED), of(after, Rule.SCANNER_OFFLINE).stream().map(AlertSignal::state)
                    .toList());
            assertEquals(List.of(State.FIRING), of(after, Rule.SCANNING_SILENT).stream().map(AlertSignal::state)
                    .toList(), "the scanner is back and still nobody scans");
        }
    }
    @Test
    void aDistrictsOverrideTightensTheThresholdThereAndNotInTheNeighbouringDistrict() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            OpeningHours always = new OpeningHours("MON-SUN", "00:00", "00:00");
            d.venue("ba-dinh", VenueType.MARKET, 0, EngineDriver.WARD, always);
            d.venue("long-bien", VenueType.MARKET, 0, "00118", always);
            // set after both registered: the district's places are looked at again at once
            d.thresholds(EngineDriver.DISTRICT, new ThresholdOverride(Rule.SCANNING_SILENT, VenueType.MARKET, null,
                    null, Duration.ofMinutes(10), null));
            d.advance(Duration.ofMinutes(11));
            List<AlertSignal> fired = of(d.signals(), Rule.SCANNING_SILENT);
            assertEquals(List.of("ba-dinh"), fired.stream().map(AlertSignal::placeId).toList());
            assertEquals(10, ((Number) fired.get(0).evidence().get("thresholdMinutes")).intValue());
            d.advance(Duration.ofMinutes(20));
            assertEquals(List.of("long-bien"), of(d.signals(), Rule.SCANNING_SILENT).stream()
                    .map(AlertSignal::placeId).toList(), "Long Biên keeps the default of 30 min");
        }
    }
}
