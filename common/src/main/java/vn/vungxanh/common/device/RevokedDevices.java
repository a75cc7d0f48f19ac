package vn.vungxanh.common.device;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import vn.vungxanh.common.auth.DeviceTokenConfig;
import vn.vungxanh.common.problem.ServiceUnavailable;

/**
 * The ids of revoked devices, kept in memory and re-read from the {@code device} table every
 * {@code vx.device.revocation-refresh}, so checking a token on every scan costs no database round trip. It fails
 * closed: until the first read (a new replica) and whenever the last successful read is older than
 * {@code vx.device.revocation-max-age} (the database away), no device request is taken (503 with Retry-After) and
 * readiness reports DOWN; a revoked device is never let in for want of knowing.
 */
@ApplicationScoped
public class RevokedDevices {

    @Inject
    DataSource dataSource;

    @Inject
    DeviceConfig config;

    private volatile Set<String> revoked = ConcurrentHashMap.newKeySet();
    private volatile Instant readAt;

    @Inject
    DeviceTokenConfig tokens;

    /** The first read, before the replica takes requests: a new replica does not refuse devices while it starts. */
    void onStart(@Observes StartupEvent start) {
        if (tokens.accepted()) {
            refresh();
        }
    }

    @Scheduled(every = "${vx.device.revocation-refresh:PT30S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NotAccepted.class)
    void refresh() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM device WHERE active = FALSE");
                ResultSet rs = s.executeQuery()) {
            Set<String> ids = ConcurrentHashMap.newKeySet();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            revoked = ids;
            readAt = Instant.now();
        } catch (SQLException | RuntimeException e) {
            Log.warnf("revoked devices not re-read (last read %s): %s", readAt, e.getMessage());
        }
    }

    /** True when the device is revoked; 503 when the list is not known to be current. */
    public boolean isRevoked(String deviceId) {
        if (!current()) {
            throw new ServiceUnavailable("the list of revoked devices is not current (the registry cannot be read);"
                    + " nothing was accepted, retry later", (int) config.revocationRefresh().toSeconds(), null);
        }
        return deviceId != null && revoked.contains(deviceId);
    }

    /** A revocation made by this replica counts at once. */
    void add(String deviceId) {
        revoked.add(deviceId);
    }

    /** Whether the list was read, and read recently enough to be trusted. */
    public boolean current() {
        return age().map(age -> age.compareTo(config.revocationMaxAge()) <= 0).orElse(false);
    }

    /** How old the last successful read is; empty before the first one. */
    public Optional<Duration> age() {
        Instant at = readAt;
        return at == null ? Optional.empty() : Optional.of(Duration.between(at, Instant.now()));
    }

    /** Skips the refresh where no device token is accepted (the alert service has no device table). */
    @Singleton
    public static class NotAccepted implements Scheduled.SkipPredicate {

        @Inject
        DeviceTokenConfig tokens;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !tokens.accepted();
        }
    }
}
