package vn.vungxanh.checkpoint.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.vungxanh.events.ShiftEvent;

/** An officer shift starting or ending (API v1). */
public record ShiftRequest(
        @NotNull(message = "is required: START or END") ShiftEvent.Action action,
        @NotNull(message = "is required: officers on duty") @Min(value = 0, message = "must be 0 or more")
        @Max(value = 500, message = "must be at most 500") Integer officers) {
}
