package vn.vungxanh.common.device;

import java.time.Instant;

import vn.vungxanh.events.DeviceEvent;
import vn.vungxanh.events.PlaceKind;

/** A registered scanner device of a venue or a checkpoint. */
public record Device(String deviceId, PlaceKind placeKind, String placeId, boolean active, Instant registeredAt,
        Instant updatedAt) {

    public DeviceEvent toEvent() {
        return new DeviceEvent(DeviceEvent.SCHEMA_VERSION, deviceId, placeKind, placeId, active, registeredAt, updatedAt);
    }
}
