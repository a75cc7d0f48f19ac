package vn.vungxanh.common.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a Kafka client the code makes itself (the outbox relay's producer, the engine's admin client) connects: the
 * bootstrap servers and the TLS and authentication settings of the shared {@code kafka.*} configuration (the
 * {@code default-kafka-broker} map), so that it reaches a cluster that requires them as the channels do.
 */
public final class KafkaConnection {

    private static final List<String> SETTINGS = List.of("bootstrap.servers", "security.", "sasl.", "ssl.");

    private KafkaConnection() {
    }

    public static Map<String, Object> of(Map<String, Object> kafkaConfig) {
        Map<String, Object> connection = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (value != null && !String.valueOf(value).isEmpty() && SETTINGS.stream().anyMatch(key::startsWith)) {
                connection.put(key, value);
            }
        });
        return connection;
    }
}
