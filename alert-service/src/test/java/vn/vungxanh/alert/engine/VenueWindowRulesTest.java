package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungxanh.alert.engine.ScanningSilentTest.of;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.AlertSignal.State;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.CheckinEvent.Direction;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.VenueType;

class VenueWindowRulesTest {

    private static final OpeningHours ALWAYS = new OpeningHours("MON-SUN", "00:00", "00:00");

    private static List<State> states(List<AlertSignal> signals, Rule rule) {
        return of(signals, rule).stream().map(AlertSignal::state).toList();
    }

    @Test
    void fiveRejectedScansAtAFifthOfAllScansWithinHalfAnHourFlagAFakePoster() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("s-1", VenueType.CONVENIENCE_STORE, 0, EngineDriver.WARD, ALWAYS);
            for (int i = 0; i < 16; i++) {
                d.accepted("s-1");
            }
            String firstRejected = d.rejected("s-1");
            for (int i = 0; i < 3; i++) {
                d.rejected("s-1");
            }
            assertEquals(List.of(), states(d.signals(), Rule.INVALID_QR_SCANS), "4 rejected are not enough");
            d.rejected("s-1");
            List<AlertSignal> fired = of(d.signals(), Rule.INVALID_QR_SCANS);
            assertEquals(1, fired.size(), "5 of 21 scans rejected");
            assertEquals(5, ((Number) fired.get(0).evidence().get("rejectedScans")).intValue());
            assertTrue(((List<?>) fired.get(0).evidence().get("rejectedEventIds")).contains(firstRejected));
            assertEquals(List.of("FORGED"), fired.get(0).evidence().get("rejectReasons"));

            d.rejected("s-1");
            assertEquals(List.of(State.FIRING), states(d.signals(), Rule.INVALID_QR_SCANS),
                    "a further rejected scan while firing is a repeat");

