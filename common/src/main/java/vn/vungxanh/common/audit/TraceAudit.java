package vn.vungxanh.common.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import vn.vungxanh.events.Subject;

/**
 * The audit trail of tracing queries (table {@code trace_audit} of each service that answers them): who asked, what
 * (the query's name), about which pseudonym, for what period, how deep, how much was found, and the HTTP status.
 * Answered queries are recorded by the service that answers them; refused and failed ones (bad input, wrong role,
 * no token) by {@link TraceAuditFilter}. The raw identifier is never recorded.
 */
@ApplicationScoped
public class TraceAudit {

    private static final String INSERT = "INSERT INTO trace_audit (asked_at, asked_by, query, subject_type,"
            + " subject_hash, period_from, period_to, depth, found, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    public void record(String askedBy, String query, Subject subject, Instant from, Instant to, int depth, long found) {
        insert(askedBy, query, subject, from, to, depth, found, 200);
        Log.infof("tracing query %s by %s: depth %d, %d found", query, askedBy, depth, found);
    }

    /** A tracing query that got no answer: who asked (or "anonymous"), which query, and the status it got. */
    public void refused(String askedBy, String query, int status) {
        insert(askedBy, query, null, null, null, null, null, status);
        Log.infof("tracing query %s by %s refused: %d", query, askedBy, status);
    }

    private void insert(String askedBy, String query, Subject subject, Instant from, Instant to, Integer depth,
            Long found, int status) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, askedBy);
            s.setString(3, query);
            s.setString(4, subject == null ? null : subject.type().name());
            s.setString(5, subject == null ? null : subject.hash());
            s.setTimestamp(6, from == null ? null : Timestamp.from(from));
            s.setTimestamp(7, to == null ? null : Timestamp.from(to));
            s.setObject(8, depth, Types.INTEGER);
            s.setObject(9, found, Types.BIGINT);
            s.setInt(10, status);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the tracing query in the audit trail", e);
        }
    }
}
