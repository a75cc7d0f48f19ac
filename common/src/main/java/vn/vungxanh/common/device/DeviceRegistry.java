package vn.vungxanh.common.device;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.vungxanh.common.outbox.Outbox;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.DeviceEvent;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Topics;

/**
 * Scanner devices of one service's places (table {@code device}); every change is published through the outbox on
 * {@link Topics#DEVICES}. Which devices are revoked is answered from memory by {@link RevokedDevices}.
 */
@ApplicationScoped
public class DeviceRegistry {

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    RevokedDevices revoked;

    @Transactional
    public Device register(PlaceKind kind, String placeId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Device device = new Device(UUID.randomUUID().toString(), kind, placeId, true, now, now);
        update("INSERT INTO device (id, place_kind, place_id, active, registered_at, updated_at) VALUES (?, ?, ?, TRUE, ?, ?)",
                device.deviceId(), kind.name(), placeId, Timestamp.from(now), Timestamp.from(now));
        outbox.publish(Topics.DEVICES, DeviceEvent.key(placeId, device.deviceId()), device.toEvent());
        return device;
    }

    @Transactional
    public Device revoke(PlaceKind kind, String placeId, String deviceId) {
        Device device = find(deviceId).filter(d -> d.placeKind() == kind && d.placeId().equals(placeId))
                .orElseThrow(() -> ProblemException.notFound("device " + deviceId + " of " + placeId));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        update("UPDATE device SET active = FALSE, updated_at = ? WHERE id = ?", Timestamp.from(now), deviceId);
        Device revokedDevice = new Device(deviceId, kind, placeId, false, device.registeredAt(), now);
        outbox.publish(Topics.DEVICES, DeviceEvent.key(placeId, deviceId), revokedDevice.toEvent());
        revoked.add(deviceId);
        return revokedDevice;
    }

    public List<Device> list(PlaceKind kind, String placeId) {
        return query("SELECT id, place_kind, place_id, active, registered_at, updated_at FROM device"
                + " WHERE place_kind = ? AND place_id = ? ORDER BY registered_at", kind.name(), placeId);
    }

    public Optional<Device> find(String deviceId) {
        return query("SELECT id, place_kind, place_id, active, registered_at, updated_at FROM device WHERE id = ?",
                deviceId).stream().findFirst();
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Device> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            List<Device> devices = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    devices.add(new Device(rs.getString(1), PlaceKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getBoolean(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()));
                }
            }
            return devices;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
