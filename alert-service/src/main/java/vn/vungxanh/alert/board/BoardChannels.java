package vn.vungxanh.alert.board;

/** Channels of the board's own consumer group ({@code alert-board-stats}), as configured in application.properties. */
public final class BoardChannels {

    /** Check-ins counted per ward and hour; topic {@link vn.vungxanh.events.Topics#CHECKINS}. */
    public static final String CHECKINS = "board-checkins";
    /** Passages counted per hour and decision; topic {@link vn.vungxanh.events.Topics#PASSAGES}. */
    public static final String PASSAGES = "board-passages";

    private BoardChannels() {
    }
}
