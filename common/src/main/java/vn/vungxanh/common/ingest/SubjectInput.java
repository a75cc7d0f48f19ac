package vn.vungxanh.common.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.vungxanh.events.SubjectType;

/** A personal identifier as a scanner posts it; pseudonymised at once by {@link Pseudonymiser}. */
public record SubjectInput(
        @NotNull(message = "is required: CCCD, PHONE, PASSPORT or APP") SubjectType type,
        @NotBlank(message = "is required") String value) {

    /** Both constraints hold (see {@link ScanRequest#plainlyValid()}). */
    public boolean plainlyValid() {
        return type != null && value != null && !value.isBlank();
    }
}
