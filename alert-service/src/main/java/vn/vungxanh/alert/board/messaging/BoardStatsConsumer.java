package vn.vungxanh.alert.board.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.alert.board.BoardChannels;
import vn.vungxanh.alert.board.service.BoardStats;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;

/**
 * Feeds the board's charts from both scan streams. A record the database could not take (unreachable, deadlock) is
 * counted again until it is in, so an outage loses no counts. Its channels log and skip what they cannot read (see
 * application.properties): the group {@code alert-service} reads the same records and dead-letters the unreadable
 * ones, once.
 */
@ApplicationScoped
public class BoardStatsConsumer {

    @Inject
    BoardStats stats;

    @Inject
    ConsumerRetry retry;

    @Incoming(BoardChannels.CHECKINS)
    @Blocking
    public void checkin(CheckinEvent event) {
        EventDeserializer.require(event);
        retry.inTransaction(BoardChannels.CHECKINS, () -> stats.countCheckin(event));
    }

    @Incoming(BoardChannels.PASSAGES)
    @Blocking
    public void passage(PassageEvent event) {
        EventDeserializer.require(event);
        retry.inTransaction(BoardChannels.PASSAGES, () -> stats.countPassage(event));
    }
}
