package vn.vungxanh.alert;

/** Where an alert is in its lifecycle: FIRING → ACKNOWLEDGED → RESOLVED. */
public enum AlertStatus {
    FIRING,
    ACKNOWLEDGED,
    RESOLVED;

    public boolean open() {
        return this != RESOLVED;
    }
}
