package vn.vungxanh.events;

import java.time.Instant;

/**
 * Version 1 of "an inspector resolved an open alert by hand", on {@link Topics#ALERT_RESOLUTIONS} keyed by
 * {@code placeId}, so that it reaches the rule engine in the partition of the place's scans. The engine then stops
 * signalling the alert's condition for a while (the {@code reopen-after} time) unless the condition clears first.
 *
 * @param alertId the alert that was resolved
 * @param fingerprint its {@link AlertSignal#fingerprint}
 * @param outcome what the inspector found (FIXED, WARNING_ISSUED, FINED, FALSE_ALARM)
 * @param resolvedAt when the resolution was committed
 */
public record AlertResolvedEvent(
        int schemaVersion,
        String eventId,
        String alertId,
        String fingerprint,
        Rule rule,
        PlaceKind placeKind,
        String placeId,
        String outcome,
        Instant resolvedAt) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;
}
