package vn.vungxanh.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.SubjectType;

/** A stored passage through a checkpoint, kept for tracing until the retention period ends. One row per event id. */
@Entity
@Table(name = "passage")
public class Passage extends PanacheEntityBase {

    @Id
    @Column(name = "event_id", length = 36)
    public String eventId;

    @Column(name = "checkpoint_id", nullable = false, length = 64)
    public String checkpointId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 16)
    public SubjectType subjectType;

    @Column(name = "subject_hash", nullable = false, length = 64)
    public String subjectHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public PassageEvent.Direction direction;

    @Column(name = "scanned_at", nullable = false)
    public Instant scannedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "origin_ward_code", length = 5)
    public String originWardCode;

    @Column(name = "origin_province_code", length = 2)
    public String originProvinceCode;

    @Column(name = "destination_ward_code", length = 5)
    public String destinationWardCode;

    @Column(name = "temperature_c", precision = 4, scale = 1)
    public BigDecimal temperatureC;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public PassageEvent.Decision decision;

    @Column(name = "ward_code", length = 5)
    public String wardCode;

    @Column(name = "device_id", length = 64)
    public String deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "permit_status", length = 16)
    public PassageEvent.PermitStatus permitStatus;

    /** Pseudonym of the vehicle plate; the plate itself is never stored. */
    @Column(name = "vehicle_plate_hash", length = 64)
    public String vehiclePlateHash;

    /** Comma-separated. */
    @Column(length = 1400)
    public String symptoms;

    public static Passage from(PassageEvent event) {
        Passage p = new Passage();
        p.eventId = event.eventId();
        p.checkpointId = event.checkpointId();
        p.subjectType = event.subject().type();
        p.subjectHash = event.subject().hash();
        p.direction = event.direction();
        p.scannedAt = event.scannedAt();
        p.receivedAt = event.receivedAt();
        p.originWardCode = event.originWardCode();
        p.originProvinceCode = event.originProvinceCode();
        p.destinationWardCode = event.destinationWardCode();
        p.temperatureC = event.temperatureC();
        p.decision = event.decision();
        p.wardCode = event.wardCode();
        p.deviceId = event.deviceId();
        p.permitStatus = event.permitStatus();
        p.vehiclePlateHash = event.vehiclePlateHash();
        p.symptoms = event.symptoms() == null || event.symptoms().isEmpty() ? null : String.join(",", event.symptoms());
        return p;
    }
}
