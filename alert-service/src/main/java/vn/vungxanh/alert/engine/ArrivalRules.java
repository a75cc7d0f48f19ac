package vn.vungxanh.alert.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;

/**
 * HIGH_RISK_ARRIVAL: a traveller let through who comes from a ward or province at a high level, has fever, has no
 * valid permit, shows a health certificate that is not accepted, or shows none where the destination's level requires
 * one. The traveller's destination ward must follow up, so the fingerprint names checkpoint and destination
 * ward; it clears once no such arrival for that ward has passed the checkpoint for a quiet period.
 */
public final class ArrivalRules {

    /** Epidemic levels of wards and provinces. */
    public interface Levels {
        int ward(String wardCode);

        /** The highest level of any ward of the province. */
        int province(String provinceCode);
    }

    private final Thresholds thresholds;

    public ArrivalRules(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public static String fingerprint(String checkpointId, String destinationWard) {
        return AlertSignal.fingerprint(Rule.HIGH_RISK_ARRIVAL, PlaceKind.CHECKPOINT, checkpointId) + "/"
                + destinationWard;
    }

    /** A firing finding when the passage is a high-risk arrival; empty otherwise. Records it in the state. */
    public Optional<Finding> assess(String checkpointId, PlaceState s, PassageEvent p, Levels levels) {
        if (p.decision() != PassageEvent.Decision.ALLOWED) {
            return Optional.empty();
        }
        RulesConfig.HighRisk cfg = thresholds.config().highRiskArrival();
        int originLevel = p.originWardCode() != null ? levels.ward(p.originWardCode())
                : p.originProvinceCode() != null ? levels.province(p.originProvinceCode()) : Thresholds.MIN_LEVEL;
        List<String> reasons = new ArrayList<>();
        if (originLevel >= cfg.originLevel()) {
            reasons.add("ORIGIN_LEVEL");
        }
        if (p.temperatureC() != null && p.temperatureC().compareTo(cfg.feverCelsius()) >= 0) {
            reasons.add("FEVER");
        }
        if (p.permitStatus() != PassageEvent.PermitStatus.VALID) {
            reasons.add("PERMIT_NOT_VALID");
        }
        PassageEvent.CertificateCheck certificate = p.certificate();
        if (certificate != null && !certificate.accepted()) {
            reasons.add("CERTIFICATE_NOT_ACCEPTED");
        } else if (certificate == null && p.destinationWardCode() != null && cfg.certificateLevel()
                .filter(level -> levels.ward(p.destinationWardCode()) >= level).isPresent()) {
            reasons.add("CERTIFICATE_MISSING");
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        String ward = p.destinationWardCode() != null ? p.destinationWardCode() : s.wardCode();
        s.arrivals.merge(ward, p.scannedAt(), PresenceRules::latest);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("reasons", reasons);
        evidence.put("eventId", p.eventId());
        evidence.put("passedAt", p.scannedAt().toString());
        evidence.put("checkpointId", checkpointId);
        evidence.put("originWardCode", p.originWardCode());
        evidence.put("originProvinceCode", p.originProvinceCode());
        evidence.put("originLevel", originLevel);
        evidence.put("minOriginLevel", cfg.originLevel());
        evidence.put("temperatureC", p.temperatureC());
        evidence.put("feverCelsius", cfg.feverCelsius());
        evidence.put("permitStatus", String.valueOf(p.permitStatus()));
        if (certificate != null) {
            evidence.put("certificateStatus", certificate.status());
            evidence.put("certificateKind", certificate.kind());
            evidence.put("certificateRefusal", certificate.refusal());
        }
        evidence.put("symptoms", p.symptoms() == null ? List.of() : p.symptoms());
        return Optional.of(new Finding(Rule.HIGH_RISK_ARRIVAL, fingerprint(checkpointId, ward), true, true, ward,
                p.scannedAt(), evidence, p.eventId()));
    }

    /** Clearing findings for destination wards with no high-risk arrival for the quiet period; forgets them. */
    public List<Finding> quietened(String checkpointId, PlaceState s, Instant now) {
        List<Finding> out = new ArrayList<>();
        Iterator<Map.Entry<String, Instant>> it = s.arrivals.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Instant> e = it.next();
            Instant quietFrom = e.getValue().plus(thresholds.config().highRiskArrival().quietAfter());
            if (!quietFrom.isAfter(now)) {
                it.remove();
                out.add(new Finding(Rule.HIGH_RISK_ARRIVAL, fingerprint(checkpointId, e.getKey()), false, false,
                        e.getKey(), now, Map.of("lastArrivalAt", e.getValue().toString(),
                                "quietMinutes", thresholds.config().highRiskArrival().quietAfter().toMinutes()),
                        "at:" + now.toEpochMilli()));
            }
        }
        return out;
    }

    public Optional<Instant> nextDeadline(PlaceState s) {
        return s.arrivals.values().stream().min(Instant::compareTo)
                .map(t -> t.plus(thresholds.config().highRiskArrival().quietAfter()));
    }
}
