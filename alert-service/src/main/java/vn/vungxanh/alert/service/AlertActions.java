package vn.vungxanh.alert.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.vungxanh.alert.Alert;
import vn.vungxanh.alert.AlertHistory.Action;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.Outcome;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.problem.Problem;
import vn.vungxanh.common.problem.ProblemException;

/** What inspectors do to an alert: acknowledge it, resolve it with an outcome. */
@ApplicationScoped
public class AlertActions {

    @Inject
    Clock clock;

    @Inject
    AlertRecorder recorder;

    @Inject
    AlertLifecycle lifecycle;

    @Inject
    AlertPolicy policy;

    @Transactional
    public AlertView acknowledge(String id, Scope scope, String note) {
        Alert alert = lockInScope(id, scope);
        if (alert.status != AlertStatus.FIRING) {
            throw conflict("alert " + id + " is " + alert.status + " and cannot be acknowledged");
        }
        Instant now = clock.instant();
        alert.status = AlertStatus.ACKNOWLEDGED;
        alert.acknowledgedAt = now;
        alert.acknowledgedBy = scope.actor();
        alert.escalateDueAt = null;
        recorder.history(alert, scope.actor(), Action.ACKNOWLEDGED, AlertStatus.FIRING, note);
        return recorder.announce(alert, Action.ACKNOWLEDGED, false);
    }

    @Transactional
    public AlertView resolve(String id, Scope scope, Outcome outcome, String note) {
        if (outcome == Outcome.CONDITION_CLEARED) {
            throw ProblemException.invalidField("outcome", "must be FIXED, WARNING_ISSUED, FINED or FALSE_ALARM");
        }
        Alert alert = lockInScope(id, scope);
        if (alert.status == AlertStatus.RESOLVED) {
            throw conflict("alert " + id + " is already resolved");
        }
        Instant now = clock.instant();
        lifecycle.close(alert, scope.actor(), outcome, note, now);
        return recorder.announce(alert, Action.RESOLVED, policy.notifiable(alert, now));
    }

    private static Alert lockInScope(String id, Scope scope) {
        Alert alert = Alert.lockById(id);
        if (alert == null) {
            throw ProblemException.notFound("alert " + id);
        }
        scope.requireVisible(alert.districtCode, alert.wardCode, "alert " + id);
        return alert;
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }
}
