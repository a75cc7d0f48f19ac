package vn.vungxanh.alert.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;

/** Scans and rule signals written straight to the broker, as the ingest services and the rule engine write them. */
final class BoardEvents {

    /** Long Biên (004) and two of its wards; Ba Đình (001). */
    static final String LONG_BIEN = "004";
    static final String THUONG_THANH = "00115";
    static final String NGOC_THUY = "00118";
    static final String BA_DINH = "001";

    private static final Subject SUBJECT = new Subject(SubjectType.CCCD, "pseudonym-of-a-visitor-000000000000000000");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static KafkaProducer<String, String> producer;

    private BoardEvents() {
    }

    static CheckinEvent checkin(String venueId, String ward, Instant at, boolean accepted) {
        return new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venueId, ward, "device-1",
                SUBJECT, CheckinEvent.Direction.IN, at, at, null,
                accepted ? CheckinEvent.ScanStatus.ACCEPTED : CheckinEvent.ScanStatus.REJECTED,
                accepted ? null : CheckinEvent.RejectReason.FORGED);
    }

    static PassageEvent passage(String checkpointId, String ward, Instant at, PassageEvent.Decision decision) {
        return new PassageEvent(PassageEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), checkpointId, ward,
                "device-1", SUBJECT, PassageEvent.Direction.INBOUND, at, at, null, "31", THUONG_THANH,
                new BigDecimal("36.6"), List.of(), null, null, decision, null);
    }

    static AlertSignal firing(Rule rule, AlertSignal.Severity severity, String venueId, String name, String ward,
            String district, Map<String, Object> evidence) {
        return new AlertSignal(AlertSignal.SCHEMA_VERSION, UUID.randomUUID().toString(),
                AlertSignal.fingerprint(rule, PlaceKind.VENUE, venueId), rule, AlertSignal.State.FIRING, severity,
                PlaceKind.VENUE, venueId, name, ward, district, Instant.now(), evidence);
    }

    static void send(CheckinEvent event) throws Exception {
        send(Topics.CHECKINS, event.venueId(), event);
    }

    static void send(PassageEvent event) throws Exception {
        send(Topics.PASSAGES, event.checkpointId(), event);
    }

    static void send(AlertSignal signal) throws Exception {
        send(Topics.ALERT_SIGNALS, signal.fingerprint(), signal);
    }

    /** Sends a record; a String is sent as it is (for records that are not valid events). */
    static synchronized void send(String topic, String key, Object value) throws Exception {
        String json = value instanceof String raw ? raw : JSON.writeValueAsString(value);
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        producer.send(new ProducerRecord<>(topic, key, json)).get();
    }
}
