package vn.vungxanh.simulator;

import java.util.Set;

import vn.vungxanh.events.Rule;

/**
 * What inspectors really met, planted at chosen places: each names the rules that must catch it, and the rules that
 * may also fire there without being a false alarm (the same misbehaviour seen from another angle).
 */
enum Misbehaviour {
    NEVER_SCANS(Set.of(Rule.SCANNING_SILENT), Set.of(Rule.SCAN_RATE_DROP)),
    SCANS_ONLY_DURING_INSPECTION(Set.of(Rule.SCAN_RATE_DROP), Set.of(Rule.SCANNING_SILENT, Rule.LOW_QR_COVERAGE)),
    STOPS_IN_RUSH_HOUR(Set.of(Rule.SCAN_RATE_DROP), Set.of(Rule.SCANNING_SILENT)),
    // once its few regulars have scanned today, the venue records nothing more: silence is the same cheat
    ONE_SCAN_PER_VISITOR_PER_DAY(Set.of(Rule.LOW_QR_COVERAGE), Set.of(Rule.SCAN_RATE_DROP, Rule.SCANNING_SILENT)),
    FAKE_POSTER(Set.of(Rule.INVALID_QR_SCANS), Set.of()),
    BROKEN_SCANNER(Set.of(Rule.SCANNER_OFFLINE), Set.of(Rule.SCAN_RATE_DROP)),
    OVER_CAPACITY(Set.of(Rule.OVER_CAPACITY), Set.of()),
    CHECKPOINT_SILENT(Set.of(Rule.CHECKPOINT_SILENT), Set.of()),
    ARRIVALS_FROM_RED_WARD(Set.of(Rule.HIGH_RISK_ARRIVAL), Set.of()),
    FEVER_ARRIVALS(Set.of(Rule.HIGH_RISK_ARRIVAL, Rule.FEVER_CLUSTER), Set.of());

    final Set<Rule> caughtBy;
    final Set<Rule> tolerated;

    Misbehaviour(Set<Rule> caughtBy, Set<Rule> tolerated) {
        this.caughtBy = caughtBy;
        this.tolerated = tolerated;
    }
}
