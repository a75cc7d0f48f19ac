package vn.vungxanh.events;

import java.time.Instant;

/**
 * Version 1 of a scanner device's registry record, on the compacted {@link Topics#DEVICES}, keyed by
 * {@code placeId + "/" + deviceId} so that a place's devices share its partition.
 *
 * @param active false once the device is revoked
 */
public record DeviceEvent(
        int schemaVersion,
        String deviceId,
        PlaceKind placeKind,
        String placeId,
        boolean active,
        Instant registeredAt,
        Instant updatedAt) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    public static String key(String placeId, String deviceId) {
        return placeId + "/" + deviceId;
    }

    @Override
    public String eventId() {
        return deviceId + "@" + updatedAt;
    }
}
