package vn.vungxanh.alert;

import java.time.Instant;

import vn.vungxanh.alert.service.AlertView;

/**
 * One change of an alert, as every replica receives it on {@link vn.vungxanh.events.Topics#ALERT_CHANGES} (keyed by
 * district) for live delivery, and as the Server-Sent Events stream carries it.
 *
 * @param change what happened (an {@link AlertHistory.Action} name)
 * @param deliver whether receivers are told (false for silenced alerts and for plain updates)
 * @param alert the alert after the change
 */
public record AlertChange(int schemaVersion, String changeId, String change, Instant at, boolean deliver,
        AlertView alert) {

    public static final int SCHEMA_VERSION = 1;
}
