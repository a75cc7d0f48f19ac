package vn.vungxanh.checkpoint;

/** Messaging channel names, as configured in application.properties. */
public final class Channels {

    /** Passage events (sent by the ingest path's own producer), read back to store them for tracing. */
    public static final String PASSAGES_STORE = "passages-store";
    /** Outgoing device heartbeats; topic {@link vn.vungxanh.events.Topics#HEARTBEATS}. */
    public static final String HEARTBEATS_OUT = "heartbeats";
    /** Outgoing officer shifts; topic {@link vn.vungxanh.events.Topics#SHIFTS}. */
    public static final String SHIFTS_OUT = "shifts";

    private Channels() {
    }
}
