package vn.vungxanh.events;

import java.time.Instant;

/**
 * Version 1 of a checkpoint's registry record, on the compacted {@link Topics#CHECKPOINTS} keyed by {@code id}.
 *
 * @param active false once the checkpoint is closed
 * @param version increases with every change
 */
public record CheckpointEvent(
        int schemaVersion,
        String id,
        String name,
        CheckpointKind kind,
        String wardCode,
        String districtCode,
        String provinceCode,
        Double lat,
        Double lon,
        boolean active,
        long version,
        Instant updatedAt) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventId() {
        return id + "@" + version;
    }
}
