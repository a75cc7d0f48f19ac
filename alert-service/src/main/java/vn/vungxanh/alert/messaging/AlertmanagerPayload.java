package vn.vungxanh.alert.messaging;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.service.AlertView;
import vn.vungxanh.events.Rule;

/** The JSON of Alertmanager's webhook (version 4), so that its receivers work unchanged. */
public record AlertmanagerPayload(String version, String groupKey, int truncatedAlerts, String status,
        String receiver, Map<String, String> groupLabels, Map<String, String> commonLabels,
        Map<String, String> commonAnnotations, String externalURL, List<Entry> alerts) {

    /** Alertmanager's "not ended yet". */
    static final String NOT_ENDED = "0001-01-01T00:00:00Z";

    public record Entry(String status, Map<String, String> labels, Map<String, String> annotations,
            String startsAt, String endsAt, String generatorURL, String fingerprint) {
    }

    static AlertmanagerPayload of(String receiver, String district, List<Pending> alerts, String externalUrl) {
        return ofEntries(receiver, district, alerts.stream().map(p -> entry(p, externalUrl)).toList(), externalUrl);
    }

    /** The payload for one group; its group key depends on the district alone, so it is stable across restarts. */
    static AlertmanagerPayload ofEntries(String receiver, String district, List<Entry> entries, String externalUrl) {
        boolean anyFiring = entries.stream().anyMatch(e -> "firing".equals(e.status()));
        return new AlertmanagerPayload("4", "{}:{district=\"" + district + "\"}", 0, anyFiring ? "firing" : "resolved",
                receiver, Map.of("district", district), common(entries.stream().map(Entry::labels).toList()),
                Map.of(), externalUrl, entries);
    }

    /** An alert waiting for delivery, with the change that made it due. */
    record Pending(AlertView alert, String change) {
    }

    /** The rules' names on the board (board/i18n.js), for Vietnamese-speaking receivers. */
    private static final Map<Rule, String> TITLES_VI = Map.of(
            Rule.SCANNING_SILENT, "Không có lượt quét", Rule.SCAN_RATE_DROP, "Lượt quét giảm mạnh",
            Rule.LOW_QR_COVERAGE, "Tỷ lệ quét QR thấp", Rule.OVER_CAPACITY, "Quá sức chứa",
            Rule.INVALID_QR_SCANS, "Mã QR không hợp lệ", Rule.SCANNER_OFFLINE, "Thiết bị quét mất kết nối",
            Rule.CHECKPOINT_SILENT, "Chốt không ghi nhận lượt qua", Rule.HIGH_RISK_ARRIVAL, "Người đến có nguy cơ cao",
            Rule.FEVER_CLUSTER, "Nhiều ca sốt");

    static Entry entry(Pending pending, String externalUrl) {
        AlertView a = pending.alert();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", a.rule().name());
        labels.put("severity", a.severity().name().toLowerCase());
        labels.put("district", a.districtCode());
        labels.put("ward", a.wardCode());
        if (a.venueId() != null) {
            labels.put("venue", a.venueId());
        }
        if (a.checkpointId() != null) {
            labels.put("checkpoint", a.checkpointId());
        }
        labels.put("alert_id", a.id());
        Map<String, String> annotations = new LinkedHashMap<>();
        String place = Objects.requireNonNullElse(a.placeName(), a.venueId() != null ? a.venueId() : a.checkpointId());
        annotations.put("summary", a.rule() + " at " + place + " (ward " + a.wardCode() + ")");
        annotations.put("summary_vi", TITLES_VI.getOrDefault(a.rule(), a.rule().name()) + " tại " + place
                + " (phường/xã " + a.wardCode() + ")");
        annotations.put("change", pending.change());
        annotations.put("status", a.status().name());
        annotations.put("count", Long.toString(a.count()));
        annotations.put("escalations", Integer.toString(a.escalations()));
        annotations.put("evidence", String.valueOf(a.evidence()));
        if (a.acknowledgedBy() != null) {
            annotations.put("acknowledged_by", a.acknowledgedBy());
            annotations.put("acknowledged_at", String.valueOf(a.acknowledgedAt()));
        }
        boolean resolved = a.status() == AlertStatus.RESOLVED;
        Instant endsAt = resolved ? a.resolvedAt() : null;
        return new Entry(resolved ? "resolved" : "firing", labels, annotations, a.startsAt().toString(),
                endsAt == null ? NOT_ENDED : endsAt.toString(), externalUrl + "/api/v1/alerts/" + a.id(),
                a.fingerprint());
    }

    private static Map<String, String> common(List<Map<String, String>> labelSets) {
        if (labelSets.isEmpty()) {
            return Map.of();
        }
        Map<String, String> common = new HashMap<>(labelSets.get(0));
        labelSets.forEach(labels -> common.entrySet().removeIf(e -> !e.getValue().equals(labels.get(e.getKey()))));
        return common;
    }
}
