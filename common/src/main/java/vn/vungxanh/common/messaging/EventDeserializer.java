package vn.vungxanh.common.messaging;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.VersionedEvent;

/**
 * Reads a JSON event and refuses schema versions this code does not know. A refused or unreadable record reaches
 * the consumer with no payload; {@link #require} turns that into a failure that the dead-letter strategy handles.
 */
public class EventDeserializer<T extends VersionedEvent> extends ObjectMapperDeserializer<T> {

    private final int version;

    protected EventDeserializer(Class<T> type, int version) {
        super(type);
        this.version = version;
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        T event = super.deserialize(topic, headers, data);
        if (event != null && event.schemaVersion() != version) {
            throw new SerializationException("schema version " + event.schemaVersion() + " of " + topic
                    + " is not known here (expected " + version + ")");
        }
        return event;
    }

    /** The event, or a failure when the record could not be read (it then goes to the dead-letter topic). */
    public static <T extends VersionedEvent> T require(T event) {
        if (event == null) {
            throw new IllegalArgumentException("unreadable record: not JSON of a known schema version");
        }
        return event;
    }

    public static class Checkins extends EventDeserializer<CheckinEvent> {
        public Checkins() {
            super(CheckinEvent.class, CheckinEvent.SCHEMA_VERSION);
        }
    }

    public static class Passages extends EventDeserializer<PassageEvent> {
        public Passages() {
            super(PassageEvent.class, PassageEvent.SCHEMA_VERSION);
        }
    }
}
