package vn.vungxanh.checkpoint.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vungxanh.events.CheckpointKind;

/** A checkpoint as an admin registers or updates it (API v1). */
public record CheckpointRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "has at most 200 characters") String name,
        @NotNull(message = "is required: PROVINCE_BORDER, DISTRICT_BORDER, ZONE_CORDON or FACILITY_GATE") CheckpointKind kind,
        @NotBlank(message = "is required: a ward code of the official catalogue") String wardCode,
        @DecimalMin(value = "-90", message = "must be a latitude") @DecimalMax(value = "90", message = "must be a latitude") Double lat,
        @DecimalMin(value = "-180", message = "must be a longitude") @DecimalMax(value = "180", message = "must be a longitude") Double lon) {
}
