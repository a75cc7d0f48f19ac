package vn.vungxanh.events;

import java.time.Instant;
import java.util.List;

/**
 * Version 1 of a venue's registry record: the whole current state after every change, on the compacted
 * {@link Topics#VENUES} keyed by {@code id}.
 *
 * @param active false once the venue is closed (it then raises no alerts)
 * @param version increases with every change; a consumer ignores a record older than the one it has
 */
public record VenueEvent(
        int schemaVersion,
        String id,
        String name,
        VenueType type,
        String wardCode,
        String districtCode,
        String provinceCode,
        int capacity,
        List<OpeningHours> openingHours,
        boolean active,
        long version,
        Instant updatedAt) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventId() {
        return id + "@" + version;
    }
}
