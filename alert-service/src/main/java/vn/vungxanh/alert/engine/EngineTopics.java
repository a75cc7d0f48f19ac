package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import vn.vungxanh.common.messaging.KafkaConnection;
import vn.vungxanh.events.Topics;

/**
 * Where no deployment manifest declares them (a broker that creates topics on first use), creates the engine's own
 * inputs ({@link Topics#PEER_VERDICTS}, {@link Topics#ALERT_RESOLUTIONS}) with the partition count of
 * {@link Topics#CHECKINS}, so that what they say of a place lands in the same partition as its scans. The engine
 * starts once they exist ({@code quarkus.kafka-streams.topics}).
 */
@ApplicationScoped
public class EngineTopics {

    private static final List<String> OWN = List.of(Topics.PEER_VERDICTS, Topics.ALERT_RESOLUTIONS);

    private static final Duration POLL = Duration.ofSeconds(2);
    private static final int ATTEMPTS = 300;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    void onStart(@Observes StartupEvent event) {
        Thread t = new Thread(this::ensure, "vx-engine-topics");
        t.setDaemon(true);
        t.start();
    }

    private void ensure() {
        try (Admin admin = Admin.create(KafkaConnection.of(kafkaConfig))) {
            for (int i = 0; i < ATTEMPTS; i++) {
                Set<String> names = admin.listTopics().names().get();
                List<String> missing = OWN.stream().filter(t -> !names.contains(t)).toList();
                if (missing.isEmpty()) {
                    return;
                }
                if (names.contains(Topics.CHECKINS)) {
                    int partitions = admin.describeTopics(List.of(Topics.CHECKINS)).allTopicNames().get()
                            .get(Topics.CHECKINS).partitions().size();
                    for (String topic : missing) {
                        create(admin, topic, partitions);
                    }
                    return;
                }
                Thread.sleep(POLL.toMillis());
            }
            Log.warnf("%s not created: %s does not exist", OWN, Topics.CHECKINS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            Log.warnf(e, "could not make sure that %s exist", OWN);
        }
    }

    private static void create(Admin admin, String topic, int partitions)
            throws InterruptedException, ExecutionException {
        try {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all().get();
            Log.infof("created %s with %d partitions", topic, partitions);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