            d.advance(Duration.ofMinutes(31));
            assertEquals(List.of(State.CLEARED), states(d.signals(), Rule.INVALID_QR_SCANS));
        }
    }

    @Test
    void rejectedScansDrownedInAcceptedOnesAreNotAFakePoster_duplicatesCountOnce() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("s-2", VenueType.CONVENIENCE_STORE, 0, EngineDriver.WARD, ALWAYS);
            for (int i = 0; i < 30; i++) {
                d.accepted("s-2");
            }
            for (int i = 0; i < 6; i++) {
                d.rejected("s-2");
            }
            assertEquals(List.of(), states(d.signals(), Rule.INVALID_QR_SCANS), "6 of 36 is under 20 %");

            try (EngineDriver e = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
                e.venue("s-3", VenueType.CONVENIENCE_STORE, 0, EngineDriver.WARD, ALWAYS);
                CheckinEvent forged = new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(),
                        "s-3", EngineDriver.WARD, null, null, Direction.IN, e.now(), e.now(), null,
                        CheckinEvent.ScanStatus.REJECTED, CheckinEvent.RejectReason.EXPIRED);
                for (int i = 0; i < 6; i++) {
                    e.checkin(forged);
                }
                assertEquals(List.of(), states(e.signals(), Rule.INVALID_QR_SCANS),
                        "one rejected scan delivered six times is one");
            }
        }
    }

    @Test
    void occupancyAboveTheLevelsShareOfCapacityFiresAndExpiresAfterTheDwellTime() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("c-1", VenueType.CONVENIENCE_STORE, 10, EngineDriver.WARD, ALWAYS);
            d.level(EngineDriver.WARD, 3);
            for (int i = 0; i < 5; i++) {
                d.checkin("c-1", Direction.IN, "v" + i, Duration.ZERO, null);
            }
            assertEquals(List.of(), states(d.signals(), Rule.OVER_CAPACITY), "5 of 10 is the 50 % level 3 allows");
            d.checkin("c-1", Direction.OUT, "v0", Duration.ZERO, null);
            d.checkin("c-1", Direction.IN, "v5", Duration.ZERO, null);
            assertEquals(List.of(), states(d.signals(), Rule.OVER_CAPACITY), "one left, one came");
            d.checkin("c-1", Direction.IN, "v6", Duration.ZERO, null);
            List<AlertSignal> fired = of(d.signals(), Rule.OVER_CAPACITY);
            assertEquals(1, fired.size());
            assertEquals(6, ((Number) fired.get(0).evidence().get("occupancy")).intValue());
            assertEquals(5, ((Number) fired.get(0).evidence().get("allowedOccupancy")).intValue());

            d.advance(Duration.ofMinutes(17));
            assertEquals(List.of(State.CLEARED), states(d.signals(), Rule.OVER_CAPACITY),
                    "convenience-store visitors without check-out leave after 15 min");
        }
    }

    @Test
    void aCheckOutClosesTheVisitOfItsOwnSubjectOnlyAndNothingOnceThatVisitExpired() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("c-3", VenueType.CONVENIENCE_STORE, 5, EngineDriver.WARD, ALWAYS);
            for (int i = 0; i < 5; i++) {
                d.checkin("c-3", Direction.IN, "early" + i, Duration.ZERO, null);
            }
            // they stay past the 15 min dwell time: their visits expired; their check-outs close nothing
            d.advance(Duration.ofMinutes(20));
            for (int i = 0; i < 5; i++) {
                d.checkin("c-3", Direction.OUT, "early" + i, Duration.ZERO, null);
            }
            for (int i = 0; i < 6; i++) {
                d.checkin("c-3", Direction.IN, "late" + i, Duration.ZERO, null);
            }
            List<AlertSignal> fired = of(d.signals(), Rule.OVER_CAPACITY);
            assertEquals(1, fired.size(), "6 visits in progress at a capacity of 5");
            assertEquals(6, ((Number) fired.get(0).evidence().get("occupancy")).intValue());

            d.checkin("c-3", Direction.OUT, "never-checked-in", Duration.ZERO, null);
            d.advance(Duration.ofMinutes(2));
            assertEquals(List.of(), states(d.signals(), Rule.OVER_CAPACITY),
                    "a check-out without a visit in progress closes nothing");
            d.checkin("c-3", Direction.OUT, "late0", Duration.ZERO, null);
            d.advance(Duration.ofMinutes(2));
            assertEquals(List.of(State.CLEARED), states(d.signals(), Rule.OVER_CAPACITY),
                    "late0 left: 5 visits in progress");
        }
    }

    @Test
    void aLateUploadIsCountedInTheWindowWhereItHappened() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(12))) {
            d.venue("c-2", VenueType.MARKET, 0, EngineDriver.WARD, ALWAYS);
            BigDecimal fever = new BigDecimal("37.8");
            d.scanned("c-2", "a", Duration.ofHours(3), fever);
            d.scanned("c-2", "b", Duration.ofHours(3).minusMinutes(10), fever);
            d.scanned("c-2", "c", Duration.ZERO, fever);
            assertEquals(List.of(), states(d.signals(), Rule.FEVER_CLUSTER), "two readings at 09:00, one at noon");
            d.scanned("c-2", "d", Duration.ofHours(3).minusMinutes(20), fever);
            List<AlertSignal> fired = of(d.signals(), Rule.FEVER_CLUSTER);
            assertEquals(1, fired.size(), "a phone uploading late adds a third reading to 09:00-09:20");
            assertEquals(EngineDriver.local(EngineDriver.MONDAY.withHour(9).withMinute(20)), fired.get(0).observedAt());
            d.advance(Duration.ofMinutes(2));
            assertEquals(List.of(State.CLEARED), states(d.signals(), Rule.FEVER_CLUSTER),
                    "the last hour itself holds one reading");

            d.scanned("c-2", "e", Duration.ofHours(80), fever);
            d.scanned("c-2", "f", Duration.ofHours(80), fever);
            d.scanned("c-2", "g", Duration.ofHours(80), fever);
            assertEquals(List.of(), states(d.signals(), Rule.FEVER_CLUSTER), "older than 72 h: not counted");

            for (String s : List.of("h", "i", "j")) {
                d.scanned("c-2", s, Duration.ofHours(-2), fever);
            }
            assertEquals(List.of(), states(d.signals(), Rule.FEVER_CLUSTER), "a clock 2 h ahead: not counted");
        }
    }

    @Test
    void anHourFarBelowTheVenuesOwnMedianForThatHourOfTheWeekIsARateDrop() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.minusWeeks(3).withHour(9))) {
            d.venue("m-1", VenueType.MARKET, 0, EngineDriver.WARD, ALWAYS);
            // Mondays 09:00-10:00 of the three weeks before: 40, 50 and 60 check-ins
            int[] perWeek = {40, 50, 60};
            for (int w = 0; w < 3; w++) {
                for (int i = 0; i < perWeek[w]; i++) {
                    d.accepted("m-1");
                }
                d.jumpTo(EngineDriver.MONDAY.minusWeeks(2 - w).withHour(9));
            }
            for (int i = 0; i < 10; i++) {
                d.accepted("m-1");
            }
            d.signals();
            d.advanceTo(EngineDriver.MONDAY.withHour(10).withMinute(2));
            List<AlertSignal> fired = of(d.signals(), Rule.SCAN_RATE_DROP);
            assertEquals(1, fired.size(), "10 is under 30 % of the median 50");
            assertEquals(50.0, ((Number) fired.get(0).evidence().get("baselineMedian")).doubleValue());
            assertEquals(10, ((Number) fired.get(0).evidence().get("checkinsInHour")).intValue());

            for (int i = 0; i < 10; i++) {
                d.accepted("m-1");
            }
            d.advanceTo(EngineDriver.MONDAY.withHour(11).withMinute(2));
            assertEquals(List.of(State.CLEARED), states(d.signals(), Rule.SCAN_RATE_DROP),
                    "10:00-11:00 had no check-ins in earlier weeks: a median of 0 judges nothing, the drop clears");
        }
    }

    @Test
    void aVenueWithOneWeekOfHistoryIsNotJudgedOnItsOwnMedian() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.minusWeeks(1).withHour(9))) {
            d.venue("m-2", VenueType.MARKET, 0, EngineDriver.WARD, ALWAYS);
            for (int i = 0; i < 60; i++) {
                d.accepted("m-2");
            }
            d.jumpTo(EngineDriver.MONDAY.withHour(9));
            d.accepted("m-2");
            d.advanceTo(EngineDriver.MONDAY.withHour(10).withMinute(2));
            assertEquals(List.of(), states(d.signals(), Rule.SCAN_RATE_DROP), "two weeks of history are needed");
        }
    }

    @Test
    void subjectOfAScanIsNeverInTheEvidence() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("c-3", VenueType.CONVENIENCE_STORE, 1, EngineDriver.WARD, ALWAYS);
            Subject s = new Subject(SubjectType.CCCD, "hash-of-someone");
            for (String id : List.of("x1", "x2")) {
                d.checkin(new CheckinEvent(CheckinEvent.SCHEMA_VERSION, id, "c-3", EngineDriver.WARD, null, s,
                        Direction.IN, d.now(), d.now(), null, CheckinEvent.ScanStatus.ACCEPTED, null));
            }
            List<AlertSignal> fired = of(d.signals(), Rule.OVER_CAPACITY);
            assertEquals(1, fired.size());
            assertTrue(!fired.get(0).evidence().toString().contains("hash-of-someone"));
        }
    }
}
