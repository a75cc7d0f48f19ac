package vn.vungxanh.common.device;

/** The answer to registering a device: its id and its bearer token (shown once). */
public record DeviceRegistration(String deviceId, String placeId, String token) {
}
