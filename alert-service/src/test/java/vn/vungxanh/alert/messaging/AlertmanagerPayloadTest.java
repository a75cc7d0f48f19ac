package vn.vungxanh.alert.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.Outcome;
import vn.vungxanh.alert.service.AlertView;
import vn.vungxanh.events.AlertSignal.Severity;
import vn.vungxanh.events.Rule;

class AlertmanagerPayloadTest {

    private static final Instant START = Instant.parse("2021-08-16T00:30:00Z");

    @Test
    void aGroupIsFiringWhileOneOfItsAlertsFiresAndCommonLabelsAreShared() {
        AlertmanagerPayload payload = AlertmanagerPayload.of("ops", "004", List.of(
                pending("a-1", "v-1", "00115", AlertStatus.FIRING),
                pending("a-2", "v-2", "00118", AlertStatus.RESOLVED)), "http://alerts.example");

        assertEquals("4", payload.version());
        assertEquals("firing", payload.status());
        assertEquals("{}:{district=\"004\"}", payload.groupKey());
        assertEquals(Map.of("alertname", "SCANNING_SILENT", "severity", "warning", "district", "004"),
                payload.commonLabels());
        assertEquals("firing", payload.alerts().get(0).status());
        assertEquals(AlertmanagerPayload.NOT_ENDED, payload.alerts().get(0).endsAt());
        assertEquals("resolved", payload.alerts().get(1).status());
        assertEquals("2021-08-16T01:00:00Z", payload.alerts().get(1).endsAt());
        assertEquals("http://alerts.example/api/v1/alerts/a-2", payload.alerts().get(1).generatorURL());
    }

    @Test
    void aGroupOfResolvedAlertsIsResolved() {
        AlertmanagerPayload payload = AlertmanagerPayload.of("ops", "004",
                List.of(pending("a-3", "v-3", "00115", AlertStatus.RESOLVED)), "http://alerts.example");
        assertEquals("resolved", payload.status());
        assertFalse(payload.alerts().get(0).labels().containsKey("checkpoint"));
    }

    private static AlertmanagerPayload.Pending pending(String id, String venue, String ward, AlertStatus status) {
        boolean resolved = status == AlertStatus.RESOLVED;
        AlertView view = new AlertView(id, Rule.SCANNING_SILENT, Severity.WARNING, status, venue, null, ward, "004",
                START, START, 1, Map.of("silentMinutes", 31), List.of(), "SCANNING_SILENT/VENUE/" + venue, "Chợ",
                false, 0, null, null, null, resolved ? START.plusSeconds(1800) : null, null,
                resolved ? Outcome.FIXED : null);
        return new AlertmanagerPayload.Pending(view, resolved ? "RESOLVED" : "OPENED");
    }
}
