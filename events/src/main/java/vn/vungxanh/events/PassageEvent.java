package vn.vungxanh.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Version 1 of a traveller's passage through a checkpoint, published on {@link Topics#PASSAGES} keyed by
 * {@code checkpointId}.
 *
 * @param originWardCode ward the traveller comes from, when known
 * @param originProvinceCode province the traveller comes from, when the ward is not known
 * @param destinationWardCode ward the traveller goes to; it follows up on high-risk arrivals
 */
public record PassageEvent(
        int schemaVersion,
        String eventId,
        String checkpointId,
        Subject subject,
        Direction direction,
        Instant scannedAt,
        Instant receivedAt,
        String originWardCode,
        String originProvinceCode,
        String destinationWardCode,
        BigDecimal temperatureC,
        Decision decision) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    public enum Direction {
        INBOUND,
        OUTBOUND
    }

    /** What the officer decided. */
    public enum Decision {
        ALLOWED,
        TURNED_BACK,
        REFERRED_TO_TESTING,
        QUARANTINED
    }
}
