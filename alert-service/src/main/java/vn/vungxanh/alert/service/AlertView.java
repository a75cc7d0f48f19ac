package vn.vungxanh.alert.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vungxanh.alert.AlertHistory;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.Outcome;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.Rule;

/** An alert as the API answers it (API v1 fields first, extras after). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertView(
        String id,
        Rule rule,
        AlertSignal.Severity severity,
        AlertStatus status,
        String venueId,
        String checkpointId,
        String wardCode,
        String districtCode,
        Instant startsAt,
        Instant lastSeenAt,
        long count,
        Map<String, Object> evidence,
        List<Change> history,
        String fingerprint,
        String placeName,
        boolean silenced,
        int escalations,
        Instant resolvesAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant resolvedAt,
        String resolvedBy,
        Outcome outcome) {

    /** One history entry: who, when, what, why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(Instant at, String actor, AlertHistory.Action action, AlertStatus fromStatus,
            AlertStatus toStatus, String reason) {
    }
}
