package vn.vungxanh.common.device;

import java.time.Instant;

/** A device as the API lists it (never its token). */
public record DeviceView(String deviceId, String placeId, boolean active, Instant registeredAt, Instant updatedAt) {

    public static DeviceView of(Device d) {
        return new DeviceView(d.deviceId(), d.placeId(), d.active(), d.registeredAt(), d.updatedAt());
    }
}
