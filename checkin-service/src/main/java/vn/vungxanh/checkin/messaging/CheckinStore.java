package vn.vungxanh.checkin.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.checkin.Channels;
import vn.vungxanh.common.ingest.ScanSender;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.events.CheckinEvent;

/**
 * Materialises accepted check-ins in MariaDB for tracing, a polled batch of records per statement batch; the event
 * id is the primary key and a redelivered or retried event is skipped (INSERT IGNORE). A check-out closes the
 * visitor's open check-in. While the database is unreachable the batch is written again and again (a new
 * transaction each time) until it goes in: the partitions wait, nothing is dead-lettered.
 */
@ApplicationScoped
public class CheckinStore {

    private static final String INSERT = "INSERT IGNORE INTO checkin (event_id, venue_id, ward_code, device_id,"
            + " subject_type, subject_hash, direction, scanned_at, received_at, temperature_c)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String CHECK_OUT = "UPDATE checkin SET check_out_at = ?, closed_by = 'OUT'"
            + " WHERE venue_id = ? AND subject_hash = ? AND direction = 'IN' AND check_out_at IS NULL AND scanned_at <= ?"
            + " ORDER BY scanned_at DESC LIMIT 1";

    @Inject
    DataSource dataSource;

    @Inject
    ScanSender sender;

    @Inject
    ConsumerRetry retry;

    @Incoming(Channels.CHECKINS_STORE)
    @Blocking
    public void store(List<CheckinEvent> events) {
        retry.inTransaction(Channels.CHECKINS_STORE, () -> write(events));
    }

    private void write(List<CheckinEvent> events) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            int rows = 0;
            for (CheckinEvent e : events) {
                if (e == null) {
                    Log.warn("an unreadable check-in record was skipped");
                    continue;
                }
                sender.remember(e.eventId());
                if (!e.accepted()) {
                    continue;
                }
                insert.setString(1, e.eventId());
                insert.setString(2, e.venueId());
                insert.setString(3, e.wardCode());
                insert.setString(4, e.deviceId());
                insert.setString(5, e.subject().type().name());
                insert.setString(6, e.subject().hash());
                insert.setString(7, e.direction().name());
                insert.setTimestamp(8, Timestamp.from(e.scannedAt()));
                insert.setTimestamp(9, Timestamp.from(e.receivedAt()));
                insert.setBigDecimal(10, e.temperatureC());
                insert.addBatch();
                rows++;
            }
            if (rows > 0) {
                insert.executeBatch();
            }
            checkOuts(c, events);
        }
    }

    /** A check-out scan ends the visitor's latest open check-in at that venue. */
    private static void checkOuts(Connection c, List<CheckinEvent> events) throws SQLException {
        try (PreparedStatement close = c.prepareStatement(CHECK_OUT)) {
            for (CheckinEvent e : events) {
                if (e != null && e.accepted() && e.direction() == CheckinEvent.Direction.OUT) {
                    close.setTimestamp(1, Timestamp.from(e.scannedAt()));
                    close.setString(2, e.venueId());
                    close.setString(3, e.subject().hash());
                    close.setTimestamp(4, Timestamp.from(e.scannedAt()));
                    close.executeUpdate();
                }
            }
        }
    }
}
