package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

import io.quarkus.logging.Log;
import vn.vungxanh.alert.engine.PlaceHistory.Mark;
import vn.vungxanh.alert.engine.PlaceHistory.ScanCounts;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.WardLevelEvent;

/**
 * Everything about one place, keyed by its id: applies inputs, evaluates the rules, signals transitions only, and
 * looks at each place again when its next deadline (kept in a time-sorted index) passes on the wall clock.
 */
final class PlaceProcessor implements Processor<String, PlaceInput, String, Object> {

    /** Rules evaluated over a window ending at a scan; while firing they are checked again on the clock. */
    private static final Set<Rule> WINDOWED = EnumSet.of(Rule.OVER_CAPACITY, Rule.INVALID_QR_SCANS,
            Rule.FEVER_CLUSTER);

    private static final Set<Rule> PRESENCE = EnumSet.of(Rule.SCANNING_SILENT, Rule.SCANNER_OFFLINE,
            Rule.CHECKPOINT_SILENT);
    private static final Set<PlaceInput.Source> SIGNS_OF_LIFE = EnumSet.of(PlaceInput.Source.CHECKIN,
            PlaceInput.Source.PASSAGE, PlaceInput.Source.HEARTBEAT);

    private final RulesConfig config;
    private final WardLevels wardLevels;
    private final DistrictThresholds districtThresholds;
    private final WardCatalogue catalogue;
    private final SignalGate gate;
    private Thresholds thresholds;
    private PresenceRules presence;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, PlaceState> places;
    private PlaceIndex index;
    private WindowStore<String, Long> seen;
    private ArrivalRules.Levels levels;
    private PlaceUpdater updater;
    private WindowRules windows;
    private PeerRates peers;
    private ArrivalRules arrivals;
    private SignalFactory signals;
    private long levelSeq;

