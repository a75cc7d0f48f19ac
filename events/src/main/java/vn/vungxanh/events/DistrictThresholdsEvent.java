package vn.vungxanh.events;

import java.time.Instant;
import java.util.List;

/**
 * Version 1 of a district's threshold overrides, on the compacted {@link Topics#DISTRICT_THRESHOLDS} keyed by
 * {@code districtCode}: the whole set, replacing the one before. A district with no record (or an empty set) runs on
 * the defaults.
 */
public record DistrictThresholdsEvent(
        int schemaVersion,
        String districtCode,
        List<ThresholdOverride> overrides,
        String setBy,
        Instant updatedAt) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventId() {
        return districtCode + "@" + updatedAt;
    }
}
