package vn.vungxanh.alert;

/** Messaging channel names, as configured in application.properties. */
public final class Channels {

    /** Check-ins from checkin-service; topic {@link vn.vungxanh.events.Topics#CHECKINS}. */
    public static final String CHECKINS = "checkins";
    /** Passages from checkpoint-service; topic {@link vn.vungxanh.events.Topics#PASSAGES}. */
    public static final String PASSAGES = "passages";

    private Channels() {
    }
}
