package vn.vungxanh.alert.engine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

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
 * Throughput of the rules engine through the real broker, against the raw producer rate measured in the same run:
 * check-ins at {@code vx.benchmark.venues} venues, first produced into a scratch topic (the baseline), then into the
 * engine's input topic while the engine runs; the engine's rate counts until its committed offsets reach the end.
 * Run on demand: {@code ./mvnw -B -o verify -pl alert-service -am -Dvx.benchmark=true -Dtest=RulesThroughputBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "vx.benchmark", matches = "true")
class RulesThroughputBenchmark {

    private static final int RECORDS = Integer.getInteger("vx.benchmark.records", 200_000);
    private static final int VENUES = Integer.getInteger("vx.benchmark.venues", 2_000);
    /** As configured for the service. */
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);

    @Test
    void engineRateAgainstRawProducerRate() throws Exception {
        ServiceInfrastructure.createTopics();
        String scratch = "vx.benchmark-baseline." + UUID.randomUUID();
        KafkaBroker.createTopics(List.of(scratch), ServiceInfrastructure.PARTITIONS);
        String app = "vx-rules-bench-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int v = 0; v < VENUES; v++) {
                VenueEvent venue = new VenueEvent(VenueEvent.SCHEMA_VERSION, "bench-" + v, "Venue " + v,
                        VenueType.MARKET, "00118", "004", "01", 300,
                        List.of(new OpeningHours("MON-SUN", "00:00", "00:00")), true, 1, Instant.now());
                producer.send(new ProducerRecord<>(Topics.VENUES, venue.id(),
                        EngineSerdes.mapper().writeValueAsString(venue)));
            }
            producer.flush();
            double baseline = produce(producer, scratch);
            System.out.printf("raw producer: %,d records in %.2f s = %,.0f records/s%n", RECORDS,
                    RECORDS / baseline, baseline);

            try (KafkaStreams engine = EngineReplicasTest.start(app, "bench-0", COMMIT_INTERVAL)) {
                long startNanos = System.nanoTime();
                produce(producer, Topics.CHECKINS);
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                        .until(() -> KafkaBroker.committedToEnd(app, Topics.CHECKINS));
                double seconds = (System.nanoTime() - startNanos) / 1e9;
                double engineRate = RECORDS / seconds;
                System.out.printf("rules engine: %,d check-ins through the topology in %.2f s = %,.0f records/s%n",
                        RECORDS, seconds, engineRate);
                System.out.printf("ratio engine / raw producer = %.2f%n", engineRate / baseline);
                assertTrue(engineRate > 0);
            }
        }
    }

    /** Sends the check-ins to the topic and returns the rate at which the broker acknowledged them. */
    private static double produce(KafkaProducer<String, String> producer, String topic) throws Exception {
        long start = System.nanoTime();
        Future<RecordMetadata> last = null;
        for (int i = 0; i < RECORDS; i++) {
            String venue = "bench-" + (i % VENUES);
            CheckinEvent e = new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venue,
                    "00118", "device-" + venue, new Subject(SubjectType.CCCD, "subject-" + i),
                    i % 3 == 0 ? CheckinEvent.Direction.OUT : CheckinEvent.Direction.IN, Instant.now(), Instant.now(),
                    null, CheckinEvent.ScanStatus.ACCEPTED, null);
            last = producer.send(new ProducerRecord<>(topic, venue, EngineSerdes.mapper().writeValueAsString(e)));
        }
        producer.flush();
        last.get();
        return RECORDS / ((System.nanoTime() - start) / 1e9);
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
        return new KafkaProducer<>(props);
    }
}
