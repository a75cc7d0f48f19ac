package vn.vungxanh.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.VenueScanMinute;
import vn.vungxanh.alert.service.ActivityService;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.PlaceKind;

/**
 * Reads both scan streams into per-place activity and per-minute check-in counts, each event id once (a retry or
 * redelivery changes nothing); an unreadable record goes to the dead-letter topic and the stream moves on, while a
 * record the database could not take (unreachable, deadlock) is counted again until it is in.
 * Rejected check-ins are the rule engine's business; here only accepted ones count.
 */
@ApplicationScoped
public class ScanConsumer {

    @Inject
    ActivityService activity;

    @Inject
    ConsumerRetry retry;

    @Incoming(Channels.CHECKINS)
    @Blocking
    public void checkin(CheckinEvent event) {
        EventDeserializer.require(event);
        if (!event.accepted() || event.venueId() == null) {
            return;
        }
        retry.inTransaction(Channels.CHECKINS, () -> {
            if (activity.record(PlaceKind.VENUE, event.venueId(), null, event.eventId(), event.scannedAt())
                    && event.direction() == CheckinEvent.Direction.IN) {
                VenueScanMinute.count(event.venueId(), event.scannedAt());
            }
        });
    }

    @Incoming(Channels.PASSAGES)
    @Blocking
    public void passage(PassageEvent event) {
        EventDeserializer.require(event);
        retry.inTransaction(Channels.PASSAGES, () -> activity.record(PlaceKind.CHECKPOINT, event.checkpointId(),
                event.wardCode(), event.eventId(), event.scannedAt()));
    }
}
