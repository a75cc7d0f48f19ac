package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import vn.vungxanh.events.AlertSignal.Severity;
import vn.vungxanh.events.CheckpointKind;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.ThresholdOverride;
import vn.vungxanh.events.VenueType;

/**
 * Reads the thresholds for a place's district, venue type or checkpoint kind and epidemic level: the district's
 * override when it has one, else the default of {@link RulesConfig}. The catalogue of rules and thresholds:
 * docs/RULES.md.
 */
public final class Thresholds {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;
    /** From this level on every alert is critical. */
    public static final int CRITICAL_LEVEL = 3;

    private final RulesConfig config;
    private final Function<String, List<ThresholdOverride>> overrides;

    /** The defaults of the configuration, everywhere. */
    public Thresholds(RulesConfig config) {
        this(config, district -> List.of());
    }

    /** The defaults of the configuration, unless a district's overrides say otherwise. */
    public Thresholds(RulesConfig config, Function<String, List<ThresholdOverride>> overrides) {
        this.config = config;
        this.overrides = overrides;
    }

    public RulesConfig config() {
        return config;
    }

    public static int clamp(int level) {
        return Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, level));
    }

    public Duration scanningSilent(String district, VenueType type, int level) {
        Optional<ThresholdOverride> o = override(district, Rule.SCANNING_SILENT, type, null, level);
        if (o.isPresent()) {
            return o.get().after();
        }
        RulesConfig.ScanningSilent s = config.scanningSilent();
        List<Duration> perLevel = switch (type == null ? VenueType.OTHER : type) {
            case MARKET, SUPERMARKET, SHOPPING_CENTER -> s.crowded();
            case CONVENIENCE_STORE -> s.convenienceStore();
            default -> s.other();
        };
        return at(perLevel, level);
    }

    public Duration dwell(VenueType type) {
        RulesConfig.OverCapacity c = config.overCapacity();
        return switch (type == null ? VenueType.OTHER : type) {
            case MARKET -> c.dwellMarket();
            case CONVENIENCE_STORE -> c.dwellConvenienceStore();
            case SUPERMARKET -> c.dwellSupermarket();
            case SHOPPING_CENTER -> c.dwellShoppingCenter();
            default -> c.dwellOther();
        };
    }

    public double capacityShare(String district, VenueType type, int level) {
        return override(district, Rule.OVER_CAPACITY, type, null, level).map(ThresholdOverride::share)
                .orElseGet(() -> at(config.overCapacity().share(), level));
    }

    public Duration checkpointSilent(String district, CheckpointKind kind, int level) {
        return override(district, Rule.CHECKPOINT_SILENT, null, kind, level).map(ThresholdOverride::after)
                .orElseGet(() -> at(config.checkpointSilent().after(), level));
    }

    public Duration scannerOffline(String district, int level) {
        return override(district, Rule.SCANNER_OFFLINE, null, null, level).map(ThresholdOverride::after)
                .orElseGet(() -> config.scannerOffline().after());
    }

    /** The district's most specific override of the rule that applies, if any. */
    private Optional<ThresholdOverride> override(String district, Rule rule, VenueType type, CheckpointKind kind,
            int level) {
        List<ThresholdOverride> set = overrides.apply(district);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        int lvl = clamp(level);
        return set.stream().filter(o -> o.appliesTo(rule, type, kind, lvl))
                .max(Comparator.comparingInt(ThresholdOverride::specificity));
    }

    /** The severity of every alert, engine's or spot check's: critical for fever and arrivals, and from level 3. */
    public static Severity severity(Rule rule, int level) {
        if (rule == Rule.FEVER_CLUSTER || rule == Rule.HIGH_RISK_ARRIVAL || level >= CRITICAL_LEVEL) {
            return Severity.CRITICAL;
        }
        return Severity.WARNING;
    }

    private static <T> T at(List<T> perLevel, int level) {
        return perLevel.get(Math.min(perLevel.size(), clamp(level)) - 1);
    }
}
