package vn.vungxanh.checkin.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.vungxanh.checkin.config.CheckinConfig;
import vn.vungxanh.common.ingest.IngestConfig;
import vn.vungxanh.common.ingest.Retention;
import vn.vungxanh.events.VenueType;

/** Closes check-ins whose visitor never scanned out (after the venue type's dwell time) and applies retention. */
@ApplicationScoped
public class CheckinHousekeeping {

    private static final String CLOSE = "UPDATE checkin c JOIN venue v ON v.id = c.venue_id"
            + " SET c.check_out_at = c.scanned_at + INTERVAL ? SECOND, c.closed_by = 'DWELL'"
            + " WHERE c.direction = 'IN' AND c.check_out_at IS NULL AND v.type = ? AND c.scanned_at < ?";

    @Inject
    DataSource dataSource;

    @Inject
    CheckinConfig config;

    @Inject
    IngestConfig ingest;

    /** Closes open check-ins older than their venue type's dwell time, as of {@code now}; returns how many. */
    @Transactional
    public int closeExpired(Instant now) {
        int closed = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement close = c.prepareStatement(CLOSE)) {
            for (VenueType type : VenueType.values()) {
                Duration dwell = dwell(type);
                close.setLong(1, dwell.toSeconds());
                close.setString(2, type.name());
                close.setTimestamp(3, Timestamp.from(now.minus(dwell)));
                closed += close.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("closing expired check-ins failed", e);
        }
        return closed;
    }

    /** Deletes check-ins scanned before the retention period, as of {@code now}. */
    public long applyRetention(Instant now) {
        long deleted = Retention.deleteBefore(dataSource, "checkin", "scanned_at", now.minus(ingest.retention()));
        if (deleted > 0) {
            Log.infof("retention: %d check-ins older than %s deleted", deleted, ingest.retention());
        }
        return deleted;
    }

    public Duration dwell(VenueType type) {
        return config.dwell().getOrDefault(type.name(), config.defaultDwell());
    }
}
