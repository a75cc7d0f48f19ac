package vn.vungxanh.alert.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Every replica sweeps for alerts due for resolution or escalation. Each alert is handled in its own transaction
 * under its row lock and re-checked there, so two replicas sweeping at once change it once.
 */
@ApplicationScoped
public class AlertSweeper {

    @Inject
    AlertLifecycle lifecycle;

    @Inject
    AlertEscalation escalation;

    @Scheduled(identity = "alert-sweep", every = "${vx.alerts.sweep-interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        for (String id : lifecycle.dueForResolution()) {
            try {
                lifecycle.resolveIfDue(id);
            } catch (RuntimeException e) {
                Log.warnf(e, "could not resolve alert %s; the next sweep retries", id);
            }
        }
        for (String id : escalation.due()) {
            try {
                escalation.escalateIfDue(id);
            } catch (RuntimeException e) {
                Log.warnf(e, "could not escalate alert %s; the next sweep retries", id);
            }
        }
    }
}
