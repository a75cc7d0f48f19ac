package vn.vungxanh.checkin;

/** Messaging channel names, as configured in application.properties. */
public final class Channels {

    /** Outgoing check-in events; topic {@link vn.vungxanh.events.Topics#CHECKINS}. */
    public static final String CHECKINS_OUT = "checkins";
    /** The same topic, read back to store check-ins for tracing. */
    public static final String CHECKINS_STORE = "checkins-store";
    /** Outgoing device heartbeats; topic {@link vn.vungxanh.events.Topics#HEARTBEATS}. */
    public static final String HEARTBEATS_OUT = "heartbeats";

    private Channels() {
    }
}
