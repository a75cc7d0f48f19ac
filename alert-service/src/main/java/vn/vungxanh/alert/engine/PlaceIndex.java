package vn.vungxanh.alert.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The place processor's indexes: places by their next deadline (time-sorted keys, so a punctuation reads only what is
 * due) and by ward (so a ward level change reads only that ward's places).
 */
final class PlaceIndex {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, String> deadlines;
    private final KeyValueStore<String, String> wardPlaces;

    PlaceIndex(KeyValueStore<String, String> deadlines, KeyValueStore<String, String> wardPlaces) {
        this.deadlines = deadlines;
        this.wardPlaces = wardPlaces;
    }

    /** Removes and returns the places whose deadline is not after {@code wallClockMs}. */
    List<String> takeDue(long wallClockMs) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = deadlines.range(EngineStores.deadlineKey(0, ""),
                EngineStores.deadlineKey(wallClockMs, "\uffff"))) {
            it.forEachRemaining(due::add);
        }
        List<String> ids = new ArrayList<>(due.size());
        for (KeyValue<String, String> d : due) {
            deadlines.delete(d.key);
            ids.add(d.value);
        }
        return ids;
    }

    /** The places of these wards; every indexed place when {@code wards} is null. */
    List<String> placesIn(List<String> wards) {
        List<String> ids = new ArrayList<>();
        if (wards == null) {
            try (KeyValueIterator<String, String> it = wardPlaces.all()) {
                it.forEachRemaining(kv -> ids.add(kv.value));
            }
            return ids;
        }
        for (String ward : wards) {
            try (KeyValueIterator<String, String> it = wardPlaces.prefixScan(ward + EngineStores.SEP, KEYS)) {
                it.forEachRemaining(kv -> ids.add(kv.value));
            }
        }
        return ids;
    }

    void ward(String placeId, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            wardPlaces.delete(EngineStores.wardPlaceKey(before, placeId));
        }
        if (after != null) {
            wardPlaces.put(EngineStores.wardPlaceKey(after, placeId), placeId);
        }
    }

    /** Indexes the place under {@code next} (none when null) instead of its current deadline. */
    void deadline(String placeId, PlaceState s, Instant next) {
        if (Objects.equals(next, s.nextCheckAt)) {
            return;
        }
        if (s.nextCheckAt != null) {
            deadlines.delete(EngineStores.deadlineKey(s.nextCheckAt.toEpochMilli(), placeId));
        }
        if (next != null) {
            deadlines.put(EngineStores.deadlineKey(next.toEpochMilli(), placeId), placeId);
        }
        s.nextCheckAt = next;
    }

    /** Removes the place from every index. */
    void forget(String placeId, PlaceState s) {
        deadline(placeId, s, null);
        ward(placeId, s.wardCode(), null);
    }
}
