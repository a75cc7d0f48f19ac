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
import vn.vungxanh.alert.Channels;

/**
 * Publishes every committed alert change, keyed by district, so that every replica can push it to its own
 * live-stream clients. The database is the record; a change lost here only misses a live push.
 */
@ApplicationScoped
public class AlertChangePublisher {

    @Inject
    @Channel(Channels.ALERT_CHANGES_OUT)
    MutinyEmitter<AlertChange> changes;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChange change) {
        Message<AlertChange> message = Message.of(change)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(change.alert().districtCode()).build());
        changes.sendMessage(message).subscribe().with(
                ignored -> Log.debugf("alert change %s published", change.changeId()),
                failure -> Log.warnf("alert change %s of alert %s not published: %s", change.changeId(),
                        change.alert().id(), failure.getMessage()));
    }
}
