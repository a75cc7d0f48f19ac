package vn.vungxanh.alert.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.vungxanh.alert.Alert;
import vn.vungxanh.alert.AlertHistory.Action;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.WardLevel;
import vn.vungxanh.alert.config.AlertsConfig;
import vn.vungxanh.events.AlertSignal.Severity;

/** Raises the severity of alerts nobody acknowledged in time, and tells the receivers again. */
@ApplicationScoped
public class AlertEscalation {

    @Inject
    Clock clock;

    @Inject
    AlertsConfig config;

    @Inject
    AlertRecorder recorder;

    @Inject
    AlertPolicy policy;

    @Transactional
    public List<String> due() {
        return Alert.dueForEscalation(clock.instant(), config.sweepBatch());
    }

    /** Escalates the alert if it is still unacknowledged past its due time; safe when several replicas try. */
    @Transactional
    public Optional<AlertView> escalateIfDue(String id) {
        Instant now = clock.instant();
        Alert alert = Alert.lockById(id);
        if (alert == null || alert.status != AlertStatus.FIRING || alert.escalateDueAt == null
                || alert.escalateDueAt.isAfter(now)) {
            return Optional.empty();
        }
        Duration delay = policy.escalationDelay(alert.wardCode);
        Severity before = alert.severity;
        alert.severity = raise(before);
        alert.escalations++;
        alert.escalateDueAt = alert.escalations < config.escalation().maxTimes() ? now.plus(delay) : null;
        recorder.history(alert, AlertLifecycle.SYSTEM, Action.ESCALATED, alert.status,
                "not acknowledged within " + delay + " (ward " + alert.wardCode + " at level "
                        + WardLevel.levelOf(alert.wardCode) + "); severity " + before + " -> " + alert.severity);
        boolean deliver = policy.notifiable(alert, now) && config.escalation().renotify();
        return Optional.of(recorder.announce(alert, Action.ESCALATED, deliver));
    }

    static Severity raise(Severity severity) {
        Severity[] all = Severity.values();
        return all[Math.min(severity.ordinal() + 1, all.length - 1)];
    }
}
