package vn.vungxanh.alert.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import vn.vungxanh.alert.Alert;
import vn.vungxanh.alert.AlertChange;
import vn.vungxanh.alert.AlertHistory;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.config.AlertsConfig;

/**
 * Writes the history of an alert and announces its changes. Announcements are CDI events observed after the
 * transaction commits, so nothing is delivered for a change that was rolled back.
 */
@ApplicationScoped
public class AlertRecorder {

    @Inject
    Clock clock;

    @Inject
    AlertViews views;

    @Inject
    Event<AlertChange> changes;

    @Inject
    AlertsConfig config;

    public void history(Alert alert, String actor, AlertHistory.Action action, AlertStatus from, String reason) {
        AlertHistory entry = new AlertHistory();
        entry.alertId = alert.id;
        entry.at = clock.instant();
        entry.actor = actor;
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = alert.status;
        entry.reason = reason == null || reason.length() <= AlertHistory.REASON_LENGTH ? reason
                : reason.substring(0, AlertHistory.REASON_LENGTH);
        entry.persist();
        alert.updatedAt = entry.at;
    }

    /**
     * Whether one more firing of an open alert deserves a history row (its count records every one): the first
     * repeat since any other change, a raised severity, or the first repeat after {@code repeat-history-interval}.
     */
    public boolean repeatWorthRecording(Alert alert, boolean severityRaised) {
        if (severityRaised) {
            return true;
        }
        AlertHistory last = AlertHistory.latestOf(alert.id);
        return last == null || last.action != AlertHistory.Action.UPDATED
                || !last.at.plus(config.repeatHistoryInterval()).isAfter(clock.instant());
    }

    /** Announces the alert as it is now; {@code deliver} says whether receivers are told. */
    public AlertView announce(Alert alert, AlertHistory.Action change, boolean deliver) {
        Alert.getEntityManager().flush();
        AlertView view = views.view(alert);
        changes.fire(new AlertChange(AlertChange.SCHEMA_VERSION, UUID.randomUUID().toString(), change.name(),
                clock.instant(), deliver, view));
        return view;
    }
}
