package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.vungxanh.common.ingest.Pseudonymiser;

/**
 * Vehicle plates were stored as typed; from now on only their pseudonym is (the keyed hash of
 * {@link Pseudonymiser#vehiclePlate}). Stored plates are replaced by their pseudonym and the plate column is dropped.
 * In Java because the key is the service's pseudonymisation secret, which SQL does not have.
 */
public class V151__PseudonymiseVehiclePlates extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE passage ADD COLUMN vehicle_plate_hash VARCHAR(64) NULL");
        }
        Pseudonymiser pseudonymiser = new Pseudonymiser(
                ConfigProvider.getConfig().getValue("vx.pseudonym.secret", String.class));
        try (Statement read = c.createStatement();
                ResultSet plates = read.executeQuery("SELECT DISTINCT vehicle_plate FROM passage"
                        + " WHERE vehicle_plate IS NOT NULL");
                PreparedStatement write = c.prepareStatement(
                        "UPDATE passage SET vehicle_plate_hash = ? WHERE vehicle_plate = ?")) {
            while (plates.next()) {
                String plate = plates.getString(1);
                write.setString(1, pseudonymiser.vehiclePlate(plate));
                write.setString(2, plate);
                write.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE passage DROP COLUMN vehicle_plate");
        }
    }
}
