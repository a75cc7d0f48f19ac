package vn.vungxanh.events;

import java.time.Instant;

/** Version 1 of an officer shift starting or ending at a checkpoint, on {@link Topics#SHIFTS} keyed by checkpoint id. */
public record ShiftEvent(
        int schemaVersion,
        String eventId,
        String checkpointId,
        String deviceId,
        Action action,
        int officers,
        Instant at) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    public enum Action {
        START,
        END
    }
}
