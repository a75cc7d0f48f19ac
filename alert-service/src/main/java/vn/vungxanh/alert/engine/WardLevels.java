package vn.vungxanh.alert.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import vn.vungxanh.events.WardLevelEvent;

/**
 * Epidemic levels: the global store of every ward's latest {@link WardLevelEvent}, and the wards changed lately so
 * that each task can look again at its places there. A ward with no record is at level 1; a province is at the
 * highest level of its wards.
 */
public final class WardLevels {

    /** Changes kept for tasks to catch up with; a task that falls further behind re-reads everything. */
    private static final int KEPT_CHANGES = 100_000;

    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentSkipListMap<Long, String> changes = new ConcurrentSkipListMap<>();

    /** Keeps the global store up to date and notes the changed ward. */
    public Processor<String, WardLevelEvent, Void, Void> updater() {
        return new Processor<>() {
            private KeyValueStore<String, WardLevelEvent> store;

            @Override
            public void init(ProcessorContext<Void, Void> context) {
                store = context.getStateStore(EngineStores.WARD_LEVELS);
            }

            @Override
            public void process(Record<String, WardLevelEvent> record) {
                String ward = record.value() != null ? record.value().wardCode() : record.key();
                if (ward == null) {
                    return;
                }
                if (record.value() == null) {
                    store.delete(ward);
                } else {
                    store.put(ward, record.value());
                }
                changed(ward);
            }
        };
    }

    /** Notes that what the rules make of this ward's places may have changed (its level, its district's thresholds). */
    void changed(String ward) {
        long seq = sequence.incrementAndGet();
        changes.put(seq, ward);
        while (changes.size() > KEPT_CHANGES) {
            changes.pollFirstEntry();
        }
    }

    public long sequence() {
        return sequence.get();
    }

    /** Wards changed after {@code seq}; null when older changes were dropped (look at everything). */
    public List<String> changedSince(long seq) {
        Long first = changes.isEmpty() ? null : changes.firstKey();
        if (first != null && first > seq + 1) {
            return null;
        }
        return changes.tailMap(seq, false).values().stream().distinct().toList();
    }

    /** Level lookups over the global store, with a province table rebuilt when a level changes. */
    public ArrivalRules.Levels lookup(KeyValueStore<String, WardLevelEvent> store) {
        return new ArrivalRules.Levels() {
            private long builtAt = -1;
            private Map<String, Integer> provinces = Map.of();

            @Override
            public int ward(String wardCode) {
                WardLevelEvent e = wardCode == null ? null : store.get(wardCode);
                return e == null ? Thresholds.MIN_LEVEL : Thresholds.clamp(e.level());
            }

            @Override
            public int province(String provinceCode) {
                long seq = sequence();
                if (seq != builtAt) {
                    Map<String, Integer> max = new HashMap<>();
                    try (KeyValueIterator<String, WardLevelEvent> it = store.all()) {
                        it.forEachRemaining(kv -> {
                            if (kv.value != null && kv.value.provinceCode() != null) {
                                max.merge(kv.value.provinceCode(), Thresholds.clamp(kv.value.level()), Math::max);
                            }
                        });
                    }
                    provinces = max;
                    builtAt = seq;
                }
                return provinces.getOrDefault(provinceCode, Thresholds.MIN_LEVEL);
            }
        };
    }
}
