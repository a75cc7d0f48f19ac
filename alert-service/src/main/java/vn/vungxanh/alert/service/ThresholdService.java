package vn.vungxanh.alert.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.smallrye.reactive.messaging.MutinyEmitter;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.ThresholdChange;
import vn.vungxanh.alert.engine.EngineSerdes;
import vn.vungxanh.alert.engine.RulesConfig;
import vn.vungxanh.alert.engine.Thresholds;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.ingest.IngestConfig;
import vn.vungxanh.common.ingest.KafkaFirst;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.CheckpointKind;
import vn.vungxanh.events.DistrictThresholdsEvent;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.ThresholdOverride;
import vn.vungxanh.events.VenueType;

/**
 * Threshold overrides per district. A new set goes to Kafka first (every rules-engine replica reads it from the
 * compacted topic); once the broker has it, it is recorded in the history of changes, which the topic feeds too.
 * The effective thresholds are the engine's own reading of the defaults and the overrides.
 */
@ApplicationScoped
public class ThresholdService {

    /** Rules whose thresholds a district may override: the silences (a duration) and the capacity share. */
    public static final Set<Rule> TUNABLE = Set.of(Rule.SCANNING_SILENT, Rule.SCANNER_OFFLINE, Rule.CHECKPOINT_SILENT,
            Rule.OVER_CAPACITY);
    private static final Duration LONGEST = Duration.ofDays(1);
    private static final TypeReference<List<ThresholdOverride>> OVERRIDES = new TypeReference<>() {
    };

    @Inject
    @Channel(Channels.DISTRICT_THRESHOLDS_OUT)
    MutinyEmitter<DistrictThresholdsEvent> published;

    @Inject
    WardCatalogue catalogue;

    @Inject
    RulesConfig rules;

    @Inject
    IngestConfig ingest;

    @Inject
    Clock clock;

    public record OverrideRequest(Rule rule, VenueType venueType, CheckpointKind checkpointKind, Integer level,
            String after, Double share) {
    }

    public record OverrideView(Rule rule, VenueType venueType, CheckpointKind checkpointKind, Integer level,
            String after, Double share) {

        static OverrideView of(ThresholdOverride o) {
            return new OverrideView(o.rule(), o.venueType(), o.checkpointKind(), o.level(),
                    o.after() == null ? null : o.after().toString(), o.share());
        }
    }

    /** A rule's effective threshold for one venue type, checkpoint kind or all places, at levels 1 to 4. */
    public record Effective(Rule rule, String appliesTo, List<Object> byLevel) {
    }

    public record ChangeView(Instant updatedAt, String setBy, List<OverrideView> overrides) {
    }

    public record ThresholdsView(String districtCode, String districtName, List<OverrideView> overrides,
            List<Effective> effective, List<ChangeView> history) {
    }

