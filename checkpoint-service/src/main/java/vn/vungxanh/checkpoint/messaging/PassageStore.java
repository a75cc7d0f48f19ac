package vn.vungxanh.checkpoint.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.checkpoint.Channels;
import vn.vungxanh.checkpoint.Passage;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.PassageEvent;

/** Materialises passages in MariaDB for tracing and queries; a redelivered event id is stored once. */
@ApplicationScoped
public class PassageStore {

    @Incoming(Channels.PASSAGES_STORE)
    @Blocking
    @Transactional
    public void store(PassageEvent event) {
        if (Passage.findById(EventDeserializer.require(event).eventId()) == null) {
            Passage.from(event).persist();
        }
    }
}
