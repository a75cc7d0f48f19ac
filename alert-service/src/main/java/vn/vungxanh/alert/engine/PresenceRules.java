package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;

/**
 * Rules about something that should happen and does not: SCANNING_SILENT, SCANNER_OFFLINE (which inhibits
 * SCANNING_SILENT at a venue) and CHECKPOINT_SILENT. Pure: the place's state, its ward's level and "now" in, findings
 * and the next instant at which an outcome can change out.
 */
public final class PresenceRules {

    private final Thresholds thresholds;

    public PresenceRules(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<Finding> evaluate(String placeId, PlaceState s, int level, Instant now) {
        List<Finding> out = new ArrayList<>();
        Optional<Instant> since = watchedSince(s, now);
        Finding offline = offline(placeId, s, level, since, now);
        if (offline != null) {
            out.add(offline);
        }
        if (s.kind == PlaceKind.VENUE && s.venue != null) {
            out.add(scanningSilent(placeId, s, level, since, offline != null && offline.holds(), now));
        } else if (s.kind == PlaceKind.CHECKPOINT && s.checkpoint != null) {
            out.add(checkpointSilent(placeId, s, level, since, now));
        }
        return out;
    }

    /** The next instant after {@code now} at which {@link #evaluate} can answer differently without new events. */
    public Optional<Instant> nextDeadline(PlaceState s, int level, Instant now) {
        List<Instant> candidates = new ArrayList<>();
        if (s.kind == PlaceKind.VENUE && s.venue != null && s.venue.active()) {
            new OpeningSchedule(s.venue.openingHours()).nextChange(now).ifPresent(candidates::add);
        }
        Optional<Instant> since = watchedSince(s, now);
        if (since.isPresent()) {
            Instant base = latest(s.lastScanAt, since.get());
            candidates.add(base.plus(s.kind == PlaceKind.VENUE
                    ? thresholds.scanningSilent(s.districtCode(), s.venue.type(), level)
                    : thresholds.checkpointSilent(s.districtCode(), s.checkpoint.kind(), level)));
            Duration offlineAfter = thresholds.scannerOffline(s.districtCode(), level);
            s.devices.values().stream()
                    .filter(d -> d.registered && d.active)
                    .forEach(d -> candidates.add(latest(latest(d.lastSeenAt, d.activeSince), since.get())
                            .plus(offlineAfter)));
        }
        return candidates.stream().filter(t -> t.isAfter(now)).min(Instant::compareTo);
    }

    /** Since when the place has been expected to scan: open venue, or checkpoint with a running shift. */
    Optional<Instant> watchedSince(PlaceState s, Instant now) {
        if (!s.registeredActive()) {
            return Optional.empty();
        }
        if (s.kind == PlaceKind.CHECKPOINT) {
            return Optional.ofNullable(s.shiftStartedAt).map(t -> latest(t, s.knownSince));
        }
        OpeningSchedule schedule = new OpeningSchedule(s.venue.openingHours());
        if (!schedule.isOpen(now)) {
            return Optional.empty();
        }
        return Optional.of(schedule.openedAt(now).map(t -> latest(t, s.knownSince)).orElse(s.knownSince));
    }

    private Finding offline(String placeId, PlaceState s, int level, Optional<Instant> since, Instant now) {
        String fp = AlertSignal.fingerprint(Rule.SCANNER_OFFLINE, s.kind, placeId);
        if (s.devices.values().stream().noneMatch(d -> d.registered)) {
            return s.isFiring(fp) ? finding(Rule.SCANNER_OFFLINE, fp, false, s, now, Map.of()) : null;
        }
        Duration after = thresholds.scannerOffline(s.districtCode(), level);
        Map<String, Object> quiet = new LinkedHashMap<>();
        if (since.isPresent()) {
            s.devices.forEach((id, d) -> {
                Instant from = latest(latest(d.lastSeenAt, d.activeSince), since.get());
                if (d.registered && d.active && !from.plus(after).isAfter(now)) {
                    quiet.put(id, d.lastSeenAt == null ? "never" : d.lastSeenAt.toString());
                }
            });
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("offlineAfterMinutes", after.toMinutes());
        evidence.put("devicesLastSeen", quiet);
        since.ifPresent(t -> evidence.put(s.kind == PlaceKind.VENUE ? "openSince" : "shiftSince", t.toString()));
        return finding(Rule.SCANNER_OFFLINE, fp, !quiet.isEmpty(), s, now, evidence);
    }

    private Finding scanningSilent(String placeId, PlaceState s, int level, Optional<Instant> since,
            boolean inhibited, Instant now) {
        String fp = AlertSignal.fingerprint(Rule.SCANNING_SILENT, PlaceKind.VENUE, placeId);
        Duration limit = thresholds.scanningSilent(s.districtCode(), s.venue.type(), level);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("venueType", String.valueOf(s.venue.type()));
        evidence.put("level", level);
        evidence.put("thresholdMinutes", limit.toMinutes());
        evidence.put("lastAcceptedScanAt", s.lastScanAt == null ? "never" : s.lastScanAt.toString());
        if (since.isEmpty()) {
            return finding(Rule.SCANNING_SILENT, fp, false, s, now, evidence);
        }
        Instant base = latest(s.lastScanAt, since.get());
        evidence.put("openSince", since.get().toString());
        evidence.put("silentForMinutes", Duration.between(base, now).toMinutes());
        if (inhibited) {
            evidence.put("inhibitedBy", Rule.SCANNER_OFFLINE.name());
        }
        boolean holds = !inhibited && !base.plus(limit).isAfter(now);
        return finding(Rule.SCANNING_SILENT, fp, holds, s, now, evidence);
    }

    private Finding checkpointSilent(String placeId, PlaceState s, int level, Optional<Instant> since, Instant now) {
        String fp = AlertSignal.fingerprint(Rule.CHECKPOINT_SILENT, PlaceKind.CHECKPOINT, placeId);
        Duration limit = thresholds.checkpointSilent(s.districtCode(), s.checkpoint.kind(), level);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("checkpointKind", String.valueOf(s.checkpoint.kind()));
        evidence.put("level", level);
        evidence.put("thresholdMinutes", limit.toMinutes());
        evidence.put("lastPassageAt", s.lastScanAt == null ? "never" : s.lastScanAt.toString());
        if (since.isEmpty()) {
            return finding(Rule.CHECKPOINT_SILENT, fp, false, s, now, evidence);
        }
        Instant base = latest(s.lastScanAt, since.get());
        evidence.put("shiftSince", since.get().toString());
        evidence.put("silentForMinutes", Duration.between(base, now).toMinutes());
        return finding(Rule.CHECKPOINT_SILENT, fp, !base.plus(limit).isAfter(now), s, now, evidence);
    }

    private static Finding finding(Rule rule, String fp, boolean holds, PlaceState s, Instant now,
            Map<String, Object> evidence) {
        return new Finding(rule, fp, holds, false, s.wardCode(), now, evidence, "at:" + now.toEpochMilli());
    }

    static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