    /** Publishes the district's new set of overrides and records it once Kafka has it; call on a worker thread. */
    public ThresholdsView set(String districtCode, List<OverrideRequest> requested, String actor) {
        WardCatalogue.District district = district(districtCode);
        DistrictThresholdsEvent event = new DistrictThresholdsEvent(DistrictThresholdsEvent.SCHEMA_VERSION,
                district.code(), validate(requested), actor, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        KafkaFirst.send(published, district.code(), event, ingest.retryAfterSeconds())
                .await().atMost(WardLevelService.SEND_TIMEOUT);
        record(event);
        return get(districtCode);
    }

    /** Records a change in the history, once. */
    @Transactional
    public void record(DistrictThresholdsEvent event) {
        ThresholdChange.getEntityManager().createNativeQuery("""
                INSERT IGNORE INTO threshold_change (id, district_code, updated_at, set_by, overrides)
                VALUES (?1, ?2, ?3, ?4, ?5)
                """)
                .setParameter(1, event.eventId())
                .setParameter(2, event.districtCode())
                .setParameter(3, event.updatedAt())
                .setParameter(4, event.setBy())
                .setParameter(5, json(event.overrides()))
                .executeUpdate();
    }

    @Transactional
    public ThresholdsView get(String districtCode) {
        WardCatalogue.District district = district(districtCode);
        List<ThresholdChange> changes = ThresholdChange.latest(district.code());
        List<ThresholdOverride> current = changes.isEmpty() ? List.of() : overrides(changes.get(0).overrides);
        return new ThresholdsView(district.code(), district.name(), current.stream().map(OverrideView::of).toList(),
                effective(new Thresholds(rules, d -> current)),
                changes.stream().map(c -> new ChangeView(c.updatedAt, c.setBy,
                        overrides(c.overrides).stream().map(OverrideView::of).toList())).toList());
    }

    public WardCatalogue.District district(String districtCode) {
        return catalogue.district(districtCode)
                .orElseThrow(() -> ProblemException.invalidField("districtCode", "is not a district of the catalogue"));
    }

    private List<Effective> effective(Thresholds t) {
        List<Effective> out = new ArrayList<>();
        for (VenueType type : VenueType.values()) {
            out.add(row(Rule.SCANNING_SILENT, type.name(), l -> t.scanningSilent(null, type, l).toString()));
        }
        for (CheckpointKind kind : CheckpointKind.values()) {
            out.add(row(Rule.CHECKPOINT_SILENT, kind.name(), l -> t.checkpointSilent(null, kind, l).toString()));
        }
        out.add(row(Rule.SCANNER_OFFLINE, "ALL", l -> t.scannerOffline(null, l).toString()));
        for (VenueType type : VenueType.values()) {
            out.add(row(Rule.OVER_CAPACITY, type.name(), l -> t.capacityShare(null, type, l)));
        }
        return out;
    }

    private static Effective row(Rule rule, String appliesTo, IntFunction<Object> atLevel) {
        List<Object> byLevel = new ArrayList<>();
        for (int level = Thresholds.MIN_LEVEL; level <= Thresholds.MAX_LEVEL; level++) {
            byLevel.add(atLevel.apply(level));
        }
        return new Effective(rule, appliesTo, byLevel);
    }

    /** 422 for an override the engine could not apply; the set as the engine reads it otherwise. */
    static List<ThresholdOverride> validate(List<OverrideRequest> requested) {
        List<ThresholdOverride> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            OverrideRequest r = requested.get(i);
            String at = "overrides[" + i + "].";
            if (r == null || r.rule() == null || !TUNABLE.contains(r.rule())) {
                throw ProblemException.invalidField(at + "rule", "must be one of " + TUNABLE);
            }
            if (r.venueType() != null && r.rule() != Rule.SCANNING_SILENT && r.rule() != Rule.OVER_CAPACITY) {
                throw ProblemException.invalidField(at + "venueType", "applies to SCANNING_SILENT and OVER_CAPACITY");
            }
            if (r.checkpointKind() != null && r.rule() != Rule.CHECKPOINT_SILENT) {
                throw ProblemException.invalidField(at + "checkpointKind", "applies to CHECKPOINT_SILENT");
            }
            if (r.level() != null && (r.level() < Thresholds.MIN_LEVEL || r.level() > Thresholds.MAX_LEVEL)) {
                throw ProblemException.invalidField(at + "level", "must be 1 to 4, or absent for every level");
            }
            Duration after = null;
            Double share = null;
            if (r.rule() == Rule.OVER_CAPACITY) {
                if (r.share() == null || !(r.share() > 0 && r.share() <= 1) || r.after() != null) {
                    throw ProblemException.invalidField(at + "share",
                            "is required for OVER_CAPACITY: above 0, at most 1");
                }
                share = r.share();
            } else {
                after = duration(r.after(), at + "after");
                if (r.share() != null) {
                    throw ProblemException.invalidField(at + "share", "applies to OVER_CAPACITY");
                }
            }
            if (!seen.add(List.of(r.rule(), String.valueOf(r.venueType()), String.valueOf(r.checkpointKind()),
                    String.valueOf(r.level())))) {
                throw ProblemException.invalidField(at + "rule",
                        "repeats an override of the same rule, type and level");
            }
            out.add(new ThresholdOverride(r.rule(), r.venueType(), r.checkpointKind(), r.level(), after, share));
        }
        return out;
    }

    private static Duration duration(String value, String field) {
        try {
            Duration d = value == null ? null : Duration.parse(value);
            if (d != null && !d.isNegative() && !d.isZero() && d.compareTo(LONGEST) <= 0) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.invalidField(field,
                "is required: an ISO-8601 duration above zero and up to a day (PT10M)");
    }

    private static String json(List<ThresholdOverride> overrides) {
        try {
            return EngineSerdes.mapper().writeValueAsString(overrides);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ThresholdOverride> overrides(String json) {
        try {
            return EngineSerdes.mapper().readValue(json, OVERRIDES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
