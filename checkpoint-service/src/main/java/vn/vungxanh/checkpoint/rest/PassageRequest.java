package vn.vungxanh.checkpoint.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.vungxanh.common.ingest.ScanRequest;
import vn.vungxanh.common.ingest.SubjectInput;
import vn.vungxanh.events.PassageEvent;

/** One traveller's passage as a checkpoint device posts it (API v1). */
public record PassageRequest(
        @NotNull(message = "is required: a UUID made by the client") UUID eventId,
        @Valid SubjectInput subject,
        @Size(max = 4096, message = "is not a permit payload") String permitQr,
        @Size(max = 8192, message = "is not a health certificate QR") String certificateQr,
        @NotNull(message = "is required: INBOUND or OUTBOUND") PassageEvent.Direction direction,
        @NotNull(message = "is required: ISO-8601 with offset") OffsetDateTime scannedAt,
        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit ward code") String originWardCode,
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String originProvinceCode,
        @NotNull(message = "is required") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit ward code")
        String destinationWardCode,
        @DecimalMin(value = "30.0", message = "must be a body temperature of at least 30.0 °C")
        @DecimalMax(value = "45.0", message = "must be a body temperature of at most 45.0 °C")
        BigDecimal temperatureC,
        @NotNull(message = "is required: ALLOWED, TURNED_BACK, REFERRED_TO_TESTING or QUARANTINED")
        PassageEvent.Decision decision,
        @Size(max = 20, message = "lists at most 20 symptoms")
        List<@NotBlank(message = "must not be blank") @Size(max = 64, message = "has at most 64 characters") String> symptoms,
        @Size(max = 16, message = "has at most 16 characters") String vehiclePlate) implements ScanRequest {

    @AssertTrue(message = "subject, permitQr or certificateQr is required")
    public boolean isTraveller() {
        return subject != null || permitQr != null || certificateQr != null;
    }

    @AssertTrue(message = "originWardCode or originProvinceCode is required")
    public boolean isOrigin() {
        return originWardCode != null || originProvinceCode != null;
    }
}
