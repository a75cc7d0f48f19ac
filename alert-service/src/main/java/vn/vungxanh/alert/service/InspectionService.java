package vn.vungxanh.alert.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.vungxanh.alert.Inspection;
import vn.vungxanh.alert.Venue;
import vn.vungxanh.alert.VenueScanMinute;
import vn.vungxanh.alert.WardLevel;
import vn.vungxanh.alert.config.AlertsConfig;
import vn.vungxanh.alert.engine.Thresholds;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;

/**
 * A spot check: the check-ins recorded at the venue during the observed window against the people the inspector
 * counted. Coverage below the ward level's threshold raises LOW_QR_COVERAGE with the evidence.
 */
@ApplicationScoped
public class InspectionService {

    static final int SCALE = 4;

    @Inject
    Clock clock;

    @Inject
    AlertsConfig config;

    @Inject
    AlertLifecycle lifecycle;

    public record Spot(String venueId, Instant observedFrom, Instant observedTo, int peopleCounted) {
    }

    public record InspectionView(String id, String venueId, String venueName, String wardCode, String districtCode,
            Instant observedFrom, Instant observedTo, int peopleCounted, long checkinsRecorded, BigDecimal coverage,
            BigDecimal requiredCoverage, int wardLevel, boolean compliant, AlertView alert) {
    }

    @Transactional
    public InspectionView inspect(Scope scope, Spot spot) {
        Venue venue = Venue.findById(spot.venueId());
        if (venue == null) {
            throw ProblemException.invalidField("venueId", "is not a registered venue");
        }
        scope.require(venue.districtCode, venue.wardCode);
        Instant now = clock.instant();
        if (!spot.observedTo().isAfter(spot.observedFrom())) {
            throw ProblemException.invalidField("observedTo", "must be after observedFrom");
        }
        if (spot.observedTo().isAfter(now.plus(config.inspectionClockTolerance()))) {
            throw ProblemException.invalidField("observedTo", "must not be in the future");
        }
        long checkins = VenueScanMinute.between(venue.id, spot.observedFrom(), spot.observedTo());
        BigDecimal coverage = BigDecimal.valueOf(checkins).divide(BigDecimal.valueOf(spot.peopleCounted()), SCALE,
                RoundingMode.HALF_UP);
        int level = WardLevel.levelOf(venue.wardCode);
        BigDecimal required = BigDecimal.valueOf(config.coverage().requiredByLevel().get(level - 1))
                .setScale(SCALE, RoundingMode.HALF_UP);

        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID().toString();
        inspection.venueId = venue.id;
        inspection.wardCode = venue.wardCode;
        inspection.districtCode = venue.districtCode;
        inspection.observedFrom = spot.observedFrom();
        inspection.observedTo = spot.observedTo();
        inspection.peopleCounted = spot.peopleCounted();
        inspection.checkinsRecorded = (int) checkins;
        inspection.coverage = coverage;
        inspection.requiredCoverage = required;
        inspection.wardLevel = level;
        inspection.inspector = scope.actor();
        inspection.createdAt = now;

        AlertView alert = null;
        boolean compliant = coverage.compareTo(required) >= 0;
        if (!compliant) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("inspectionId", inspection.id);
            evidence.put("observedFrom", spot.observedFrom().toString());
            evidence.put("observedTo", spot.observedTo().toString());
            evidence.put("peopleCounted", spot.peopleCounted());
            evidence.put("checkinsRecorded", checkins);
            evidence.put("coverage", coverage);
            evidence.put("requiredCoverage", required);
            evidence.put("wardLevel", level);
            evidence.put("inspector", scope.actor());
            AlertSignal signal = new AlertSignal(AlertSignal.SCHEMA_VERSION, "inspection:" + inspection.id,
                    AlertSignal.fingerprint(Rule.LOW_QR_COVERAGE, PlaceKind.VENUE, venue.id), Rule.LOW_QR_COVERAGE,
                    AlertSignal.State.FIRING, Thresholds.severity(Rule.LOW_QR_COVERAGE, level), PlaceKind.VENUE,
                    venue.id, venue.name, venue.wardCode, venue.districtCode, spot.observedTo(), evidence);
            alert = lifecycle.apply(signal, scope.actor()).orElse(null);
            inspection.alertId = alert == null ? null : alert.id();
        }
        inspection.persist();
        return new InspectionView(inspection.id, venue.id, venue.name, venue.wardCode, venue.districtCode,
                spot.observedFrom(), spot.observedTo(), spot.peopleCounted(), checkins, coverage, required, level,
                compliant, alert);
    }
}
