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
 * Feeds the board's charts from both scan streams. An unreadable record (null here) is skipped: the group
 * {@code alert-service} reads the same record and dead-letters it, once. A failure to count goes to the dead-letter
 * topic.
 */
@ApplicationScoped
public class BoardStatsConsumer {

    @Inject
    BoardStats stats;

    @Incoming(BoardChannels.CHECKINS)
    @Blocking
    public void checkin(CheckinEvent event) {
        if (event != null) {
            stats.countCheckin(event);
        }
    }

    @Incoming(BoardChannels.PASSAGES)
    @Blocking
    public void passage(PassageEvent event) {
        if (event != null) {
            stats.countPassage(event);
        }
    }
}