    PlaceProcessor(RulesConfig config, WardLevels wardLevels, DistrictThresholds districtThresholds,
            WardCatalogue catalogue) {
        this.config = config;
        this.wardLevels = wardLevels;
        this.districtThresholds = districtThresholds;
        this.catalogue = catalogue;
        this.gate = new SignalGate(config.reopenAfter());
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        places = context.getStateStore(EngineStores.PLACES);
        index = new PlaceIndex(context.getStateStore(EngineStores.DEADLINES),
                context.getStateStore(EngineStores.WARD_PLACES));
        seen = context.getStateStore(EngineStores.SEEN);
        KeyValueStore<String, WardLevelEvent> levelStore = context.getStateStore(EngineStores.WARD_LEVELS);
        levels = wardLevels.lookup(levelStore);
        thresholds = new Thresholds(config,
                districtThresholds.lookup(context.getStateStore(EngineStores.DISTRICT_THRESHOLDS)));
        presence = new PresenceRules(thresholds);
        WindowStore<String, ScanCounts> minutes = context.getStateStore(EngineStores.MINUTES);
        WindowStore<String, Long> hours = context.getStateStore(EngineStores.HOURS);
        WindowStore<String, Long> visits = context.getStateStore(EngineStores.VISITS);
        WindowStore<String, Mark> fevers = context.getStateStore(EngineStores.FEVERS);
        WindowStore<String, Mark> rejections = context.getStateStore(EngineStores.REJECTIONS);
        StoreHistory history = new StoreHistory(minutes, hours, visits, fevers, rejections);
        updater = new PlaceUpdater(thresholds, history);
        windows = new WindowRules(thresholds, history);
        peers = new PeerRates(thresholds, history);
        arrivals = new ArrivalRules(thresholds);
        signals = new SignalFactory(catalogue);
        levelSeq = wardLevels.sequence();
        context.schedule(thresholds.config().evaluationInterval(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, PlaceInput> record) {
        PlaceInput in = record.value();
        if (in == null || in.placeId() == null) {
            return;
        }
        String placeId = in.placeId();
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        if (in.source() == PlaceInput.Source.RESOLVED) {
            resolvedByHand(placeId, in, now);
            return;
        }
        PlaceState s = Optional.ofNullable(places.get(placeId)).orElseGet(PlaceState::new);
        String wardBefore = s.wardCode();
        int level = levels.ward(s.wardCode());
        List<Finding> findings = new ArrayList<>();
        switch (in.source()) {
            case VENUE -> updater.venue(s, in.venue(), now);
            case CHECKPOINT -> updater.checkpoint(s, in.checkpoint(), now);
            case DEVICE -> updater.device(s, in.deviceId(), in.device(), now);
            case HEARTBEAT -> updater.seen(s, in.heartbeat().deviceId(), in.heartbeat().at());
            case SHIFT -> {
                if (firstTime(placeId, in.shift().eventId(), in.shift().at(), now)) {
                    updater.shift(s, in.shift());
                }
            }
            case CHECKIN -> {
                if (firstTime(placeId, in.checkin().eventId(), in.checkin().scannedAt(), now)) {
                    findings.addAll(updater.checkin(placeId, s, in.checkin(), level));
                }
            }
            case PEER -> peers.judge(placeId, s, in.peer(), now).ifPresent(findings::add);
            case RESOLVED -> { }
            case PASSAGE -> {
                if (firstTime(placeId, in.passage().eventId(), in.passage().scannedAt(), now)) {
                    findings.addAll(updater.passage(placeId, s, in.passage(), levels));
                }
            }
        }
        index.ward(placeId, wardBefore, s.wardCode());
        s.forgetAt = s.registered() ? null : now.plus(thresholds.config().unregisteredRetention());
        level = levels.ward(s.wardCode());
        if (s.heldScanAt != null && s.wardCode() != null) {
            findings.addAll(held(placeId, s, level));
        }
        // a scan or heartbeat can only end a silence, never start one: the presence rules and their deadlines are
        // looked at again only when one fires; a deadline already indexed is early at worst, and re-planned then
        boolean sign = SIGNS_OF_LIFE.contains(in.source());
        if (!sign || s.firing.keySet().stream().anyMatch(fp -> PRESENCE.contains(ruleOf(fp)))) {
            findings.addAll(presence.evaluate(placeId, s, level, now));
        }
        apply(placeId, s, level, findings, now, sign && s.nextCheckAt != null);
    }

    /** A hand resolve of a place the engine does not know is about nothing it believes: no state is made for it. */
    private void resolvedByHand(String placeId, PlaceInput in, Instant now) {
        PlaceState s = places.get(placeId);
        if (s != null && in.resolved() != null && gate.resolvedByHand(s, in.resolved())) {
            Log.debugf("%s resolved by hand; a new alert only after %s", in.resolved().fingerprint(),
                    s.reopenAt.get(in.resolved().fingerprint()));
            apply(placeId, s, levels.ward(s.wardCode()), List.of(), now, false);
        }
    }

    /** True for an event not seen before, not older than the late tolerance and not from the future. */
    private boolean firstTime(String placeId, String eventId, Instant at, Instant now) {
        if (eventId == null || at == null || at.isBefore(now.minus(thresholds.config().lateTolerance()))
                || at.isAfter(now.plus(thresholds.config().futureTolerance()))) {
            Log.debugf("ignoring event %s at %s for %s: too late, too early or incomplete", eventId, at, placeId);
            return false;
        }
        String key = placeId + EngineStores.SEP + eventId;
        long t = at.toEpochMilli();
        if (seen.fetch(key, t) != null) {
            return false;
        }
        seen.put(key, t, t);
        return true;
    }

    private void tick(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        long seq = wardLevels.sequence();
        if (seq != levelSeq) {
            List<String> wards = wardLevels.changedSince(levelSeq);
            levelSeq = seq;
            for (String placeId : index.placesIn(wards)) {
                evaluateTimed(placeId, now);
            }
        }
        for (String placeId : index.takeDue(wallClockMs)) {
            evaluateTimed(placeId, now);
        }
    }

    /**
     * Looks at a place on the clock: silence, devices, windows that may have emptied, hourly rate, quiet arrivals; and
     * forgets a place that no registry record names once its retention has passed.
     */
    private void evaluateTimed(String placeId, Instant now) {
        PlaceState s = places.get(placeId);
        if (s == null) {
            return;
        }
        if (s.forgetAt != null && !now.isBefore(s.forgetAt) && s.firing.isEmpty()) {
            Log.debugf("forgetting %s: no registry record names it", placeId);
            index.forget(placeId, s);
            places.delete(placeId);
            return;
        }
        int level = levels.ward(s.wardCode());
        List<Finding> findings = new ArrayList<>(presence.evaluate(placeId, s, level, now));
        for (String fp : List.copyOf(s.firing.keySet())) {
            Rule rule = ruleOf(fp);
            if (WINDOWED.contains(rule)) {
                (switch (rule) {
                    case OVER_CAPACITY -> windows.overCapacity(placeId, s, level, now, null);
                    case INVALID_QR_SCANS -> windows.invalidQr(placeId, s, now, null);
                    default -> windows.feverCluster(placeId, s, now, null);
                }).ifPresentOrElse(findings::add, () -> findings.add(cleared(rule, fp, s, now)));
            }
        }
        if (s.kind == PlaceKind.VENUE && s.firstScanAt != null) {
            windows.scanRateDrop(placeId, s, now).ifPresent(findings::add);
        }
        if (s.kind == PlaceKind.VENUE) {
            peers.report(placeId, s, now)
                    .ifPresent(r -> context.forward(new Record<>(r.group(), r, now.toEpochMilli())));
        }
        findings.addAll(arrivals.quietened(placeId, s, now));
        apply(placeId, s, level, findings, now, false);
    }

    private static Rule ruleOf(String fingerprint) {
        return Rule.valueOf(fingerprint.substring(0, fingerprint.indexOf('/')));
    }

    private static Finding cleared(Rule rule, String fp, PlaceState s, Instant now) {
        return new Finding(rule, fp, false, false, s.wardCode(), now, Map.of("reason", "place no longer watched"),
                "at:" + now.toEpochMilli());
    }

    /**
     * The windowed rules judged at the latest scan that held while the place was unknown, now that its registration
     * gives them a ward: as if the registration had come first.
     */
    private List<Finding> held(String placeId, PlaceState s, int level) {
        Instant at = s.heldScanAt;
        s.heldScanAt = null;
        String trigger = "registered@" + at.toEpochMilli();
        return Stream.of(windows.overCapacity(placeId, s, level, at, trigger), windows.invalidQr(placeId, s, at, trigger),
                windows.feverCluster(placeId, s, at, trigger)).flatMap(Optional::stream).toList();
    }

    /** Signals what the gate lets through (see {@link SignalGate}). */
    private void apply(String placeId, PlaceState s, int level, List<Finding> findings, Instant now,
            boolean onlyEarlier) {
        for (Finding f : findings) {
            switch (gate.judge(s, f, now)) {
                case FIRE -> emit(f, AlertSignal.State.FIRING, placeId, s, level, now);
                case CLEAR -> emit(f, AlertSignal.State.CLEARED, placeId, s, level, now);
                case NONE -> { }
            }
        }
        reschedule(placeId, s, level, now, onlyEarlier);
        places.put(placeId, s);
    }

    private void emit(Finding f, AlertSignal.State state, String placeId, PlaceState s, int level, Instant now) {
        AlertSignal signal = signals.signal(f, state, placeId, s, level);
        Log.debugf("%s %s", state, f.fingerprint());
        context.forward(new Record<>(f.fingerprint(), signal, now.toEpochMilli()));
    }

    /**
     * Indexes the place under its next deadline. With {@code onlyEarlier} the presence deadlines are not worked out
     * (the indexed one is not later than theirs); only a window recheck or a quiet arrival can bring it forward.
     */
    private void reschedule(String placeId, PlaceState s, int level, Instant now, boolean onlyEarlier) {
        boolean windowFiring = s.firing.keySet().stream().anyMatch(fp -> WINDOWED.contains(ruleOf(fp)));
        boolean judgesRate = !onlyEarlier && s.kind == PlaceKind.VENUE && s.venue != null;
        Duration recheck = thresholds.config().recheckInterval();
        Instant next = Stream.of(
                onlyEarlier ? Optional.of(s.nextCheckAt) : presence.nextDeadline(s, level, now),
                arrivals.nextDeadline(s),
                SignalGate.nextReopen(s, now),
                // a place still firing when it is due to be forgotten is looked at again until nothing fires
                Optional.ofNullable(s.forgetAt).map(t -> t.isAfter(now) ? t : now.plus(recheck)),
                windowFiring ? Optional.of(now.plus(recheck)) : Optional.<Instant>empty(),
                judgesRate ? Optional.of(WindowRules.nextRateJudgement(now)) : Optional.<Instant>empty())
                .flatMap(Optional::stream)
                .min(Instant::compareTo)
                .orElse(null);
        index.deadline(placeId, s, next);
    }
}
