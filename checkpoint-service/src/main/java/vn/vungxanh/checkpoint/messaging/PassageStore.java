package vn.vungxanh.checkpoint.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.checkpoint.Channels;
import vn.vungxanh.checkpoint.Passage;
import vn.vungxanh.common.ingest.ScanSender;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.PassageEvent;

/**
 * Materialises passages in MariaDB for tracing and queries; a redelivered event id is stored once. An unreadable
 * record goes to the dead-letter topic; while the database is unreachable the passage is written again until it
 * goes in.
 */
@ApplicationScoped
public class PassageStore {

    @Inject
    ScanSender sender;

    @Inject
    ConsumerRetry retry;

    @Incoming(Channels.PASSAGES_STORE)
    @Blocking
    public void store(PassageEvent event) {
        sender.remember(EventDeserializer.require(event).eventId());
        retry.inTransaction(Channels.PASSAGES_STORE, () -> {
            if (Passage.findById(event.eventId()) == null) {
                Passage.from(event).persist();
            }
        });
    }
}
