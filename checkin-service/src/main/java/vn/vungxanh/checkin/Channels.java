package vn.vungxanh.checkin;

/** Messaging channel names, as configured in application.properties. */
public final class Channels {

    /** Check-in events (sent by the ingest path's own producer), read back to store them for tracing. */
    public static final String CHECKINS_STORE = "checkins-store";
    /** Outgoing device heartbeats; topic {@link vn.vungxanh.events.Topics#HEARTBEATS}. */
    public static final String HEARTBEATS_OUT = "heartbeats";

    private Channels() {
    }
}
