package vn.vungxanh.alert.engine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vungxanh.common.geo.WardCatalogue;
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

/**
 * The topology as deployed, through the real broker: replicas share the partitions without duplicate signals, and a
 * replica that comes back on an empty disk restores its state from the changelogs: nothing forgotten, nothing
 * re-fired. Restaurants are used (silent after 2 s here) so that no other engine in this test JVM fires for them.
 */
class EngineReplicasTest {

    private static final RulesConfig CONFIG = EngineDriver.config(Map.of(
            "vx.rules.evaluation-interval", "1S",
            "vx.rules.scanning-silent.other", "2S,2S,2S,2S"));
    private static final WardCatalogue CATALOGUE = new WardCatalogue();
    private static final OpeningHours ALWAYS = new OpeningHours("MON-SUN", "00:00", "00:00");

    @BeforeAll
    static void topics() {
        ServiceInfrastructure.createTopics();
    }

    @Test
    void aReplicaRestartedOnAnEmptyDiskNeitherForgetsNorRefires() throws Exception {
        String app = "vx-rules-restart-" + UUID.randomUUID();
        String venueId = "restaurant-" + UUID.randomUUID();
        String fp = "SCANNING_SILENT/VENUE/" + venueId;
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, Topics.VENUES, venueId, venue(venueId));
            try (KafkaStreams first = start(app, "replica-0")) {
                await().atMost(Duration.ofSeconds(60)).until(() -> states(fp).contains(AlertSignal.State.FIRING));
            }
            // the same replica (static membership) back on an empty disk: it restores from the changelogs
            try (KafkaStreams second = start(app, "replica-0")) {
                Thread.sleep(CONFIG.evaluationInterval().multipliedBy(5).toMillis());
                assertEquals(List.of(AlertSignal.State.FIRING), states(fp), "no second FIRING after the restart");
                send(producer, Topics.CHECKINS, venueId, scan(venueId));
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> states(fp).equals(List.of(AlertSignal.State.FIRING, AlertSignal.State.CLEARED)));
            }
        }
    }

    @Test
    void twoReplicasSplitThePlacesAndSignalEachOnce() throws Exception {
        String app = "vx-rules-pair-" + UUID.randomUUID();
        List<String> fps = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer();
                KafkaStreams a = start(app, "replica-0");
                KafkaStreams b = start(app, "replica-1")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> hasTasks(a) && hasTasks(b));
            for (int i = 0; i < 8; i++) {
                String venueId = "restaurant-" + UUID.randomUUID();
                fps.add("SCANNING_SILENT/VENUE/" + venueId);
                send(producer, Topics.VENUES, venueId, venue(venueId));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> fps.stream().allMatch(fp -> !states(fp).isEmpty()));
            Thread.sleep(CONFIG.evaluationInterval().multipliedBy(3).toMillis());
            for (String fp : fps) {
                assertEquals(List.of(AlertSignal.State.FIRING), states(fp), fp);
            }
            assertFalse(a.metadataForLocalThreads().iterator().next().activeTasks().isEmpty());
            assertFalse(b.metadataForLocalThreads().iterator().next().activeTasks().isEmpty());
        }
    }

    private static boolean hasTasks(KafkaStreams s) {
        return s.state() == KafkaStreams.State.RUNNING
                && s.metadataForLocalThreads().stream().anyMatch(t -> !t.activeTasks().isEmpty());
    }

    static KafkaStreams start(String applicationId, String instanceId) {
        return start(applicationId, instanceId, Duration.ofMillis(100));
    }

    static KafkaStreams start(String applicationId, String instanceId, Duration commitInterval) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(StreamsConfig.STATE_DIR_CONFIG, ServiceInfrastructure.freshStateDir());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(commitInterval.toMillis()));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
        KafkaStreams streams = new KafkaStreams(RulesTopology.build(CONFIG, CATALOGUE), p);
        streams.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
        return streams;
    }

    private static List<AlertSignal.State> states(String fingerprint) {
        List<AlertSignal.State> out = new ArrayList<>();
        for (ConsumerRecord<String, String> r : KafkaBroker.readAll(Topics.ALERT_SIGNALS)) {
            if (fingerprint.equals(r.key())) {
                try {
                    out.add(EngineSerdes.mapper().readValue(r.value(), AlertSignal.class).state());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    private static VenueEvent venue(String id) {
        return new VenueEvent(VenueEvent.SCHEMA_VERSION, id, "Quán " + id, VenueType.RESTAURANT, "00118", "004", "01",
                40, List.of(ALWAYS), true, 1, Instant.now());
    }

    private static CheckinEvent scan(String venueId) {
        return new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venueId, "00118", null,
                new Subject(SubjectType.CCCD, "pseudonym"), CheckinEvent.Direction.IN, Instant.now(), Instant.now(),
                null, CheckinEvent.ScanStatus.ACCEPTED, null);
    }

    static void send(KafkaProducer<String, String> producer, String topic, String key, Object value)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, key, EngineSerdes.mapper().writeValueAsString(value))).get();
    }

    static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
