package vn.vungxanh.checkpoint.rest;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vungxanh.common.ingest.SubjectInput;

/** A travel permit as an admin issues it (API v1). */
public record PermitRequest(
        @NotNull(message = "is required") @Valid SubjectInput subject,
        @NotBlank(message = "is required: a ward code of the official catalogue") String fromWardCode,
        @NotBlank(message = "is required: a ward code of the official catalogue") String toWardCode,
        @NotNull(message = "is required: ISO-8601 with offset") OffsetDateTime validFrom,
        @NotNull(message = "is required: ISO-8601 with offset") OffsetDateTime validTo,
        @NotBlank(message = "is required") @Size(max = 300, message = "has at most 300 characters") String purpose) {

    @AssertTrue(message = "must end after validFrom")
    public boolean isValidTo() {
        return validFrom == null || validTo == null || validTo.isAfter(validFrom);
    }
}
