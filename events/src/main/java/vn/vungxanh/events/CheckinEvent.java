package vn.vungxanh.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Version 1 of a check-in scan at a venue, as published on {@link Topics#CHECKINS} keyed by {@code venueId}.
 *
 * @param schemaVersion always {@link #SCHEMA_VERSION}; a consumer rejects versions it does not know
 * @param eventId the client-made UUID; the same id posted again is the same event
 * @param scannedAt the device's clock
 * @param receivedAt the ingest service's clock when the scan arrived
 * @param temperatureC optional body temperature, degrees Celsius
 */
public record CheckinEvent(
        int schemaVersion,
        String eventId,
        String venueId,
        Subject subject,
        Direction direction,
        Instant scannedAt,
        Instant receivedAt,
        BigDecimal temperatureC) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    public enum Direction {
        IN,
        OUT
    }
}
