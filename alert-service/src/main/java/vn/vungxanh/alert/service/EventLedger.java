package vn.vungxanh.alert.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A table of event ids already counted (its key the event id, with the time it was counted): tells which ids of a
 * batch are new and records them, in the caller's transaction, with two statements for the whole batch.
 */
public record EventLedger(String table, String idColumn, String atColumn) {

    public static final EventLedger PROCESSED_EVENTS = new EventLedger("processed_event", "event_id", "processed_at");
    public static final EventLedger BOARD_COUNTED_EVENTS = new EventLedger("board_counted_event", "event_id",
            "counted_at");

    /**
     * Records the ids not yet in the table and returns them. Should another consumer record some of them between
     * this look-up and the insert (a partition moving between replicas), the transaction fails as transient and is
     * run again, when the look-up sees them.
     */
    public Set<String> recordNew(Connection c, Collection<String> eventIds, Instant now) throws SQLException {
        Set<String> fresh = new LinkedHashSet<>(eventIds);
        if (fresh.isEmpty()) {
            return fresh;
        }
        String marks = String.join(",", Collections.nCopies(fresh.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT " + idColumn + " FROM " + table + " WHERE " + idColumn
                + " IN (" + marks + ")")) {
            int i = 1;
            for (String id : fresh) {
                s.setString(i++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    fresh.remove(rs.getString(1));
                }
            }
        }
        if (fresh.isEmpty()) {
            return fresh;
        }
        String rows = String.join(",", Collections.nCopies(fresh.size(), "(?, ?)"));
        try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO " + table + " (" + idColumn + ", " + atColumn
                + ") VALUES " + rows)) {
            LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            int i = 1;
            for (String id : fresh) {
                s.setString(i++, id);
                s.setObject(i++, at);
            }
            if (s.executeUpdate() != fresh.size()) {
                throw new SQLTransientException("event ids of this batch were counted meanwhile by another consumer");
            }
        }
        return fresh;
    }
}
