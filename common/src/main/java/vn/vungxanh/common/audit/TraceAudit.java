package vn.vungxanh.common.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import vn.vungxanh.events.Subject;

/**
 * The audit trail of tracing queries (table {@code trace_audit} of each service that answers them): who asked, what
 * (the query's name), about which pseudonym, for what period, how deep, and how much was found.
 */
@ApplicationScoped
public class TraceAudit {

    private static final String INSERT = "INSERT INTO trace_audit (asked_at, asked_by, query, subject_type,"
            + " subject_hash, period_from, period_to, depth, found) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    public void record(String askedBy, String query, Subject subject, Instant from, Instant to, int depth, long found) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, askedBy);
            s.setString(3, query);
            s.setString(4, subject.type().name());
            s.setString(5, subject.hash());
            s.setTimestamp(6, Timestamp.from(from));
            s.setTimestamp(7, Timestamp.from(to));
            s.setInt(8, depth);
            s.setLong(9, found);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the tracing query in the audit trail", e);
        }
        Log.infof("tracing query %s by %s: depth %d, %d found", query, askedBy, depth, found);
    }
}
