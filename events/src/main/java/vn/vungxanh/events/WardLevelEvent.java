package vn.vungxanh.events;

import java.time.Instant;

/**
 * Version 1 of a ward's epidemic level (1 green, 2 yellow, 3 orange, 4 red), on the compacted
 * {@link Topics#WARD_LEVELS} keyed by {@code wardCode}. A ward with no record is at level 1.
 */
public record WardLevelEvent(
        int schemaVersion,
        String wardCode,
        String districtCode,
        String provinceCode,
        int level,
        String setBy,
        Instant updatedAt) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventId() {
        return wardCode + "@" + updatedAt;
    }
}
