package vn.vungxanh.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.service.VenueRegistry;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.VenueEvent;

/** The venue registry from its compacted topic; an older version than the stored one changes nothing. */
@ApplicationScoped
public class VenueConsumer {

    @Inject
    VenueRegistry venues;

    @Inject
    ConsumerRetry retry;

    @Incoming(Channels.VENUES)
    @Blocking
    public void venue(VenueEvent event) {
        EventDeserializer.require(event);
        if (event.id() == null || event.wardCode() == null || event.type() == null) {
            throw new IllegalArgumentException("venue record without id, ward or type");
        }
        retry.inTransaction(Channels.VENUES, () -> venues.apply(event));
    }
}
