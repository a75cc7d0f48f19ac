package vn.vungxanh.alert.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.service.ScanRecorder;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;

/**
 * Reads both scan streams into per-place activity and per-minute check-in counts, a polled batch per transaction,
 * each event id once (a retry or redelivery changes nothing); an unreadable record goes to the dead-letter topic and
 * the stream moves on, while a batch the database could not take (unreachable, deadlock) is written again until it
 * is in. Rejected check-ins are the rule engine's business; here only accepted ones count.
 */
@ApplicationScoped
public class ScanConsumer {

    @Inject
    ScanRecorder recorder;

    @Inject
    ConsumerRetry retry;

    @Incoming(Channels.CHECKINS)
    @Blocking
    public CompletionStage<Void> checkins(KafkaRecordBatch<String, CheckinEvent> batch) {
        return retry.inBatch(Channels.CHECKINS, batch, recorder::checkins);
    }

    @Incoming(Channels.PASSAGES)
    @Blocking
    public CompletionStage<Void> passages(KafkaRecordBatch<String, PassageEvent> batch) {
        return retry.inBatch(Channels.PASSAGES, batch, recorder::passages);
    }
}
