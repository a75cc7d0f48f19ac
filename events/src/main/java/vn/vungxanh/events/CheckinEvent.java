package vn.vungxanh.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Version 1 of a check-in scan at a venue, as published on {@link Topics#CHECKINS} keyed by {@code venueId}.
 * Rejected scans (a forged, unknown, expired or revoked poster QR) are published too, for the venue the poster
 * claims, so that fake posters can be found.
 *
 * @param schemaVersion always {@link #SCHEMA_VERSION}; a consumer rejects versions it does not know
 * @param eventId the client-made UUID; the same id posted again is the same event
 * @param venueId the venue (for a rejected poster: the venue it claims, when readable)
 * @param wardCode the venue's ward, when known at ingest
 * @param deviceId the scanner device that posted, or null for a visitor's phone
 * @param subject pseudonymised person; null for a rejected scan whose subject was not read
 * @param scannedAt the device's clock
 * @param receivedAt the ingest service's clock when the scan arrived
 * @param temperatureC optional body temperature, degrees Celsius
 * @param status ACCEPTED, or REJECTED with {@code rejectReason}
 */
public record CheckinEvent(
        int schemaVersion,
        String eventId,
        String venueId,
        String wardCode,
        String deviceId,
        Subject subject,
        Direction direction,
        Instant scannedAt,
        Instant receivedAt,
        BigDecimal temperatureC,
        ScanStatus status,
        RejectReason rejectReason) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    public enum Direction {
        IN,
        OUT
    }

    public enum ScanStatus {
        ACCEPTED,
        REJECTED
    }

    /** Why a poster QR was not accepted. */
    public enum RejectReason {
        FORGED,
        UNKNOWN_VENUE,
        EXPIRED,
        REVOKED,
        VENUE_CLOSED
    }

    public boolean accepted() {
        return status == ScanStatus.ACCEPTED;
    }
}
