package vn.vungxanh.events;

import java.util.List;

/**
 * Kafka topic names: one place for producers, consumers, tests and deployment manifests.
 * Scan-like topics are keyed by the place (venue or checkpoint id) so that everything about one place lands in one
 * partition; registries are compacted and keyed by the entity's id.
 */
public final class Topics {

    /** Check-in scans at venues ({@link CheckinEvent}), accepted and rejected, keyed by venue id. */
    public static final String CHECKINS = "vx.checkins.v1";
    /** Checkpoint passages ({@link PassageEvent}), keyed by checkpoint id. */
    public static final String PASSAGES = "vx.passages.v1";
    /** Scanner device heartbeats ({@link HeartbeatEvent}), keyed by the device's place id. */
    public static final String HEARTBEATS = "vx.heartbeats.v1";
    /** Officer shifts at checkpoints ({@link ShiftEvent}), keyed by checkpoint id. */
    public static final String SHIFTS = "vx.shifts.v1";
    /** Venue registry ({@link VenueEvent}), compacted, keyed by venue id. */
    public static final String VENUES = "vx.venues.v1";
    /** Checkpoint registry ({@link CheckpointEvent}), compacted, keyed by checkpoint id. */
    public static final String CHECKPOINTS = "vx.checkpoints.v1";
    /** Scanner device registry ({@link DeviceEvent}), compacted, keyed by the device's place id. */
    public static final String DEVICES = "vx.devices.v1";
    /** Epidemic level per ward ({@link WardLevelEvent}), compacted, keyed by ward code. */
    public static final String WARD_LEVELS = "vx.ward-levels.v1";
    /**
     * Threshold overrides per district ({@link DistrictThresholdsEvent}), compacted, keyed by district code: every
     * rules-engine replica reads all of it.
     */
    public static final String DISTRICT_THRESHOLDS = "vx.district-thresholds.v1";
    /** Rule engine output ({@link AlertSignal}), keyed by alert fingerprint. */
    public static final String ALERT_SIGNALS = "vx.alert-signals.v1";
    /**
     * Rule engine internal: each venue's peer-group median of an hour's check-ins, keyed by venue id (an input of the
     * engine; same partition count as the scan topics).
     */
    public static final String PEER_VERDICTS = "vx.peer-verdicts.v1";
    /**
     * Alerts resolved by hand ({@link AlertResolvedEvent}), keyed by place id: an input of the rule engine, so the
     * same partition count as the scan topics.
     */
    public static final String ALERT_RESOLUTIONS = "vx.alert-resolutions.v1";
    /** Alert changes for live delivery to every alert-service replica, keyed by district. */
    public static final String ALERT_CHANGES = "vx.alert-changes.v1";
    /** Records a consumer could not process, with the failure in the headers. */
    public static final String DEAD_LETTER = "vx.dead-letter.v1";

    /** Compacted registries: the latest value per key is the truth. */
    public static final List<String> COMPACTED = List.of(VENUES, CHECKPOINTS, DEVICES, WARD_LEVELS,
            DISTRICT_THRESHOLDS);

    /** Every other topic (time-retained streams). */
    public static final List<String> STREAMS = List.of(CHECKINS, PASSAGES, HEARTBEATS, SHIFTS, ALERT_SIGNALS,
            ALERT_CHANGES, DEAD_LETTER, PEER_VERDICTS, ALERT_RESOLUTIONS);

    private Topics() {
    }

    /** Prints every topic with its cleanup policy, one a line, for scripts that create them. */
    public static void main(String[] args) {
        COMPACTED.forEach(t -> System.out.println(t + " compact"));
        STREAMS.forEach(t -> System.out.println(t + " delete"));
    }
}
