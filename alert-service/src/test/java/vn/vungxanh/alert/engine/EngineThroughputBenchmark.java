package vn.vungxanh.alert.engine;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;
import vn.vungxanh.testsupport.BenchResults;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/**
 * A measurement of the rules engine against a pass-through Kafka Streams application (consume, {@code mapValues(v ->
 * v)}, produce) with the engine's JSON serdes, on the same check-ins of the same input topic and partitions, each
 * reading them all from the start, twice each and alternately, in one run: the pass-through is what Kafka Streams
 * itself costs here. On demand: {@code ./mvnw -B -ntp verify -pl alert-service -am -Dvx.benchmark=true
 * -Dtest=EngineThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dvx.simulation=false}.
 */
@EnabledIfSystemProperty(named = "vx.benchmark", matches = "true")
class EngineThroughputBenchmark {

    private static final int RECORDS = Integer.getInteger("vx.benchmark.records", 200_000);
    private static final int VENUES = 2_000;
    /** As configured for the service. */
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    private static final String COMMAND = "./mvnw -B -ntp verify -pl alert-service -am -Dvx.benchmark=true"
            + " -Dtest=EngineThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dvx.simulation=false";

    @Test
    void engineAgainstPassThrough() throws Exception {
        ServiceInfrastructure.createTopics();
        produce();
        double[] passThrough = new double[2];
        double[] engine = new double[2];
        for (int round = 0; round < 2; round++) {
            passThrough[round] = drain("vx-bench-pass-" + UUID.randomUUID(), EngineThroughputBenchmark::passThrough);
            engine[round] = drain("vx-bench-rules-" + UUID.randomUUID(),
                    app -> EngineReplicasTest.start(app, "bench-0", COMMIT_INTERVAL));
            System.out.printf("round %d: pass-through %,.0f records/s, engine %,.0f records/s%n", round + 1,
                    passThrough[round], engine[round]);
        }
        BenchResults.figure("rules engine, check-ins/s (" + RECORDS + " from the start, " + VENUES + " venues)",
                (engine[0] + engine[1]) / 2, "pass-through Kafka Streams, same serdes", (passThrough[0] + passThrough[1]) / 2,
                "records/s", COMMAND);
    }

    private interface App {
        KafkaStreams start(String applicationId) throws Exception;
    }

    /** Records per second for an application reading every check-in from the start until it has committed them. */
    private static double drain(String applicationId, App app) throws Exception {
        long start = System.nanoTime();
        try (KafkaStreams streams = app.start(applicationId)) {
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> KafkaBroker.committedToEnd(applicationId, Topics.CHECKINS));
            return RECORDS / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static KafkaStreams passThrough(String applicationId) {
        Serde<CheckinEvent> serde = EngineSerdes.json(CheckinEvent.class);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.CHECKINS, Consumed.with(Serdes.String(), serde)).mapValues(v -> v)
                .to("vx.bench.pass-through." + applicationId, Produced.with(Serdes.String(), serde));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(StreamsConfig.STATE_DIR_CONFIG, ServiceInfrastructure.freshStateDir());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(COMMIT_INTERVAL.toMillis()));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaBroker.createTopics(List.of("vx.bench.pass-through." + applicationId), ServiceInfrastructure.PARTITIONS);
        KafkaStreams streams = new KafkaStreams(builder.build(), p);
        streams.start();
        return streams;
    }

    private static void produce() throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int v = 0; v < VENUES; v++) {
                VenueEvent venue = new VenueEvent(VenueEvent.SCHEMA_VERSION, "bench-" + v, "Venue " + v,
                        VenueType.MARKET, "00118", "004", "01", 300,
                        List.of(new OpeningHours("MON-SUN", "00:00", "00:00")), true, 1, Instant.now());
                producer.send(new ProducerRecord<>(Topics.VENUES, venue.id(), EngineSerdes.mapper().writeValueAsString(venue)));
            }
            for (int i = 0; i < RECORDS; i++) {
                String venue = "bench-" + (i % VENUES);
                CheckinEvent e = new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venue,
                        "00118", "device-" + venue, new Subject(SubjectType.CCCD, "subject-" + i),
                        i % 3 == 0 ? CheckinEvent.Direction.OUT : CheckinEvent.Direction.IN, Instant.now(),
                        Instant.now(), null, CheckinEvent.ScanStatus.ACCEPTED, null);
                producer.send(new ProducerRecord<>(Topics.CHECKINS, venue, EngineSerdes.mapper().writeValueAsString(e)));
            }
        }
    }
}
