package vn.vungxanh.alert.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vungxanh.alert.Alert;
import vn.vungxanh.alert.AlertHistory;
import vn.vungxanh.events.PlaceKind;

/** Maps alert entities (with their history) to API views; call inside a transaction. */
@ApplicationScoped
public class AlertViews {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    public AlertView view(Alert alert) {
        return view(alert, AlertHistory.of(alert.id));
    }

    public List<AlertView> views(List<Alert> alerts) {
        Map<String, List<AlertHistory>> history = AlertHistory.ofAlerts(alerts.stream().map(a -> a.id).toList())
                .stream().collect(Collectors.groupingBy(h -> h.alertId));
        return alerts.stream().map(a -> view(a, history.getOrDefault(a.id, List.of()))).toList();
    }

    private AlertView view(Alert a, List<AlertHistory> history) {
        return new AlertView(a.id, a.rule, a.severity, a.status,
                a.placeKind == PlaceKind.VENUE ? a.placeId : null,
                a.placeKind == PlaceKind.CHECKPOINT ? a.placeId : null,
                a.wardCode, a.districtCode, a.startsAt, a.lastSeenAt, a.count, evidence(a.evidence),
                history.stream().map(h -> new AlertView.Change(h.at, h.actor, h.action, h.fromStatus, h.toStatus,
                        h.reason)).toList(),
                a.fingerprint, a.placeName, a.silenced, a.escalations, a.resolveDueAt, a.acknowledgedAt,
                a.acknowledgedBy, a.resolvedAt, a.resolvedBy, a.outcome);
    }

    public String toJson(Map<String, Object> evidence) {
        try {
            return json.writeValueAsString(evidence == null ? Map.of() : evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("evidence is not serialisable as JSON", e);
        }
    }

    private Map<String, Object> evidence(String stored) {
        try {
            return stored == null ? Map.of() : json.readValue(stored, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not JSON", e);
        }
    }
}
