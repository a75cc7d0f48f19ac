package vn.vungxanh.common.messaging;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure of something a consumer depends on (the database unreachable or busy) from a record it cannot
 * take. A transient failure is retried until it passes; anything else is the record's fault and goes to the
 * dead-letter topic. The whole cause chain (with suppressed exceptions) is read, since JTA, Hibernate and the pool
 * each wrap the driver's error.
 *
 * <p>Transient: {@link SQLTransientException} (timeouts, deadlocks, transient connection errors),
 * {@link SQLRecoverableException}, {@link SQLNonTransientConnectionException} (connection refused or lost: the
 * connection is broken, not the statement), SQLState class {@code 08} (connection) or {@code 40001}
 * (serialization failure), MariaDB errors 1205 (lock wait timeout) and 1213 (deadlock), Hibernate's
 * {@link JDBCConnectionException} and {@link LockAcquisitionException}, JPA's lock and query timeouts, and the
 * connection pool's acquisition timeout or failure to enlist a connection in the transaction.
 */
public final class TransientFailure implements Predicate<Throwable> {

    private static final String CONNECTION_CLASS = "08";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;
    /**
     * The connection pool's (Agroal's) words, in plain SQLExceptions without SQLState, when no connection could be had
     * in time, or when a pooled connection could not join the transaction (the server closed it: the reason is only
     * logged, not chained). Neither is ever the record's fault.
     */
    private static final List<String> POOL_FAILURES = List.of("acquisition timeout",
            "association of connection to existing transaction", "failed to enlist");

    @Override
    public boolean test(Throwable failure) {
        return is(failure);
    }

    /** Whether this failure, a cause, or an exception suppressed or chained to one, passes with the dependency back. */
    public static boolean is(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (transientItself(t)) {
                return true;
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            // try-with-resources attaches a failed close (of a broken connection) as a suppressed exception
            next.addAll(Arrays.asList(t.getSuppressed()));
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
        }
        return false;
    }

    /** Nothing but the transaction manager's own "setRollbackOnly called from" traces (plain Throwables). */
    private static boolean onlyDiagnostics(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getClass() != Throwable.class) {
                return false;
            }
        }
        return true;
    }

    private static boolean transientItself(Throwable t) {
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof JDBCConnectionException || t instanceof LockAcquisitionException
                || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                || t instanceof QueryTimeoutException) {
            return true;
        }
        if (t instanceof jakarta.transaction.RollbackException && onlyDiagnostics(t.getCause())
                && t.getSuppressed().length == 0) {
            // the commit failed without any failure of the work (a connection the server closed could not join the
            // transaction; the reason is only logged): a flush-time problem of the record would be attached here
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith(CONNECTION_CLASS) || state.equals(SERIALIZATION_FAILURE))) {
                return true;
            }
            if (sql.getErrorCode() == LOCK_WAIT_TIMEOUT || sql.getErrorCode() == DEADLOCK) {
                return true;
            }
            String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
            return POOL_FAILURES.stream().anyMatch(message::contains);
        }
        return false;
    }
}
