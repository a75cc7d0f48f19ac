package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;

/**
 * SCAN_RATE_DROP for a venue without enough weeks of its own history, judged against its peers: once an hour every
 * venue open during the last complete hour reports its check-ins of that hour to its peer group (same ward, same type;
 * see {@link PeerProcessor}), established or new; the group answers each venue that needs it with the median of the
 * other open venues, and the venue then judges itself against that median.
 */
public final class PeerRates {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration WEEK = Duration.ofDays(7);

    /**
     * A venue's check-ins in one hour, sent to its peer group; {@code open} when it was open throughout (it is then a
     * peer of the others), {@code wantsVerdict} when it has too little history of its own and waits for the median.
     */
    public record Report(String venueId, String group, Instant hour, long count, boolean open, boolean wantsVerdict) {
    }

    /** The answer of a peer group: the median of the other open venues' counts of that hour, and how many they were. */
    public record Verdict(Instant hour, double peerMedian, int peers) {
    }

    private final Thresholds thresholds;
    private final PlaceHistory history;

    public PeerRates(Thresholds thresholds, PlaceHistory history) {
        this.thresholds = thresholds;
        this.history = history;
    }

    /** The peer group of a venue: its ward and type. */
    public static String group(PlaceState s) {
        return s.wardCode() + "/" + s.venue.type();
    }

    /** Weeks before {@code hour} that fall within the venue's history. */
    public int historyWeeks(PlaceState s, Instant hour) {
        int weeks = 0;
        for (int k = 1; k <= thresholds.config().scanRateDrop().maxWeeks(); k++) {
            Instant past = hour.minus(WEEK.multipliedBy(k));
            if (s.firstScanAt != null && !past.isBefore(s.firstScanAt.truncatedTo(ChronoUnit.HOURS))) {
                weeks++;
            }
        }
        return weeks;
    }

    /**
     * The report of the last complete hour, once per hour: from every venue open during that hour (a peer of the
     * others, established or not), and from a venue judged by its peers that is firing (so that a closed hour clears
     * it).
     */
    public Optional<Report> report(String placeId, PlaceState s, Instant now) {
        if (s.venue == null || s.wardCode() == null || s.venue.type() == null) {
            return Optional.empty();
        }
        Instant hour = now.truncatedTo(ChronoUnit.HOURS).minus(HOUR);
        if (s.peerReportedHour != null && !hour.isAfter(s.peerReportedHour)) {
            return Optional.empty();
        }
        s.peerReportedHour = hour;
        boolean wantsVerdict = historyWeeks(s, hour) < thresholds.config().scanRateDrop().minWeeks();
        boolean open = openThroughout(s, hour);
        if (!open && !(wantsVerdict && s.isFiring(fingerprint(placeId)))) {
            return Optional.empty();
        }
        return Optional.of(new Report(placeId, group(s), hour, history.hourCount(placeId, hour), open, wantsVerdict));
    }

    /** Judges the venue's hour against its peers' median; empty for a repeated or stale answer. */
    public Optional<Finding> judge(String placeId, PlaceState s, Verdict v, Instant now) {
        if (s.venue == null || v == null || v.hour() == null
                || (s.peerJudgedHour != null && !v.hour().isAfter(s.peerJudgedHour))) {
            return Optional.empty();
        }
        s.peerJudgedHour = v.hour();
        RulesConfig.ScanRateDrop cfg = thresholds.config().scanRateDrop();
        if (historyWeeks(s, v.hour()) >= cfg.minWeeks()) {
            return Optional.empty();
        }
        long count = history.hourCount(placeId, v.hour());
        boolean inhibited = s.isFiring(AlertSignal.fingerprint(Rule.SCANNER_OFFLINE, PlaceKind.VENUE, placeId));
        double share = v.peerMedian() == 0 ? 0 : count / v.peerMedian();
        boolean holds = openThroughout(s, v.hour()) && !inhibited && v.peers() >= cfg.minPeers()
                && v.peerMedian() >= cfg.minPeerMedian() && count < cfg.peerShare() * v.peerMedian();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("hourStart", v.hour().toString());
        evidence.put("checkinsInHour", count);
        evidence.put("peerMedian", v.peerMedian());
        evidence.put("peers", v.peers());
        evidence.put("peerGroup", group(s));
        evidence.put("shareOfPeers", Math.round(share * 1000) / 1000.0);
        evidence.put("peerShare", cfg.peerShare());
        evidence.put("minPeers", cfg.minPeers());
        if (inhibited) {
            evidence.put("inhibitedBy", Rule.SCANNER_OFFLINE.name());
        }
        return Optional.of(new Finding(Rule.SCAN_RATE_DROP, fingerprint(placeId), holds, false, s.wardCode(), now,
                evidence, "peer:" + v.hour().toEpochMilli()));
    }

    /** Active, known to the engine and open during the whole hour: otherwise a low count says nothing. */
    private static boolean openThroughout(PlaceState s, Instant hour) {
        return s.venue.active() && (s.knownSince == null || !hour.isBefore(s.knownSince))
                && new OpeningSchedule(s.venue.openingHours()).openThroughout(hour, HOUR);
    }

    private static String fingerprint(String placeId) {
        return AlertSignal.fingerprint(Rule.SCAN_RATE_DROP, PlaceKind.VENUE, placeId);
    }
}
