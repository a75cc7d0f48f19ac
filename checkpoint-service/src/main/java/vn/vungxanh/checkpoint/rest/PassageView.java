package vn.vungxanh.checkpoint.rest;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vungxanh.checkpoint.Passage;
import vn.vungxanh.events.PassageEvent;

/**
 * A stored passage as queries show it. The traveller's and the vehicle's pseudonyms, which link one person's
 * passages together, are shown to health officials only (contact tracing); others see neither.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassageView(String eventId, String checkpointId, String wardCode, String deviceId, String subjectType,
        String subjectHash, PassageEvent.Direction direction, Instant scannedAt, String originWardCode,
        String originProvinceCode, String destinationWardCode, BigDecimal temperatureC, String symptoms,
        String vehiclePlateHash, PassageEvent.PermitStatus permitStatus, PassageEvent.Decision decision) {

    /** For contact tracing: with the pseudonyms. */
    public static PassageView traced(Passage p) {
        return new PassageView(p.eventId, p.checkpointId, p.wardCode, p.deviceId, p.subjectType.name(), p.subjectHash,
                p.direction, p.scannedAt, p.originWardCode, p.originProvinceCode, p.destinationWardCode, p.temperatureC,
                p.symptoms, p.vehiclePlateHash, p.permitStatus, p.decision);
    }

    /** For everyone else: without the pseudonyms. */
    public static PassageView of(Passage p) {
        return new PassageView(p.eventId, p.checkpointId, p.wardCode, p.deviceId, p.subjectType.name(), null,
                p.direction, p.scannedAt, p.originWardCode, p.originProvinceCode, p.destinationWardCode, p.temperatureC,
                p.symptoms, null, p.permitStatus, p.decision);
    }
}
