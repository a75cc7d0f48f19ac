package vn.vungxanh.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import vn.vungxanh.alert.AlertChange;
import vn.vungxanh.alert.AlertHistory;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.Outcome;
import vn.vungxanh.alert.service.AlertView;
import vn.vungxanh.events.AlertResolvedEvent;
import vn.vungxanh.events.PlaceKind;

/**
 * Tells the rule engine of every committed hand resolve, keyed by place id so that it reaches the partition of the
 * place's scans: the engine then stops believing nobody has seen the condition (see {@code vx.rules.reopen-after}).
 * Resolutions after the hold-off are not sent: the engine cleared those conditions itself. Silences are not sent
 * either: they mute notification, and the engine keeps judging the place as before.
 */
@ApplicationScoped
public class ResolutionPublisher {

    @Inject
    @Channel(Channels.ALERT_RESOLUTIONS_OUT)
    MutinyEmitter<AlertResolvedEvent> resolutions;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChange change) {
        AlertView alert = change.alert();
        if (!AlertHistory.Action.RESOLVED.name().equals(change.change()) || alert == null || alert.outcome() == null
                || alert.outcome() == Outcome.CONDITION_CLEARED) {
            return;
        }
        boolean venue = alert.venueId() != null;
        String placeId = venue ? alert.venueId() : alert.checkpointId();
        AlertResolvedEvent event = new AlertResolvedEvent(AlertResolvedEvent.SCHEMA_VERSION, change.changeId(),
                alert.id(), alert.fingerprint(), alert.rule(), venue ? PlaceKind.VENUE : PlaceKind.CHECKPOINT, placeId,
                alert.outcome().name(), alert.resolvedAt());
        Message<AlertResolvedEvent> message = Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(placeId).build());
        resolutions.sendMessage(message).subscribe().with(
                ignored -> Log.debugf("hand resolve of alert %s sent to the rule engine", alert.id()),
                failure -> Log.warnf("hand resolve of alert %s not sent to the rule engine: %s", alert.id(),
                        failure.getMessage()));
    }
}
