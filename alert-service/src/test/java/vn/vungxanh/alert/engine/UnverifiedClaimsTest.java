package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vungxanh.alert.engine.ScanningSilentTest.of;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.VenueType;

/**
 * Anyone can print a venue's public id into a poster with a junk signature and post it without a token: such a scan
 * is an unverified claim, and must not let one sender raise alerts at a venue of their choosing.
 */
class UnverifiedClaimsTest {

    private static final OpeningHours ALWAYS = new OpeningHours("MON-SUN", "00:00", "00:00");
    private static final BigDecimal FEVER = new BigDecimal("39.2");

    private static void visitor(EngineDriver d, String venueId, CheckinEvent.ScanStatus status, Boolean verified,
            String client) {
        d.checkin(new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venueId,
                EngineDriver.WARD, null, new Subject(SubjectType.APP, UUID.randomUUID().toString()),
                CheckinEvent.Direction.IN, d.now(), d.now(), FEVER, status,
                status == CheckinEvent.ScanStatus.REJECTED ? CheckinEvent.RejectReason.FORGED : null, verified, client));
    }

    @Test
    void sixJunkPostersFromOneSenderWithFeverRaiseNothingAtTheVictimsMarket() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("victim", VenueType.MARKET, 0, EngineDriver.WARD, ALWAYS);
            for (int i = 0; i < 6; i++) {
                visitor(d, "victim", CheckinEvent.ScanStatus.REJECTED, false, "attacker");
            }
            assertEquals(List.of(), of(d.signals(), Rule.FEVER_CLUSTER), "a rejected scan's temperature is no reading");
            assertEquals(List.of(), of(d.signals(), Rule.INVALID_QR_SCANS), "one sender's claims are not a fake poster");
        }
    }

    @Test
    void visitorsOwnTemperaturesNeverMakeAFeverCluster() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("m-1", VenueType.MARKET, 0, EngineDriver.WARD, ALWAYS);
            for (int i = 0; i < 6; i++) {
                visitor(d, "m-1", CheckinEvent.ScanStatus.ACCEPTED, true, "phone-" + i);
            }
            assertEquals(List.of(), of(d.signals(), Rule.FEVER_CLUSTER), "typed into an app, not measured");
        }
    }

    @Test
    void junkPostersScannedByFiveDistinctPhonesAreAFakePosterAtInfoMarkedUnverified() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("s-1", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            for (int i = 0; i < 4; i++) {
                visitor(d, "s-1", CheckinEvent.ScanStatus.REJECTED, false, "phone-" + i);
                visitor(d, "s-1", CheckinEvent.ScanStatus.REJECTED, false, "phone-" + i);
            }
            assertEquals(List.of(), of(d.signals(), Rule.INVALID_QR_SCANS), "four phones are not enough");
            visitor(d, "s-1", CheckinEvent.ScanStatus.REJECTED, false, "phone-4");
            List<AlertSignal> fired = of(d.signals(), Rule.INVALID_QR_SCANS);
            assertEquals(1, fired.size(), "five distinct phones scanned a junk poster naming the venue");
            assertEquals(AlertSignal.Severity.INFO, fired.get(0).severity());
            assertEquals(Boolean.TRUE, fired.get(0).evidence().get("unverified"));
            assertEquals(5, ((Number) fired.get(0).evidence().get("unverifiedClients")).intValue());
            assertEquals(List.of("FORGED (unverified)"), fired.get(0).evidence().get("rejectReasons"));
        }
    }

    @Test
    void verifiedRejectionsStillRaiseAsBefore() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.venue("s-2", VenueType.SUPERMARKET, 0, EngineDriver.WARD, ALWAYS);
            for (int i = 0; i < 5; i++) {
                d.checkin(new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), "s-2",
                        EngineDriver.WARD, null, null, CheckinEvent.Direction.IN, d.now(), d.now(), null,
                        CheckinEvent.ScanStatus.REJECTED, CheckinEvent.RejectReason.EXPIRED, true, "one-phone"));
            }
            List<AlertSignal> fired = of(d.signals(), Rule.INVALID_QR_SCANS);
            assertEquals(1, fired.size(), "an expired poster of ours is attributed to its venue");
            assertEquals(AlertSignal.Severity.WARNING, fired.get(0).severity());
        }
    }
}
