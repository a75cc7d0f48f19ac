package vn.vungxanh.testsupport;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real infrastructure a service's {@code @QuarkusTest}s run against: the in-JVM Kafka broker with the
 * service's topics created up front, a fresh MariaDB database, and the public key that verifies test tokens.
 *
 * <p>Init args: {@code database} (name prefix), {@code topics} and {@code compactedTopics} (comma separated).
 */
public class ServiceInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final int PARTITIONS = 3;

    private String database = "vungxanh";
    private List<String> topics = List.of();
    private List<String> compactedTopics = List.of();

    @Override
    public void init(Map<String, String> args) {
        database = args.getOrDefault("database", database);
        topics = split(args.get("topics"));
        compactedTopics = split(args.get("compactedTopics"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
        KafkaBroker.createTopics(topics, PARTITIONS);
        KafkaBroker.createCompactedTopics(compactedTopics, PARTITIONS);
        config.put("quarkus.datasource.jdbc.url", MariaDb.freshDatabase(database));
        config.put("quarkus.datasource.username", MariaDb.user());
        config.put("quarkus.datasource.password", MariaDb.password());
        config.put("mp.jwt.verify.publickey.location", Tokens.publicKeyLocation());
        config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        config.put("vx.pseudonym.secret", "test-only-" + UUID.randomUUID());
        return config;
    }

    @Override
    public void stop() {
        // broker and databases live for the whole test JVM and are cleaned up when it exits
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
