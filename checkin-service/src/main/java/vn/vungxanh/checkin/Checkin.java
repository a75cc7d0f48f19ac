package vn.vungxanh.checkin;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.SubjectType;

/** A stored check-in, kept for contact tracing until the retention period ends. One row per event id. */
@Entity
@Table(name = "checkin")
public class Checkin extends PanacheEntityBase {

    @Id
    @Column(name = "event_id", length = 36)
    public String eventId;

    @Column(name = "venue_id", nullable = false, length = 64)
    public String venueId;

    @Column(name = "ward_code", length = 5)
    public String wardCode;

    @Column(name = "device_id", length = 64)
    public String deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 16)
    public SubjectType subjectType;

    @Column(name = "subject_hash", nullable = false, length = 64)
    public String subjectHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public CheckinEvent.Direction direction;

    @Column(name = "scanned_at", nullable = false)
    public Instant scannedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "temperature_c", precision = 4, scale = 1)
    public BigDecimal temperatureC;

    public static Checkin from(CheckinEvent event) {
        Checkin c = new Checkin();
        c.eventId = event.eventId();
        c.venueId = event.venueId();
        c.wardCode = event.wardCode();
        c.deviceId = event.deviceId();
        c.subjectType = event.subject().type();
        c.subjectHash = event.subject().hash();
        c.direction = event.direction();
        c.scannedAt = event.scannedAt();
        c.receivedAt = event.receivedAt();
        c.temperatureC = event.temperatureC();
        return c;
    }
}
