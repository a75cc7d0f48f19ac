package vn.vungxanh.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service under test at a fresh database on a {@link MariaDbServer} of its own, which the test can stop
 * and start again (a field {@code @PrivateMariaDb.Server MariaDbServer db} receives it). Use it next to
 * {@link ServiceInfrastructure} (Kafka, keys) with {@code scope = RESTRICTED_TO_CLASS}: it starts after it, so its
 * datasource settings are the ones the service gets.
 *
 * <p>Init arg: {@code database} (name prefix of the fresh database).
 */
public class PrivateMariaDb implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's field that receives the private server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    private String database = "vungxanh";
    private MariaDbServer server;

    @Override
    public void init(Map<String, String> args) {
        database = args.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        server = MariaDbServer.create().start();
        return Map.of("quarkus.datasource.jdbc.url", server.freshDatabase(database),
                "quarkus.datasource.username", MariaDb.user(),
                "quarkus.datasource.password", MariaDb.password());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, MariaDbServer.class));
    }

    @Override
    public int order() {
        // after ServiceInfrastructure (order 0), whose shared-server datasource this one replaces
        return Integer.MAX_VALUE;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
