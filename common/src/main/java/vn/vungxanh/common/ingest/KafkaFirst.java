package vn.vungxanh.common.ingest;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import vn.vungxanh.common.problem.ServiceUnavailable;

/**
 * Sends a record and completes only when the broker has acknowledged it, so that a caller never tells a client
 * "accepted" for something Kafka does not have. A failed send becomes a 503 with Retry-After.
 */
public final class KafkaFirst {

    private KafkaFirst() {
    }

    public static <T> Uni<Void> send(MutinyEmitter<T> emitter, String key, T payload, int retryAfterSeconds) {
        Message<T> message = Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        return emitter.sendMessage(message)
                .onFailure().transform(e -> new Unavailable(retryAfterSeconds, e));
    }

    /** Kafka did not acknowledge in time: nothing was accepted, the client retries later. */
    public static final class Unavailable extends ServiceUnavailable {

        public Unavailable(int retryAfterSeconds, Throwable cause) {
            super("the event store did not confirm the event; nothing was accepted, retry later", retryAfterSeconds,
                    cause);
        }
    }
}
