package vn.vungxanh.alert.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.events.DistrictThresholdsEvent;
import vn.vungxanh.events.ThresholdOverride;

/**
 * Threshold overrides of districts: the global store of every district's latest {@link DistrictThresholdsEvent}
 * (every replica holds all of them, so all judge alike), read through a cache that each change of a district empties.
 * A change makes each task look again at the district's places, ward by ward, as a level change does.
 */
public final class DistrictThresholds {

    private final WardLevels changes;
    private final WardCatalogue catalogue;
    private final Map<String, List<ThresholdOverride>> cache = new ConcurrentHashMap<>();

    DistrictThresholds(WardLevels changes, WardCatalogue catalogue) {
        this.changes = changes;
        this.catalogue = catalogue;
    }

    /** Keeps the global store up to date and notes the district's wards as changed. */
    Processor<String, DistrictThresholdsEvent, Void, Void> updater() {
        return new Processor<>() {
            private KeyValueStore<String, DistrictThresholdsEvent> store;

            @Override
            public void init(ProcessorContext<Void, Void> context) {
                store = context.getStateStore(EngineStores.DISTRICT_THRESHOLDS);
            }

            @Override
            public void process(Record<String, DistrictThresholdsEvent> record) {
                String district = record.value() != null ? record.value().districtCode() : record.key();
                if (district == null) {
                    return;
                }
                if (record.value() == null) {
                    store.delete(district);
                } else {
                    store.put(district, record.value());
                }
                cache.remove(district);
                catalogue.district(district).ifPresent(d -> d.wards().forEach(w -> changes.changed(w.code())));
            }
        };
    }

    /** A district's overrides (none for a district without any), over the global store. */
    Function<String, List<ThresholdOverride>> lookup(KeyValueStore<String, DistrictThresholdsEvent> store) {
        return district -> district == null ? List.of() : cache.computeIfAbsent(district, d -> {
            DistrictThresholdsEvent e = store.get(d);
            return e == null || e.overrides() == null ? List.of() : List.copyOf(e.overrides());
        });
    }
}
