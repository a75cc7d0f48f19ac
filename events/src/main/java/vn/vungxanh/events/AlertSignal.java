package vn.vungxanh.events;

import java.time.Instant;
import java.util.Map;

/**
 * Version 1 of what the rule engine observed, on {@link Topics#ALERT_SIGNALS} keyed by {@code fingerprint}.
 * The alert lifecycle turns signals into alerts: FIRING opens the alert for the fingerprint or updates it (count,
 * last seen, evidence); CLEARED starts the hold-off after which the open alert resolves by itself.
 *
 * @param signalId unique per signal; a redelivered signal changes nothing
 * @param fingerprint identity of the alert: one open alert per fingerprint, e.g. {@code SCANNING_SILENT/VENUE/v-1}
 * @param wardCode the ward that must act: the place's, or for an arrival the traveller's destination
 * @param observedAt when the condition was observed (event time for scan-triggered rules, wall-clock for silence)
 * @param evidence what a person needs to judge the alert: thresholds, counts, windows, event ids
 */
public record AlertSignal(
        int schemaVersion,
        String signalId,
        String fingerprint,
        Rule rule,
        State state,
        Severity severity,
        PlaceKind placeKind,
        String placeId,
        String placeName,
        String wardCode,
        String districtCode,
        Instant observedAt,
        Map<String, Object> evidence) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    public enum State {
        FIRING,
        CLEARED
    }

    public enum Severity {
        INFO,
        WARNING,
        CRITICAL
    }

    public static String fingerprint(Rule rule, PlaceKind kind, String placeId) {
        return rule + "/" + kind + "/" + placeId;
    }

    @Override
    public String eventId() {
        return signalId;
    }
}
