package vn.vungxanh.alert.engine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/** The rules engine inside the running service, through the real broker: a registered market that never scans. */
@QuarkusTest
@TestProfile(ShortThresholds.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class RulesEngineTest {

    @Test
    void aRegisteredMarketThatNeverScansIsSignalledSilentAndClearedByItsFirstScan() throws Exception {
        String venueId = "market-" + UUID.randomUUID();
        String fingerprint = "SCANNING_SILENT/VENUE/" + venueId;
        Instant now = Instant.now();
        try (KafkaProducer<String, String> producer = producer()) {
            VenueEvent venue = new VenueEvent(VenueEvent.SCHEMA_VERSION, venueId, "Chợ Long Biên", VenueType.MARKET,
                    "00118", "004", "01", 500, List.of(new OpeningHours("MON-SUN", "00:00", "00:00")), true, 1, now);
            send(producer, Topics.VENUES, venueId, venue);

            AlertSignal fired = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> signal(fingerprint, AlertSignal.State.FIRING), s -> s != null);
            assertEquals("004", fired.districtCode());
            assertEquals("00118", fired.wardCode());
            assertEquals("Chợ Long Biên", fired.placeName());
            assertEquals("never", fired.evidence().get("lastAcceptedScanAt"));

            CheckinEvent scan = new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venueId,
                    "00118", null, new Subject(SubjectType.CCCD, "pseudonym-of-a-visitor"), CheckinEvent.Direction.IN,
                    Instant.now(), Instant.now(), null, CheckinEvent.ScanStatus.ACCEPTED, null);
            send(producer, Topics.CHECKINS, venueId, scan);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> signal(fingerprint, AlertSignal.State.CLEARED), s -> s != null);
        }
    }

    private static AlertSignal signal(String fingerprint, AlertSignal.State state) throws Exception {
        for (ConsumerRecord<String, String> r : KafkaBroker.readAll(Topics.ALERT_SIGNALS)) {
            if (fingerprint.equals(r.key())) {
                AlertSignal s = EngineSerdes.mapper().readValue(r.value(), AlertSignal.class);
                if (s.state() == state) {
                    return s;
                }
            }
        }
        return null;
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String key, Object value)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, key, EngineSerdes.mapper().writeValueAsString(value))).get();
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
