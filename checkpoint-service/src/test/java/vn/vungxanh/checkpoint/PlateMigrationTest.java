package vn.vungxanh.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.testsupport.SeededDatabase;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/** A passage stored with its raw vehicle plate before the plates were pseudonymised keeps only the pseudonym. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.RESTRICTED_TO_CLASS, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkpoint") })
@WithTestResource(value = PlateMigrationTest.DatabaseWithRawPlate.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class PlateMigrationTest {

    private static final String EVENT = "0b6f3c1e-5a4d-4e8b-9f00-000000000151";
    private static final String PLATE = "29A-999.77";

    @Inject
    DataSource dataSource;

    @Inject
    Pseudonymiser pseudonymiser;

    @Test
    void aStoredRawPlateIsReplacedByItsPseudonym() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM passage WHERE event_id = ?")) {
            s.setString(1, EVENT);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(pseudonymiser.vehiclePlate(PLATE), rs.getString("vehicle_plate_hash"));
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    assertFalse(PLATE.equals(rs.getString(i)), "the raw plate is gone from every column");
                }
            }
        }
    }

    /** A database migrated up to the version before plates were pseudonymised, holding one passage with a plate. */
    public static class DatabaseWithRawPlate extends SeededDatabase {

        @Override
        protected String name() {
            return "vx_checkpoint_plates";
        }

        @Override
        protected String migrateUpTo() {
            return "150";
        }

        @Override
        protected void seed(Connection c) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO passage (event_id, checkpoint_id,"
                    + " subject_type, subject_hash, direction, scanned_at, received_at, destination_ward_code,"
                    + " decision, vehicle_plate) VALUES (?, 'cp-old', 'CCCD', 'h', 'INBOUND', NOW(), NOW(),"
                    + " '00001', 'ALLOWED', ?)")) {
                s.setString(1, EVENT);
                s.setString(2, PLATE);
                s.executeUpdate();
            }
        }
    }
}
