package vn.vungxanh.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.vungxanh.events.Topics;

/**
 * The real infrastructure a service's {@code @QuarkusTest}s run against: the in-JVM Kafka broker with every topic
 * of {@link Topics} created up front (registries compacted), a fresh MariaDB database, the public key that verifies
 * test tokens (and its private half, for services that issue device tokens), the keys of signed QR codes
 * ({@link QrKeys}) and a pseudonymisation secret.
 *
 * <p>Init arg: {@code database} (name prefix of the fresh database).
 */
public class ServiceInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final int PARTITIONS = 3;

    private String database = "vungxanh";

    @Override
    public void init(Map<String, String> args) {
        database = args.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
        createTopics();
        config.put("quarkus.datasource.jdbc.url", MariaDb.freshDatabase(database));
        config.put("quarkus.datasource.username", MariaDb.user());
        config.put("quarkus.datasource.password", MariaDb.password());
        config.put("mp.jwt.verify.publickey.location", Tokens.publicKeyLocation());
        config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        config.put("vx.pseudonym.secret", "test-only-" + UUID.randomUUID());
        config.put("smallrye.jwt.sign.key.location", Tokens.privateKeyLocation());
        config.putAll(QrKeys.config());
        return config;
    }

    /** Creates every topic of {@link Topics} that does not exist yet: registries compacted. */
    public static void createTopics() {
        KafkaBroker.createTopics(Topics.STREAMS, PARTITIONS);
        KafkaBroker.createCompactedTopics(Topics.COMPACTED, PARTITIONS);
    }

    @Override
    public void stop() {
        // broker and databases live for the whole test JVM and are cleaned up when it exits
    }
}
