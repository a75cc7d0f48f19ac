package vn.vungxanh.alert.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.vungxanh.alert.Alert;
import vn.vungxanh.alert.AlertHistory.Action;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.Outcome;
import vn.vungxanh.alert.ProcessedEvent;
import vn.vungxanh.alert.config.AlertsConfig;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.events.AlertSignal;

/**
 * Turns rule signals into alerts: FIRING opens the fingerprint's alert or updates it; CLEARED schedules its
 * resolution after the hold-off, cancelled by a FIRING meanwhile (flap damping). Every row change takes the row
 * lock first, so replicas and the sweeps never overwrite each other.
 */
@ApplicationScoped
public class AlertLifecycle {

    public static final String RULE_ENGINE = "rule-engine";
    public static final String SYSTEM = "alert-service";

    @Inject
    Clock clock;

    @Inject
    AlertsConfig config;

    @Inject
    AlertRecorder recorder;

    @Inject
    AlertViews views;

    @Inject
    WardCatalogue catalogue;

    @Inject
    AlertPolicy policy;

    /**
     * Applies one signal once: a redelivered signal id changes nothing.
     *
     * @return the alert after the signal, if the signal opened or changed one
     */
    @Transactional
    public Optional<AlertView> apply(AlertSignal signal, String actor) {
        Instant now = clock.instant();
        if (!ProcessedEvent.firstTime("signal:" + signal.signalId(), now)) {
            Log.debugf("signal %s was already applied", signal.signalId());
            return Optional.empty();
        }
        Optional<Alert> open = Alert.openForUpdate(signal.fingerprint());
        if (signal.state() == AlertSignal.State.FIRING) {
            return Optional.of(open.map(a -> refire(a, signal, actor, now)).orElseGet(() -> open(signal, actor, now)));
        }
        return open.map(a -> clear(a, signal, actor, now));
    }

    private AlertView open(AlertSignal signal, String actor, Instant now) {
        Alert alert = new Alert();
        alert.id = UUID.randomUUID().toString();
        alert.fingerprint = signal.fingerprint();
        alert.openFingerprint = signal.fingerprint();
        alert.rule = signal.rule();
        alert.severity = signal.severity() == null ? AlertSignal.Severity.WARNING : signal.severity();
        alert.status = AlertStatus.FIRING;
        alert.placeKind = signal.placeKind();
        alert.placeId = signal.placeId();
        alert.placeName = signal.placeName();
        alert.wardCode = signal.wardCode();
        alert.districtCode = signal.districtCode() != null ? signal.districtCode()
                : catalogue.requireWard(signal.wardCode(), "wardCode").districtCode();
        alert.startsAt = now;
        alert.lastSeenAt = signal.observedAt() == null ? now : signal.observedAt();
        alert.count = 1;
        alert.evidence = views.toJson(signal.evidence());
        alert.updatedAt = now;
        alert.escalateDueAt = policy.escalationDue(alert, now);
        alert.persist();
        recorder.history(alert, actor, Action.OPENED, null, signal.rule() + " fired at " + alert.placeKind + " "
                + alert.placeId + " (signal " + signal.signalId() + ")");
        return recorder.announce(alert, Action.OPENED, policy.notifiable(alert, now));
    }

    private AlertView refire(Alert alert, AlertSignal signal, String actor, Instant now) {
        boolean wasClearing = alert.resolveDueAt != null;
        alert.count++;
        if (signal.observedAt() != null && signal.observedAt().isAfter(alert.lastSeenAt)) {
            alert.lastSeenAt = signal.observedAt();
        }
        if (signal.evidence() != null && !signal.evidence().isEmpty()) {
            alert.evidence = views.toJson(signal.evidence());
        }
        boolean raised = signal.severity() != null && signal.severity().compareTo(alert.severity) > 0;
        if (raised) {
            alert.severity = signal.severity();
        }
        alert.resolveDueAt = null;
        Action action = wasClearing ? Action.REFIRED : Action.UPDATED;
        if (wasClearing || recorder.repeatWorthRecording(alert, raised)) {
            recorder.history(alert, actor, action, alert.status, wasClearing
                    ? "fired again within the hold-off; the alert stays open (signal " + signal.signalId() + ")"
                    : "fired again, " + alert.count + " times so far" + (raised ? ", now " + alert.severity : "")
                            + " (signal " + signal.signalId() + ")");
        } else {
            alert.updatedAt = now;
        }
        return recorder.announce(alert, action, false);
    }

    private AlertView clear(Alert alert, AlertSignal signal, String actor, Instant now) {
        alert.resolveDueAt = now.plus(config.holdOff());
        recorder.history(alert, actor, Action.CLEARED, alert.status, "condition cleared; resolves at "
                + alert.resolveDueAt + " unless it fires again (signal " + signal.signalId() + ")");
        return recorder.announce(alert, Action.CLEARED, false);
    }

    /** Resolves the alert if its hold-off has passed; safe when several replicas try at once. */
    @Transactional
    public Optional<AlertView> resolveIfDue(String id) {
        Instant now = clock.instant();
        Alert alert = Alert.lockById(id);
        if (alert == null || !alert.status.open() || alert.resolveDueAt == null || alert.resolveDueAt.isAfter(now)) {
            return Optional.empty();
        }
        close(alert, SYSTEM, Outcome.CONDITION_CLEARED, "the condition stayed cleared for " + config.holdOff(), now);
        return Optional.of(recorder.announce(alert, Action.RESOLVED, policy.notifiable(alert, now)));
    }

    /** Closes an open alert: its fingerprint is free for a new alert from now on. */
    void close(Alert alert, String actor, Outcome outcome, String reason, Instant now) {
        AlertStatus from = alert.status;
        alert.status = AlertStatus.RESOLVED;
        alert.openFingerprint = null;
        alert.resolvedAt = now;
        alert.resolvedBy = actor;
        alert.outcome = outcome;
        alert.resolveDueAt = null;
        alert.escalateDueAt = null;
        recorder.history(alert, actor, Action.RESOLVED, from, outcome + (reason == null ? "" : ": " + reason));
    }

    @Transactional
    public List<String> dueForResolution() {
        return Alert.dueForResolution(clock.instant(), config.sweepBatch());
    }
}
