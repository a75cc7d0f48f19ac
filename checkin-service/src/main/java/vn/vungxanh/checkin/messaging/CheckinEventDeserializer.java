package vn.vungxanh.checkin.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;
import vn.vungxanh.events.CheckinEvent;

public class CheckinEventDeserializer extends ObjectMapperDeserializer<CheckinEvent> {

    public CheckinEventDeserializer() {
        super(CheckinEvent.class);
    }
}
