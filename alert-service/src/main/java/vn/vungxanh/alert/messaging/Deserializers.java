package vn.vungxanh.alert.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;
import vn.vungxanh.alert.AlertChange;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.DistrictThresholdsEvent;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.WardLevelEvent;

/** Value deserializers of the channels alert-service reads (named in application.properties). */
public final class Deserializers {

    private Deserializers() {
    }

    public static class AlertSignals extends EventDeserializer<AlertSignal> {
        public AlertSignals() {
            super(AlertSignal.class, AlertSignal.SCHEMA_VERSION);
        }
    }

    public static class WardLevels extends EventDeserializer<WardLevelEvent> {
        public WardLevels() {
            super(WardLevelEvent.class, WardLevelEvent.SCHEMA_VERSION);
        }
    }

    public static class DistrictThresholds extends EventDeserializer<DistrictThresholdsEvent> {
        public DistrictThresholds() {
            super(DistrictThresholdsEvent.class, DistrictThresholdsEvent.SCHEMA_VERSION);
        }
    }

    public static class Venues extends EventDeserializer<VenueEvent> {
        public Venues() {
            super(VenueEvent.class, VenueEvent.SCHEMA_VERSION);
        }
    }

    public static class AlertChanges extends ObjectMapperDeserializer<AlertChange> {
        public AlertChanges() {
            super(AlertChange.class);
        }
    }
}
