package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vungxanh.alert.engine.PlaceHistory.Mark;
import vn.vungxanh.alert.engine.PlaceHistory.ScanCounts;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;

/**
 * Rules over counts in time windows: OVER_CAPACITY, INVALID_QR_SCANS, FEVER_CLUSTER and SCAN_RATE_DROP. A window
 * ends at the instant evaluated: the triggering scan's own time (so a late scan counts where it belongs), or now.
 * A {@code triggerId} names the scan that caused the evaluation; null means a timed evaluation.
 */
public final class WindowRules {

    private static final int EVIDENCE_IDS = 10;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration WEEK = Duration.ofDays(7);

    private final Thresholds thresholds;
    private final PlaceHistory history;

    public WindowRules(Thresholds thresholds, PlaceHistory history) {
        this.thresholds = thresholds;
        this.history = history;
    }

    public Optional<Finding> overCapacity(String placeId, PlaceState s, int level, Instant at, String triggerId) {
        if (s.venue == null || !s.venue.active() || s.venue.capacity() <= 0) {
            return Optional.empty();
        }
        Duration dwell = thresholds.dwell(s.venue.type());
        // visits begun within the dwell time, less those closed by their own subject's check-out
        ScanCounts c = history.counts(placeId, at.minus(dwell), at.plusMillis(1));
        long occupancy = Math.max(0, c.in() - c.out());
        double share = thresholds.capacityShare(s.districtCode(), s.venue.type(), level);
        long limit = (long) Math.floor(s.venue.capacity() * share);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("occupancy", occupancy);
        evidence.put("checkinsInDwell", c.in());
        evidence.put("visitsClosedByCheckOut", c.out());
        evidence.put("capacity", s.venue.capacity());
        evidence.put("allowedShare", share);
        evidence.put("allowedOccupancy", limit);
        evidence.put("dwellMinutes", dwell.toMinutes());
        evidence.put("level", level);
        return Optional.of(finding(Rule.OVER_CAPACITY, placeId, s, occupancy > limit, at, evidence, triggerId));
    }

    /**
     * Verified rejections (expired, revoked, replaced posters) as counted scans; unverified claims (junk signatures
     * naming the venue) only from {@code minUnverifiedClients} distinct client addresses, flagged
     * {@code unverified} in the evidence (and raised at INFO).
     */
    public Optional<Finding> invalidQr(String placeId, PlaceState s, Instant at, String triggerId) {
        RulesConfig.InvalidQr cfg = thresholds.config().invalidQrScans();
        Instant from = at.minus(cfg.window());
        ScanCounts c = history.counts(placeId, from, at.plusMillis(1));
        long total = c.accepted() + c.rejected();
        double share = total == 0 ? 0 : (double) c.rejected() / total;
        boolean verifiedHolds = c.rejected() >= cfg.minRejected() && share >= cfg.minShare();
        List<Mark> marks = history.rejections(placeId, from, at);
        List<Mark> claims = marks.stream().filter(m -> isUnverified(m.detail())).toList();
        long claimants = claims.stream().map(Mark::detail).distinct().count();
        boolean unverifiedHolds = claimants >= cfg.minUnverifiedClients();
        boolean holds = verifiedHolds || unverifiedHolds;
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("rejectedScans", c.rejected());
        evidence.put("allScans", total);
        evidence.put("rejectedShare", Math.round(share * 1000) / 1000.0);
        evidence.put("minRejected", cfg.minRejected());
        evidence.put("minShare", cfg.minShare());
        evidence.put("windowMinutes", cfg.window().toMinutes());
        if (!claims.isEmpty()) {
            evidence.put("unverifiedClaims", claims.size());
            evidence.put("unverifiedClients", claimants);
            evidence.put("minUnverifiedClients", cfg.minUnverifiedClients());
            evidence.put("unverified", holds && !verifiedHolds);
        }
        if (!marks.isEmpty()) {
            evidence.put("rejectedEventIds", ids(marks));
            evidence.put("rejectReasons", marks.stream()
                    .map(m -> isUnverified(m.detail()) ? "FORGED (unverified)" : m.detail()).distinct().toList());
        }
        return Optional.of(finding(Rule.INVALID_QR_SCANS, placeId, s, holds, at, evidence, triggerId));
    }

