package vn.vungxanh.common.metrics;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code vx_database_up}: 1 when the service's database answered its last check (every
 * {@code vx.metrics.database-check}), 0 when it did not. Checked on the scheduler, so a scrape never waits for a
 * database that is away.
 */
@Startup
@ApplicationScoped
public class DatabaseUpGauge {

    private static final int VALID_TIMEOUT_SECONDS = 2;

    @Inject
    DataSource dataSource;

    private final AtomicInteger up = new AtomicInteger(1);

    @Inject
    DatabaseUpGauge(MeterRegistry registry) {
        Gauge.builder("vx.database.up", up, AtomicInteger::get)
                .description("1 when the database answered the last check").register(registry);
    }

    @Scheduled(every = "${vx.metrics.database-check:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        try (Connection c = dataSource.getConnection()) {
            up.set(c.isValid(VALID_TIMEOUT_SECONDS) ? 1 : 0);
        } catch (SQLException | RuntimeException e) {
            up.set(0);
        }
    }
}
