package vn.vungxanh.alert.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vungxanh.alert.Outcome;

/** Bodies of the alert actions (API v1). */
public final class AlertRequests {

    public static final int NOTE_LENGTH = 900;

    private AlertRequests() {
    }

    public record Ack(@Size(max = NOTE_LENGTH, message = "must be at most 900 characters") String note) {
    }

    public record Resolve(
            @NotNull(message = "is required: FIXED, WARNING_ISSUED, FINED or FALSE_ALARM") Outcome outcome,
            @Size(max = NOTE_LENGTH, message = "must be at most 900 characters") String note) {
    }
}
