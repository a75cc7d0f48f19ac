package vn.vungxanh.events;

/** Kafka topic names: one place for producers, consumers, tests and deployment manifests. */
public final class Topics {

    /** Check-in scans at venues ({@link CheckinEvent}), keyed by venue id. */
    public static final String CHECKINS = "vx.checkins.v1";
    /** Checkpoint passages ({@link PassageEvent}), keyed by checkpoint id. */
    public static final String PASSAGES = "vx.passages.v1";
    /** Records a consumer could not process, with the failure in the headers. */
    public static final String DEAD_LETTER = "vx.dead-letter.v1";

    private Topics() {
    }
}
