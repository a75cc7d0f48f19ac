package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungxanh.alert.engine.ScanningSilentTest.of;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.AlertSignal.Severity;
import vn.vungxanh.events.AlertSignal.State;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.PassageEvent.CertificateCheck;
import vn.vungxanh.events.PassageEvent.Decision;
import vn.vungxanh.events.PassageEvent.PermitStatus;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.ShiftEvent;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;

class CheckpointRulesTest {

    private static final BigDecimal NORMAL = new BigDecimal("36.6");
    private static final BigDecimal FEVER = new BigDecimal("38.1");
    /** A ward of Long Biên (district 004), the traveller's destination. */
    private static final String DESTINATION = "00118";

    @Test
    void aCheckpointWithAnOpenShiftAndNoPassageIsSilentUntilThePassageOrTheShiftEnd() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(7))) {
            d.checkpoint("cp-1");
            d.advance(Duration.ofMinutes(30));
            assertEquals(List.of(), d.signals(), "no shift, nothing expected");

            d.shift("cp-1", ShiftEvent.Action.START);
            d.advance(Duration.ofMinutes(9));
            assertEquals(List.of(), d.signals());
            d.advance(Duration.ofMinutes(2));
            List<AlertSignal> fired = of(d.signals(), Rule.CHECKPOINT_SILENT);
            assertEquals(1, fired.size(), "10 min at level 1");
            assertEquals(State.FIRING, fired.get(0).state());
            assertEquals(PlaceKind.CHECKPOINT, fired.get(0).placeKind());

            d.passage("cp-1", null, DESTINATION, NORMAL, PermitStatus.VALID, Decision.ALLOWED);
            assertEquals(List.of(State.CLEARED), d.signals().stream().map(AlertSignal::state).toList());

            d.advance(Duration.ofMinutes(11));
            assertEquals(1, of(d.signals(), Rule.CHECKPOINT_SILENT).size());
            d.shift("cp-1", ShiftEvent.Action.END);
            assertEquals(List.of(State.CLEARED), of(d.signals(), Rule.CHECKPOINT_SILENT).stream()
                    .map(AlertSignal::state).toList(), "an ended shift expects nothing");
        }
    }

    @Test
    void levelThreeShortensCheckpointSilenceToFiveMinutes() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(7))) {
            d.level(EngineDriver.WARD, 3);
            d.checkpoint("cp-2");
            d.shift("cp-2", ShiftEvent.Action.START);
            d.advance(Duration.ofMinutes(6));
            List<AlertSignal> fired = of(d.signals(), Rule.CHECKPOINT_SILENT);
            assertEquals(1, fired.size());
            assertEquals(Severity.CRITICAL, fired.get(0).severity());
        }
    }

    @Test
    void aSilentCheckpointDeviceIsReportedOfflineDuringTheShift() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(7))) {
            d.checkpoint("cp-3");
            d.device(PlaceKind.CHECKPOINT, "cp-3", "tablet-1");
            d.advance(Duration.ofMinutes(20));
            assertEquals(List.of(), of(d.signals(), Rule.SCANNER_OFFLINE), "no shift, no duty for the device");
            d.shift("cp-3", ShiftEvent.Action.START);
            for (int i = 0; i < 4; i++) {
                d.advance(Duration.ofMinutes(4));
                d.passage("cp-3", null, DESTINATION, NORMAL, PermitStatus.VALID, Decision.ALLOWED);
            }
            List<AlertSignal> offline = of(d.signals(), Rule.SCANNER_OFFLINE);
            assertEquals(1, offline.size(), "passages come from another device; tablet-1 sent nothing for 15 min");
            d.heartbeat(PlaceKind.CHECKPOINT, "cp-3", "tablet-1");
            assertEquals(List.of(State.CLEARED), of(d.signals(), Rule.SCANNER_OFFLINE).stream()
                    .map(AlertSignal::state).toList());
        }
    }

    @Test
    void highRiskArrivalsAreSentToTheDestinationWardRepeatedAndClearedAfterAQuietHour() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.checkpoint("cp-4");
            d.level(EngineDriver.OTHER_WARD, 3);
            d.passage("cp-4", EngineDriver.WARD, DESTINATION, NORMAL, PermitStatus.VALID, Decision.ALLOWED);
            assertEquals(List.of(), d.signals(), "origin at level 1, no fever, valid permit");

            PassageEvent risky = d.passage("cp-4", EngineDriver.OTHER_WARD, DESTINATION, NORMAL, PermitStatus.VALID,
                    Decision.ALLOWED);
            List<AlertSignal> first = d.signals();
            assertEquals(1, first.size());
            AlertSignal s = first.get(0);
            assertEquals(Rule.HIGH_RISK_ARRIVAL, s.rule());
            assertEquals("HIGH_RISK_ARRIVAL/CHECKPOINT/cp-4/" + DESTINATION, s.fingerprint());
            assertEquals(DESTINATION, s.wardCode());
            assertEquals("004", s.districtCode(), "Long Biên follows up, not the checkpoint's district");
            assertEquals(Severity.CRITICAL, s.severity());
            assertEquals(List.of("ORIGIN_LEVEL"), s.evidence().get("reasons"));
            assertEquals(risky.eventId(), s.evidence().get("eventId"));

            d.passage("cp-4", null, DESTINATION, FEVER, PermitStatus.VALID, Decision.ALLOWED);
            d.passage("cp-4", null, DESTINATION, NORMAL, PermitStatus.EXPIRED, Decision.ALLOWED);
            d.passage("cp-4", null, DESTINATION, FEVER, PermitStatus.FORGED, Decision.TURNED_BACK);
            List<AlertSignal> repeats = of(d.signals(), Rule.HIGH_RISK_ARRIVAL);
            assertEquals(2, repeats.size(), "each further arrival let through is a repeat; turned back is not");
            assertEquals(List.of("FEVER"), repeats.get(0).evidence().get("reasons"));
            assertEquals(List.of("PERMIT_NOT_VALID"), repeats.get(1).evidence().get("reasons"));
            assertTrue(repeats.stream().allMatch(r -> r.state() == State.FIRING));

            d.advance(Duration.ofMinutes(59));
            assertEquals(List.of(), of(d.signals(), Rule.HIGH_RISK_ARRIVAL));
            d.advance(Duration.ofMinutes(2));
            assertEquals(List.of(State.CLEARED), of(d.signals(), Rule.HIGH_RISK_ARRIVAL).stream()
                    .map(AlertSignal::state).toList());
        }
    }

    @Test
    void aCertificateNotAcceptedOrMissingWhereTheDestinationsLevelRequiresOneIsAHighRiskArrival() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9),
                Map.of("vx.rules.high-risk-arrival.certificate-level", "3"))) {
            d.checkpoint("cp-9");
            d.passage(arrival(d, "cp-9", new CertificateCheck("VALID", "VACCINATION", null)));
            d.passage(arrival(d, "cp-9", null));
            assertEquals(List.of(), d.signals(), "an accepted certificate; none required at the destination's level 1");

            d.passage(arrival(d, "cp-9", new CertificateCheck("VALID", "TEST", "TEST_TOO_OLD")));
            List<AlertSignal> stale = of(d.signals(), Rule.HIGH_RISK_ARRIVAL);
            assertEquals(1, stale.size());
            assertEquals(List.of("CERTIFICATE_NOT_ACCEPTED"), stale.get(0).evidence().get("reasons"));
            assertEquals("TEST_TOO_OLD", stale.get(0).evidence().get("certificateRefusal"));
            d.passage(arrival(d, "cp-9", new CertificateCheck("SIGNATURE", null, null)));
            assertEquals(List.of("CERTIFICATE_NOT_ACCEPTED"), of(d.signals(), Rule.HIGH_RISK_ARRIVAL).get(0)
                    .evidence().get("reasons"), "a forged certificate at any level");

            d.level(DESTINATION, 3);
            d.passage(arrival(d, "cp-9", null));
            assertEquals(List.of("CERTIFICATE_MISSING"), of(d.signals(), Rule.HIGH_RISK_ARRIVAL).get(0)
                    .evidence().get("reasons"));
            d.passage(arrival(d, "cp-9", new CertificateCheck("VALID", "RECOVERY", null)));
            assertEquals(List.of(), of(d.signals(), Rule.HIGH_RISK_ARRIVAL), "an accepted certificate at level 3");
        }
    }

    private static PassageEvent arrival(EngineDriver d, String checkpointId, CertificateCheck certificate) {
        return new PassageEvent(PassageEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), checkpointId,
                EngineDriver.WARD, "dev-" + checkpointId, new Subject(SubjectType.DCC_HOLDER, UUID.randomUUID().toString()),
                PassageEvent.Direction.INBOUND, d.now(), d.now(), null, null, DESTINATION, NORMAL, List.of(), null,
                PermitStatus.VALID, Decision.ALLOWED, certificate);
    }

    @Test
    void anOriginProvinceCountsAtTheLevelOfItsWorstWard() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.checkpoint("cp-5");
            d.level(EngineDriver.OTHER_WARD, 4);
            PassageEvent p = new PassageEvent(PassageEvent.SCHEMA_VERSION, "p-province", "cp-5", EngineDriver.WARD,
                    "dev-cp-5", null, PassageEvent.Direction.INBOUND, d.now(), d.now(), null, EngineDriver.PROVINCE,
                    DESTINATION, NORMAL, List.of(), null, PermitStatus.VALID, Decision.ALLOWED, null);
            d.passage(p);
            List<AlertSignal> fired = d.signals();
            assertEquals(1, fired.size());
            assertEquals(4, ((Number) fired.get(0).evidence().get("originLevel")).intValue());
        }
    }

    @Test
    void threeFeverReadingsWithinAnHourAtACheckpointAreACluster_aDuplicateCountsOnce() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.checkpoint("cp-6");
            PassageEvent first = d.passage("cp-6", null, DESTINATION, FEVER, PermitStatus.VALID, Decision.REFERRED_TO_TESTING);
            d.advance(Duration.ofMinutes(20));
            d.passage(first);
            d.passage("cp-6", null, DESTINATION, FEVER, PermitStatus.VALID, Decision.REFERRED_TO_TESTING);
            assertEquals(List.of(), of(d.signals(), Rule.FEVER_CLUSTER), "two readings; the redelivery is the same one");

            d.advance(Duration.ofMinutes(20));
            d.passage("cp-6", null, DESTINATION, FEVER, PermitStatus.VALID, Decision.QUARANTINED);
            List<AlertSignal> fired = of(d.signals(), Rule.FEVER_CLUSTER);
            assertEquals(1, fired.size());
            assertEquals(3, ((Number) fired.get(0).evidence().get("feverReadings")).intValue());
            assertEquals(Severity.CRITICAL, fired.get(0).severity());

            d.advance(Duration.ofMinutes(25));
            assertEquals(List.of(State.CLEARED), of(d.signals(), Rule.FEVER_CLUSTER).stream()
                    .map(AlertSignal::state).toList(), "the first reading left the 60 min window");
        }
    }
}
