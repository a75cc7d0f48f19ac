package vn.vungxanh.checkpoint.rest;

import java.time.Instant;

import vn.vungxanh.events.CheckpointKind;

/** A checkpoint as the API shows it. */
public record CheckpointResponse(String id, String name, CheckpointKind kind, String wardCode, String districtCode,
        String provinceCode, Double lat, Double lon, boolean active, long version, Instant updatedAt) {
}
