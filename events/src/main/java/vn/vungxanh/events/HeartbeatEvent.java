package vn.vungxanh.events;

import java.time.Instant;

/** Version 1 of a scanner device's sign of life, on {@link Topics#HEARTBEATS} keyed by {@code placeId}. */
public record HeartbeatEvent(
        int schemaVersion,
        String eventId,
        String deviceId,
        PlaceKind placeKind,
        String placeId,
        Instant at) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;
}
