package vn.vungxanh.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.service.AlertLifecycle;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.AlertSignal;

/** Signals of the rule engine become alerts; a redelivered signal changes nothing. */
@ApplicationScoped
public class AlertSignalConsumer {

    @Inject
    AlertLifecycle lifecycle;

    @Inject
    ConsumerRetry retry;

    @Incoming(Channels.ALERT_SIGNALS)
    @Blocking
    public void signal(AlertSignal signal) {
        EventDeserializer.require(signal);
        if (signal.signalId() == null || signal.fingerprint() == null || signal.state() == null
                || signal.rule() == null || signal.placeKind() == null || signal.placeId() == null
                || signal.wardCode() == null) {
            throw new IllegalArgumentException("signal without id, fingerprint, state, rule, place or ward");
        }
        retry.inTransaction(Channels.ALERT_SIGNALS, () -> lifecycle.apply(signal, AlertLifecycle.RULE_ENGINE));
    }
}
