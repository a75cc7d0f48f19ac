package vn.vungxanh.checkin.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vungxanh.common.ingest.ScanRequest;
import vn.vungxanh.common.ingest.SubjectInput;
import vn.vungxanh.events.CheckinEvent;

/**
 * One scan (API v1): from a venue's scanner device (its token names the venue), or from a visitor's app with the
 * scanned poster payload in {@code venueQr}.
 */
public record CheckinRequest(
        @NotNull(message = "is required: a UUID made by the client") UUID eventId,
        @Size(max = 4096, message = "is not a poster payload") String venueQr,
        @NotNull(message = "is required") @Valid SubjectInput subject,
        @NotNull(message = "is required: IN or OUT") CheckinEvent.Direction direction,
        @NotNull(message = "is required: ISO-8601 with offset") OffsetDateTime scannedAt,
        @DecimalMin(value = "30.0", message = "must be a body temperature of at least 30.0 °C")
        @DecimalMax(value = "45.0", message = "must be a body temperature of at most 45.0 °C")
        BigDecimal temperatureC) implements ScanRequest {

    private static final BigDecimal LOWEST = new BigDecimal("30.0");
    private static final BigDecimal HIGHEST = new BigDecimal("45.0");

    @Override
    public boolean plainlyValid() {
        return eventId != null && (venueQr == null || venueQr.length() <= 4096) && subject != null
                && subject.plainlyValid() && direction != null && scannedAt != null
                && (temperatureC == null || temperatureC.compareTo(LOWEST) >= 0 && temperatureC.compareTo(HIGHEST) <= 0);
    }
}
