package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.util.List;

import vn.vungxanh.events.AlertSignal.Severity;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.VenueType;

/** Reads the thresholds of {@link RulesConfig} for a venue type or checkpoint and an epidemic level. */
public final class Thresholds {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;
    /** From this level on every alert is critical. */
    public static final int CRITICAL_LEVEL = 3;

    private final RulesConfig config;

    public Thresholds(RulesConfig config) {
        this.config = config;
    }

    public RulesConfig config() {
        return config;
    }

    public static int clamp(int level) {
        return Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, level));
    }

    public Duration scanningSilent(VenueType type, int level) {
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

    public double capacityShare(int level) {
        return at(config.overCapacity().share(), level);
    }

    public Duration checkpointSilent(int level) {
        return at(config.checkpointSilent().after(), level);
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
