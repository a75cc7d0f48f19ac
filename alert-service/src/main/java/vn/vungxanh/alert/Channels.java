package vn.vungxanh.alert;

/** Messaging channel names, as configured in application.properties. */
public final class Channels {

    /** Check-ins from checkin-service; topic {@link vn.vungxanh.events.Topics#CHECKINS}. */
    public static final String CHECKINS = "checkins";
    /** Passages from checkpoint-service; topic {@link vn.vungxanh.events.Topics#PASSAGES}. */
    public static final String PASSAGES = "passages";
    /** Rule engine output; topic {@link vn.vungxanh.events.Topics#ALERT_SIGNALS}. */
    public static final String ALERT_SIGNALS = "alert-signals";
    /** Alert changes sent for live delivery; topic {@link vn.vungxanh.events.Topics#ALERT_CHANGES}. */
    public static final String ALERT_CHANGES_OUT = "alert-changes-out";
    /** Every alert change, read by every replica (a consumer group of its own); same topic. */
    public static final String ALERT_CHANGES_LIVE = "alert-changes-live";
    /** Alerts resolved by hand, told to the rule engine; topic {@link vn.vungxanh.events.Topics#ALERT_RESOLUTIONS}. */
    public static final String ALERT_RESOLUTIONS_OUT = "alert-resolutions-out";
    /** Ward levels set here; topic {@link vn.vungxanh.events.Topics#WARD_LEVELS}. */
    public static final String WARD_LEVELS_OUT = "ward-levels-out";
    /** Ward levels read back, so every replica and every writer agree; same topic. */
    public static final String WARD_LEVELS = "ward-levels";
    /** Threshold overrides set here; topic {@link vn.vungxanh.events.Topics#DISTRICT_THRESHOLDS}. */
    public static final String DISTRICT_THRESHOLDS_OUT = "district-thresholds-out";
    /** Threshold overrides read back into the history of changes; same topic. */
    public static final String DISTRICT_THRESHOLDS = "district-thresholds";
    /** Venue registry; topic {@link vn.vungxanh.events.Topics#VENUES}. */
    public static final String VENUES = "venues";

    private Channels() {
    }
}
