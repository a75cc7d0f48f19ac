package vn.vungxanh.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh database migrated by the service's own migrations (all of them, or up to {@link #migrateUpTo()}) and holding
 * the rows a test writes before the service starts on it; it replaces the database of {@link ServiceInfrastructure}.
 * For what a replica finds when it starts: rows another replica wrote, data an older version left.
 */
public abstract class SeededDatabase implements QuarkusTestResourceLifecycleManager {

    /** The database's name prefix. */
    protected abstract String name();

    /** The rows the service finds. */
    protected abstract void seed(Connection connection) throws SQLException;

    /** The last migration version to apply; null: all. */
    protected String migrateUpTo() {
        return null;
    }

    @Override
    public Map<String, String> start() {
        String url = MariaDb.freshDatabase(name());
        var flyway = Flyway.configure().dataSource(url, MariaDb.user(), MariaDb.password())
                .locations("classpath:db/migration", "classpath:db/common");
        if (migrateUpTo() != null) {
            flyway.target(migrateUpTo());
        }
        flyway.load().migrate();
        try (Connection c = DriverManager.getConnection(url, MariaDb.user(), MariaDb.password())) {
            seed(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", url);
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE; // after ServiceInfrastructure, whose database this one replaces
    }

    @Override
    public void stop() {
    }
}
