package vn.vungxanh.alert;

/** What an inspector found when resolving an alert by hand. */
public enum Outcome {
    FIXED,
    WARNING_ISSUED,
    FINED,
    FALSE_ALARM,
    /** Set by the service: the condition cleared and stayed clear for the hold-off time. */
    CONDITION_CLEARED
}
