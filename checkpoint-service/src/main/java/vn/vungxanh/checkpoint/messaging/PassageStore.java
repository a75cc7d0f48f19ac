package vn.vungxanh.checkpoint.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.checkpoint.Channels;
import vn.vungxanh.checkpoint.Passage;
import vn.vungxanh.common.ingest.ScanSender;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.PassageEvent;

/** Materialises passages in MariaDB for tracing and queries; a redelivered event id is stored once. */
@ApplicationScoped
public class PassageStore {

    @Inject
    ScanSender sender;

    @Incoming(Channels.PASSAGES_STORE)
    @Blocking
    @Transactional
    public void store(PassageEvent event) {
        sender.remember(EventDeserializer.require(event).eventId());
        if (Passage.findById(event.eventId()) == null) {
            Passage.from(event).persist();
        }
    }
}
