package vn.vungxanh.alert.board.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.alert.board.BoardChannels;
import vn.vungxanh.alert.board.service.BoardStats;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;

/**
 * Feeds the board's charts from both scan streams. Its channels log and skip what they cannot take (see
 * application.properties): the group {@code alert-service} reads the same records and dead-letters the unreadable
 * ones, once.
 */
@ApplicationScoped
public class BoardStatsConsumer {

    @Inject
    BoardStats stats;

    @Incoming(BoardChannels.CHECKINS)
    @Blocking
    public void checkin(CheckinEvent event) {
        stats.countCheckin(event);
    }

    @Incoming(BoardChannels.PASSAGES)
    @Blocking
    public void passage(PassageEvent event) {
        stats.countPassage(event);
    }
}
