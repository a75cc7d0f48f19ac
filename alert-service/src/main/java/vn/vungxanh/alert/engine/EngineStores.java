package vn.vungxanh.alert.engine;

import java.time.Duration;

/** Names of the engine's state stores; their changelog topics are named after them. */
public final class EngineStores {

    /** Place id → {@link PlaceState}. */
    public static final String PLACES = "vx-rules-places";
    /** {@code deadline|placeId} → place id: which places to look at when. */
    public static final String DEADLINES = "vx-rules-deadlines";
    /** {@code wardCode|placeId} → place id: which places a ward level change concerns. */
    public static final String WARD_PLACES = "vx-rules-ward-places";
    /** {@code placeId|eventId} seen, by event time: a redelivered scan is counted once. */
    public static final String SEEN = "vx-rules-seen";
    /** Place id → scan counts per minute. */
    public static final String MINUTES = "vx-rules-minutes";
    /** Place id → accepted check-ins per hour, for the weekly baseline. */
    public static final String HOURS = "vx-rules-hours";
    /** {@code placeId|subject} → the check-in time of that subject's visit in progress, stamped with it. */
    public static final String VISITS = "vx-rules-visits";
    /** Place id → fever readings. */
    public static final String FEVERS = "vx-rules-fevers";
    /** Place id → rejected scans. */
    public static final String REJECTIONS = "vx-rules-rejections";
    /** Ward code → its latest {@code WardLevelEvent} (global: every instance holds every ward). */
    public static final String WARD_LEVELS = "vx-rules-ward-levels";
    /** District code → its latest {@code DistrictThresholdsEvent} (global, like the ward levels). */
    public static final String DISTRICT_THRESHOLDS = "vx-rules-district-thresholds";

    /** {@code wardCode/type@hour|venueId} → that venue's check-ins of that hour, for its peer group. */
    public static final String PEER_REPORTS = "vx-rules-peer-reports";
    /** {@code deadline|wardCode/type@hour} → what is due for that peer group hour: compare, or drop. */
    public static final String PEER_DEADLINES = "vx-rules-peer-deadlines";

    public static final Duration MINUTE = Duration.ofMinutes(1);
    public static final Duration HOUR = Duration.ofHours(1);
    /** Key separator; place ids, ward codes and event ids do not contain it. */
    public static final char SEP = '|';
    private static final int MILLIS_DIGITS = 13;

    private EngineStores() {
    }

    /** A deadline key that sorts by time. */
    public static String deadlineKey(long epochMillis, String placeId) {
        return String.format("%0" + MILLIS_DIGITS + "d", epochMillis) + SEP + placeId;
    }

    public static String placeOfDeadlineKey(String key) {
        return key.substring(MILLIS_DIGITS + 1);
    }

    public static String wardPlaceKey(String wardCode, String placeId) {
        return wardCode + SEP + placeId;
    }
}