    private static final String UNVERIFIED = "unverified:";

    /** The mark of an unverified claim: who claimed it (the pseudonym of the client's address). */
    static String unverified(String clientKey) {
        return UNVERIFIED + clientKey;
    }

    private static boolean isUnverified(String detail) {
        return detail != null && detail.startsWith(UNVERIFIED);
    }

    public Optional<Finding> feverCluster(String placeId, PlaceState s, Instant at, String triggerId) {
        RulesConfig.FeverCluster cfg = thresholds.config().feverCluster();
        List<Mark> marks = history.fevers(placeId, at.minus(cfg.window()), at);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("feverReadings", marks.size());
        evidence.put("minReadings", cfg.readings());
        evidence.put("feverCelsius", cfg.feverCelsius());
        evidence.put("windowMinutes", cfg.window().toMinutes());
        evidence.put("temperatures", marks.stream().map(m -> m.temperatureC().toPlainString()).toList());
        evidence.put("eventIds", ids(marks));
        return Optional.of(finding(Rule.FEVER_CLUSTER, placeId, s, marks.size() >= cfg.readings(), at, evidence,
                triggerId));
    }

    /**
     * Judges the last complete hour against the venue's median for that hour of the week, once per hour. Empty when
     * that hour has been judged already, or the venue has fewer weeks of history than needed.
     */
    public Optional<Finding> scanRateDrop(String placeId, PlaceState s, Instant now) {
        if (s.venue == null) {
            return Optional.empty();
        }
        Instant hour = now.truncatedTo(ChronoUnit.HOURS).minus(HOUR);
        if (s.rateJudgedHour != null && !hour.isAfter(s.rateJudgedHour)) {
            return Optional.empty();
        }
        s.rateJudgedHour = hour;
        RulesConfig.ScanRateDrop cfg = thresholds.config().scanRateDrop();
        boolean judged = s.venue.active() && new OpeningSchedule(s.venue.openingHours()).openThroughout(hour, HOUR);
        List<Long> weeks = new ArrayList<>();
        for (int k = 1; k <= cfg.maxWeeks(); k++) {
            Instant past = hour.minus(WEEK.multipliedBy(k));
            if (s.firstScanAt != null && !past.isBefore(s.firstScanAt.truncatedTo(ChronoUnit.HOURS))) {
                weeks.add(history.hourCount(placeId, past));
            }
        }
        if (weeks.size() < cfg.minWeeks()) {
            // too little history of its own: the venue is judged against its peers (PeerRates)
            return Optional.empty();
        }
        long count = history.hourCount(placeId, hour);
        double median = median(weeks);
        boolean inhibited = s.isFiring(AlertSignal.fingerprint(Rule.SCANNER_OFFLINE, PlaceKind.VENUE, placeId));
        boolean holds = judged && !inhibited && median >= cfg.minBaseline() && count < cfg.ownShare() * median;
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("hourStart", hour.toString());
        evidence.put("checkinsInHour", count);
        evidence.put("baselineMedian", median);
        evidence.put("baselineWeeks", weeks);
        evidence.put("ownShare", cfg.ownShare());
        evidence.put("minWeeks", cfg.minWeeks());
        if (inhibited) {
            evidence.put("inhibitedBy", Rule.SCANNER_OFFLINE.name());
        }
        return Optional.of(finding(Rule.SCAN_RATE_DROP, placeId, s, holds, now, evidence, null));
    }

    /** When the next complete hour can be judged. */
    public static Instant nextRateJudgement(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).plus(HOUR);
    }

    static double median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static List<String> ids(List<Mark> marks) {
        return marks.stream().skip(Math.max(0, marks.size() - EVIDENCE_IDS)).map(Mark::eventId).toList();
    }

    private static Finding finding(Rule rule, String placeId, PlaceState s, boolean holds, Instant at,
            Map<String, Object> evidence, String triggerId) {
        PlaceKind kind = s.kind == null ? PlaceKind.VENUE : s.kind;
        return new Finding(rule, AlertSignal.fingerprint(rule, kind, placeId), holds, triggerId != null,
                s.wardCode(), at, evidence, triggerId == null ? "at:" + at.toEpochMilli() : triggerId);
    }
}
