package vn.vungxanh.events;

/** What a scanner device or an alert belongs to. */
public enum PlaceKind {
    VENUE,
    CHECKPOINT
}
