package vn.vungxanh.alert.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vungxanh.alert.Alert;
import vn.vungxanh.alert.AlertHistory.Action;
import vn.vungxanh.alert.Silence;
import vn.vungxanh.alert.WardLevel;
import vn.vungxanh.alert.config.AlertsConfig;

/** When an alert escalates and whether a change is delivered to receivers (silences). */
@ApplicationScoped
public class AlertPolicy {

    @Inject
    AlertsConfig config;

    @Inject
    AlertRecorder recorder;

    /** Escalation waits less at wards of a high epidemic level. */
    public Duration escalationDelay(String wardCode) {
        AlertsConfig.Escalation escalation = config.escalation();
        return WardLevel.levelOf(wardCode) >= escalation.highLevel() ? escalation.afterAtHighLevel()
                : escalation.after();
    }

    public Instant escalationDue(Alert alert, Instant now) {
        return now.plus(escalationDelay(alert.wardCode));
    }

    /**
     * Marks the alert silenced or not, as the silences active now say, and records a suppressed notification.
     *
     * @return true when receivers are to be told of the change
     */
    public boolean notifiable(Alert alert, Instant now) {
        Optional<Silence> silence = Silence.matching(alert, now);
        alert.silenced = silence.isPresent();
        silence.ifPresent(s -> recorder.history(alert, AlertLifecycle.SYSTEM, Action.NOTIFICATION_SUPPRESSED,
                alert.status, "silenced by " + s.id + " until " + s.endsAt + ": " + s.comment));
        return silence.isEmpty();
    }
}
