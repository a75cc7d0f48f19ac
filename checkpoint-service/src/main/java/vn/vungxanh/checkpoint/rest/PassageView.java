package vn.vungxanh.checkpoint.rest;

import java.math.BigDecimal;
import java.time.Instant;

import vn.vungxanh.checkpoint.Passage;
import vn.vungxanh.events.PassageEvent;

/** A stored passage as queries show it (the traveller by pseudonym only). */
public record PassageView(String eventId, String checkpointId, String wardCode, String deviceId, String subjectType,
        String subjectHash, PassageEvent.Direction direction, Instant scannedAt, String originWardCode,
        String originProvinceCode, String destinationWardCode, BigDecimal temperatureC, String symptoms,
        String vehiclePlate, PassageEvent.PermitStatus permitStatus, PassageEvent.Decision decision) {

    public static PassageView of(Passage p) {
        return new PassageView(p.eventId, p.checkpointId, p.wardCode, p.deviceId, p.subjectType.name(), p.subjectHash,
                p.direction, p.scannedAt, p.originWardCode, p.originProvinceCode, p.destinationWardCode, p.temperatureC,
                p.symptoms, p.vehiclePlate, p.permitStatus, p.decision);
    }
}
