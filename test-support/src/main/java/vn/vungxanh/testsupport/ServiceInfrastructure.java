package vn.vungxanh.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.vungxanh.events.Topics;

/**
 * The real infrastructure a service's {@code @QuarkusTest}s run against: the in-JVM Kafka broker with every topic
 * of {@link Topics} created up front (registries compacted), a fresh MariaDB database, the public keys that verify
 * test tokens (people's and devices', and the device key's private half, for services that issue device tokens), the keys of signed QR codes
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
        config.put("quarkus.kafka-streams.bootstrap-servers", KafkaBroker.bootstrapServers());
        // Kafka Streams state must start empty against a fresh broker, or stale local state comes back to life.
        config.put("kafka-streams.state.dir", freshStateDir());
        createTopics();
        config.put("quarkus.datasource.jdbc.url", MariaDb.freshDatabase(database));
        config.put("quarkus.datasource.username", MariaDb.user());
        config.put("quarkus.datasource.password", MariaDb.password());
        config.put("mp.jwt.verify.publickey.location", Tokens.publicKeyLocation());
        config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        // a token past its expiry is refused within a second, as tests of expiry expect
        config.put("mp.jwt.verify.clock.skew", "1");
        config.put("vx.pseudonym.secret", "test-only-" + UUID.randomUUID());
        config.put("vx.device-tokens.issuer", Tokens.DEVICE_ISSUER);
        config.put("vx.device-tokens.public-key-location", Tokens.devicePublicKeyLocation());
        config.put("smallrye.jwt.sign.key.location", Tokens.devicePrivateKeyLocation());
        config.putAll(QrKeys.config());
        return config;
    }

    /** A new directory under the module's build output (not the OS temp dir, which may be cleaned under it). */
    public static String freshStateDir() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "streams-state", UUID.randomUUID().toString()));
            return dir.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Kafka Streams state directory", e);
        }
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
