package vn.vungxanh.alert.board.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import vn.vungxanh.alert.board.BoardChannels;
import vn.vungxanh.alert.board.service.BoardStats;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;

/**
 * Feeds the board's charts from both scan streams, a polled batch per transaction. A batch the database could not
 * take (unreachable, deadlock) is counted again until it is in, so an outage loses no counts. Its channels log and
 * skip what they cannot read (see application.properties): the group {@code alert-service} reads the same records
 * and dead-letters the unreadable ones, once.
 */
@ApplicationScoped
public class BoardStatsConsumer {

    @Inject
    BoardStats stats;

    @Inject
    ConsumerRetry retry;

    @Incoming(BoardChannels.CHECKINS)
    @Blocking
    public CompletionStage<Void> checkins(KafkaRecordBatch<String, CheckinEvent> batch) {
        return retry.inBatch(BoardChannels.CHECKINS, batch, stats::countCheckins);
    }

    @Incoming(BoardChannels.PASSAGES)
    @Blocking
    public CompletionStage<Void> passages(KafkaRecordBatch<String, PassageEvent> batch) {
        return retry.inBatch(BoardChannels.PASSAGES, batch, stats::countPassages);
    }
}
