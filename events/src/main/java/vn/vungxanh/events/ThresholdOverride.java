package vn.vungxanh.events;

import java.time.Duration;

/**
 * One threshold a district sets instead of the default: for a rule, optionally only for one venue type or checkpoint
 * kind and one epidemic level (null means all). Exactly one of {@code after} (the silence rules: SCANNING_SILENT,
 * SCANNER_OFFLINE, CHECKPOINT_SILENT) and {@code share} (OVER_CAPACITY: the share of capacity allowed) is set. The more
 * of venue type, checkpoint kind and level an override names, the more it takes precedence.
 */
public record ThresholdOverride(
        Rule rule,
        VenueType venueType,
        CheckpointKind checkpointKind,
        Integer level,
        Duration after,
        Double share) {

    /** How many of venue type, checkpoint kind and level this override names. */
    public int specificity() {
        return (venueType == null ? 0 : 1) + (checkpointKind == null ? 0 : 1) + (level == null ? 0 : 1);
    }

    /** Whether it applies to a place of this venue type or checkpoint kind at this level. */
    public boolean appliesTo(Rule r, VenueType type, CheckpointKind kind, int lvl) {
        return rule == r && (venueType == null || venueType == type)
                && (checkpointKind == null || checkpointKind == kind) && (level == null || level == lvl);
    }
}
