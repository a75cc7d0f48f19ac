package vn.vungxanh.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.alert.service.ActivityService;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;

/** Reads both scan streams; an unreadable record goes to the dead-letter topic and the stream moves on. */
@ApplicationScoped
public class ScanConsumer {

    @Inject
    ActivityService activity;

    @Incoming(Channels.CHECKINS)
    @Blocking
    public void checkin(CheckinEvent event) {
        EventDeserializer.require(event);
        activity.record(PlaceKind.VENUE, event.venueId(), event.eventId(), event.scannedAt());
    }

    @Incoming(Channels.PASSAGES)
    @Blocking
    public void passage(PassageEvent event) {
        EventDeserializer.require(event);
        activity.record(PlaceKind.CHECKPOINT, event.checkpointId(), event.eventId(), event.scannedAt());
    }
}
