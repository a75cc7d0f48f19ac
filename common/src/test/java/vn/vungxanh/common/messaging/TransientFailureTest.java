package vn.vungxanh.common.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.JDBCConnectionException;

class TransientFailureTest {

    @Test
    void theDatabaseAwayOrBusyIsTransientHoweverDeeplyItIsWrapped() {
        SQLException refused = new SQLNonTransientConnectionException("Socket fail to connect", "08000");
        assertTrue(TransientFailure.is(new IllegalStateException(new PersistenceException(refused))));
        assertTrue(TransientFailure.is(new SQLException("Communications link failure", "08S01")));
        assertTrue(TransientFailure.is(new SQLTransactionRollbackException("Deadlock found", "40001", 1213)));
        assertTrue(TransientFailure.is(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertTrue(TransientFailure.is(new SQLException("Deadlock found", "HY000", 1213)));
        assertTrue(TransientFailure.is(new JDBCConnectionException("could not connect", new SQLException("x"))));
        assertTrue(TransientFailure.is(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(TransientFailure.is(new jakarta.persistence.LockTimeoutException("lock")));
    }

    @Test
    void aPooledConnectionThatCouldNotJoinTheTransactionIsTransient() {
        // what the pool throws for a pooled connection the restarted server had closed (the reason is only logged)
        assertTrue(TransientFailure.is(new IllegalStateException(new SQLException(
                "Exception in association of connection to existing transaction", new SQLException(
                        "Failed to enlist. Check if a connection from another datasource is already enlisted")))));
        SQLException suppressing = new SQLException("could not start");
        suppressing.addSuppressed(new SQLNonTransientConnectionException("Connection is closed", "08000"));
        assertTrue(TransientFailure.is(new IllegalStateException(suppressing)));
    }

    @Test
    void aRecordTheDatabaseRefusesOrThatCannotBeReadIsNot() {
        assertFalse(TransientFailure.is(new IllegalArgumentException("signal without id")));
        assertFalse(TransientFailure.is(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(TransientFailure.is(new SQLException("Data too long for column 'venue_id'", "22001", 1406)));
        assertFalse(TransientFailure.is(new UncheckedIOException(new IOException("Unexpected character"))));
        assertFalse(TransientFailure.is(null));
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(TransientFailure.is(a));
    }
}
