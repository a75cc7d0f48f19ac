package vn.vungxanh.checkin.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.checkin.Channels;
import vn.vungxanh.checkin.Checkin;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.CheckinEvent;

/** Materialises accepted check-ins in MariaDB for tracing; a redelivered event id is stored once. */
@ApplicationScoped
public class CheckinStore {

    @Incoming(Channels.CHECKINS_STORE)
    @Blocking
    @Transactional
    public void store(CheckinEvent event) {
        if (Checkin.findById(EventDeserializer.require(event).eventId()) == null) {
            Checkin.from(event).persist();
        }
    }
}
