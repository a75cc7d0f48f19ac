package vn.vungxanh.alert.bench;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.alert.PlaceActivity;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.BenchResults;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/**
 * How fast alert-service's scan consumers (activity and scan counts, group {@code alert-service}; the board's
 * counters, group {@code alert-board-stats}) take a backlog of check-ins into MariaDB, against the rules engine
 * reading the same records in the same run. Every check-in is new; the run is refused unless each was counted once.
 * On demand: {@code ./mvnw -B -ntp verify -pl alert-service -am -Dvx.benchmark=true -Dtest=ScanConsumerBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dvx.simulation=false}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "vx.benchmark", matches = "true")
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert_bench") })
class ScanConsumerBenchmark {

    private static final int RECORDS = Integer.getInteger("vx.benchmark.records", 50_000);
    private static final int VENUES = 500;
    private static final String COMMAND = "./mvnw -B -ntp verify -pl alert-service -am -Dvx.benchmark=true"
            + " -Dtest=ScanConsumerBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dvx.simulation=false";

    @Inject
    ObjectMapper json;

    @Test
    void consumersTakeABacklogAtTheEnginesPace() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer()) {
            Instant at = Instant.now().minusSeconds(600);
            for (int i = 0; i < RECORDS; i++) {
                String venue = "bench-" + run + "-" + (i % VENUES);
                CheckinEvent e = new CheckinEvent(CheckinEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), venue,
                        "00118", "device-" + venue, new Subject(SubjectType.CCCD, "subject-" + i),
                        CheckinEvent.Direction.IN, at.plusMillis(i), at.plusMillis(i), null,
                        CheckinEvent.ScanStatus.ACCEPTED, null);
                producer.send(new ProducerRecord<>(Topics.CHECKINS, venue, json.writeValueAsString(e)));
            }
        }
        Map<String, Double> rates = rates(start, List.of("alert-service", "alert-board-stats", "vx-rules"));
        double consumers = Math.min(rates.get("alert-service"), rates.get("alert-board-stats"));
        double engine = rates.get("vx-rules");
        long counted = 0;
        for (int v = 0; v < VENUES; v++) {
            String venue = "bench-" + run + "-" + v;
            PlaceActivity a = QuarkusTransaction.requiringNew().call(() -> PlaceActivity.find(PlaceKind.VENUE, venue));
            counted += a == null ? 0 : a.scanCount;
        }
        assertEquals(RECORDS, counted, "every check-in counted once: the run measured what it claims");
        BenchResults.figure("alert-service scan consumers, check-ins/s (backlog of " + RECORDS + ")", consumers,
                "rules engine on the same records", engine, "records/s", COMMAND);
    }

    /** Records per second of each group, from {@code start} until it has committed the end of the check-ins. */
    private static Map<String, Double> rates(long start, List<String> groups) {
        Map<String, Double> rates = new ConcurrentHashMap<>();
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (String group : groups) {
                if (!rates.containsKey(group) && KafkaBroker.committedToEnd(group, Topics.CHECKINS)) {
                    rates.put(group, RECORDS / ((System.nanoTime() - start) / 1e9));
                }
            }
            return rates.size() == groups.size();
        });
        return rates;
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(props);
    }
}
