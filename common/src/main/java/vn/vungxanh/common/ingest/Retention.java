package vn.vungxanh.common.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/** Deletes stored scans past the retention period, in chunks so that no delete holds locks for long. */
public final class Retention {

    private static final int CHUNK = 5_000;

    private Retention() {
    }

    /** Deletes rows of {@code table} whose {@code column} is before {@code cutoff}; returns how many. */
    public static long deleteBefore(DataSource dataSource, String table, String column, Instant cutoff) {
        String sql = "DELETE FROM " + table + " WHERE " + column + " < ? LIMIT " + CHUNK;
        long total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(sql)) {
            int deleted;
            do {
                delete.setTimestamp(1, Timestamp.from(cutoff));
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == CHUNK);
        } catch (SQLException e) {
            throw new IllegalStateException("retention of " + table + " failed", e);
        }
        return total;
    }
}
