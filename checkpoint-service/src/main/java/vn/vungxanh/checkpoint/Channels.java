package vn.vungxanh.checkpoint;

/** Messaging channel names, as configured in application.properties. */
public final class Channels {

    /** Outgoing passage events; topic {@link vn.vungxanh.events.Topics#PASSAGES}. */
    public static final String PASSAGES_OUT = "passages";
    /** The same topic, read back to store passages for tracing. */
    public static final String PASSAGES_STORE = "passages-store";
    /** Outgoing device heartbeats; topic {@link vn.vungxanh.events.Topics#HEARTBEATS}. */
    public static final String HEARTBEATS_OUT = "heartbeats";
    /** Outgoing officer shifts; topic {@link vn.vungxanh.events.Topics#SHIFTS}. */
    public static final String SHIFTS_OUT = "shifts";

    private Channels() {
    }
}
