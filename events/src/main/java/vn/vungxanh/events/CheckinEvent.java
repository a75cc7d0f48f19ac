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
 * @param signatureVerified for a visitor's scan (no device): whether the poster's signature verified under one of our
 *        keys. {@code false} makes the scan an unverified claim: anyone can name any venue in a junk poster, so such a
 *        scan only says that someone claimed that venue. Null for a device's scan, and in events written before the
 *        field existed (optional field of version 1; older readers ignore it).
 * @param clientKey for a visitor's scan: a pseudonym (keyed hash) of the client's address, so that claims from
 *        distinct phones can be told from many claims by one; null otherwise (optional field of version 1)
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
        RejectReason rejectReason,
        Boolean signatureVerified,
        String clientKey) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    /** A device's scan, or an event without the optional fields. */
    public CheckinEvent(int schemaVersion, String eventId, String venueId, String wardCode, String deviceId,
            Subject subject, Direction direction, Instant scannedAt, Instant receivedAt, BigDecimal temperatureC,
            ScanStatus status, RejectReason rejectReason) {
        this(schemaVersion, eventId, venueId, wardCode, deviceId, subject, direction, scannedAt, receivedAt,
                temperatureC, status, rejectReason, null, null);
    }

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

    /** A rejected scan whose poster signature did not verify: the venue it names is only claimed. */
    public boolean unverifiedClaim() {
        return status == ScanStatus.REJECTED && Boolean.FALSE.equals(signatureVerified);
    }
}
