package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import vn.vungxanh.alert.engine.PeerRates.Report;
import vn.vungxanh.alert.engine.PeerRates.Verdict;

/**
 * One peer group (ward and venue type) per key: collects the check-in counts of each hour of all its open venues, and
 * once the hour has settled answers every venue that waits for it with the median of the OTHER open venues. The hour's
 * counts are kept a while longer so that a venue reporting late still gets its answer; then they are dropped.
 */
final class PeerProcessor implements Processor<String, Report, String, Verdict> {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final String CLOSE = "close";
    private static final String DROP = "drop";

    private final RulesConfig.ScanRateDrop config;
    private final Duration interval;
    private ProcessorContext<String, Verdict> context;
    private KeyValueStore<String, Report> reports;
    private KeyValueStore<String, String> deadlines;

    PeerProcessor(RulesConfig config) {
        this.config = config.scanRateDrop();
        this.interval = config.evaluationInterval();
    }

    @Override
    public void init(ProcessorContext<String, Verdict> context) {
        this.context = context;
        reports = context.getStateStore(EngineStores.PEER_REPORTS);
        deadlines = context.getStateStore(EngineStores.PEER_DEADLINES);
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, Report> record) {
        Report r = record.value();
        if (r == null || r.venueId() == null || r.hour() == null || r.group() == null) {
            return;
        }
        String hourKey = hourKey(r.group(), r.hour());
        boolean known = hasReports(hourKey);
        reports.put(hourKey + EngineStores.SEP + r.venueId(), r);
        Instant closeAt = closeAt(r.hour());
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        if (now.isBefore(closeAt)) {
            if (!known) {
                deadlines.put(EngineStores.deadlineKey(closeAt.toEpochMilli(), hourKey), CLOSE);
            }
        } else {
            // the hour was compared already: answer this late venue at once
            answer(hourKey, List.of(r), now);
            if (!known) {
                deadlines.put(EngineStores.deadlineKey(closeAt.plus(config.peerRetention()).toEpochMilli(), hourKey),
                        DROP);
            }
        }
    }

    private void tick(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = deadlines.range(EngineStores.deadlineKey(0, ""),
                EngineStores.deadlineKey(wallClockMs, "\uffff"))) {
            it.forEachRemaining(due::add);
        }
        for (KeyValue<String, String> d : due) {
            deadlines.delete(d.key);
            String hourKey = EngineStores.placeOfDeadlineKey(d.key);
            List<KeyValue<String, Report>> group = group(hourKey);
            if (CLOSE.equals(d.value)) {
                answer(hourKey, group.stream().map(kv -> kv.value).toList(), now);
                deadlines.put(EngineStores.deadlineKey(wallClockMs + config.peerRetention().toMillis(), hourKey),
                        DROP);
            } else {
                group.forEach(kv -> reports.delete(kv.key));
            }
        }
    }

    /** Sends each of {@code venues} that waits for it the median of the other open venues of its group's hour. */
    private void answer(String hourKey, List<Report> venues, Instant now) {
        List<Report> all = group(hourKey).stream().map(kv -> kv.value).toList();
        for (Report r : venues.stream().filter(Report::wantsVerdict).toList()) {
            List<Long> others = all.stream()
                    .filter(o -> o.open() && !o.venueId().equals(r.venueId()))
                    .map(Report::count)
                    .toList();
            Verdict v = new Verdict(r.hour(), WindowRules.median(others), others.size());
            context.forward(new Record<>(r.venueId(), v, now.toEpochMilli()));
        }
    }

    private List<KeyValue<String, Report>> group(String hourKey) {
        List<KeyValue<String, Report>> group = new ArrayList<>();
        try (KeyValueIterator<String, Report> it = reports.prefixScan(hourKey + EngineStores.SEP,
                new StringSerializer())) {
            it.forEachRemaining(group::add);
        }
        return group;
    }

    private boolean hasReports(String hourKey) {
        try (KeyValueIterator<String, Report> it = reports.prefixScan(hourKey + EngineStores.SEP,
                new StringSerializer())) {
            return it.hasNext();
        }
    }

    private Instant closeAt(Instant hour) {
        return hour.plus(HOUR).plus(config.peerSettle());
    }

    private static String hourKey(String group, Instant hour) {
        return group + "@" + hour.toEpochMilli();
    }
}
