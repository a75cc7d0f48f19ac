package vn.vungxanh.alert.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** {@link PlaceHistory} over the engine's window stores, keyed by place id and stamped with the scan's time. */
final class StoreHistory implements PlaceHistory {

    private final WindowStore<String, ScanCounts> minutes;
    private final WindowStore<String, Long> hours;
    private final WindowStore<String, Long> visits;
    private final WindowStore<String, Mark> fevers;
    private final WindowStore<String, Mark> rejections;

    StoreHistory(WindowStore<String, ScanCounts> minutes, WindowStore<String, Long> hours,
            WindowStore<String, Long> visits, WindowStore<String, Mark> fevers, WindowStore<String, Mark> rejections) {
        this.minutes = minutes;
        this.hours = hours;
        this.visits = visits;
        this.fevers = fevers;
        this.rejections = rejections;
    }

    /** Adds one scan to its minute (and, when accepted, its hour). */
    void count(String placeId, Instant at, ScanCounts delta) {
        long minute = at.truncatedTo(ChronoUnit.MINUTES).toEpochMilli();
        ScanCounts old = minutes.fetch(placeId, minute);
        minutes.put(placeId, old == null ? delta : old.plus(delta), minute);
        if (delta.accepted() > 0) {
            long hour = at.truncatedTo(ChronoUnit.HOURS).toEpochMilli();
            Long n = hours.fetch(placeId, hour);
            hours.put(placeId, (n == null ? 0 : n) + delta.accepted(), hour);
        }
    }

    /** A visit of this subject begins at {@code at}: counted in at its minute. */
    void visitBegins(String placeId, String subject, Instant at) {
        count(placeId, at, new ScanCounts(1, 0, 1, 0));
        if (subject != null) {
            long t = at.toEpochMilli();
            visits.put(visitKey(placeId, subject), t, t);
        }
    }

    /**
     * A check-out of this subject at {@code at}: closes its latest visit begun within {@code dwell} before (counted
     * out at that visit's own minute, so that it leaves the occupancy exactly where it entered it), or nothing.
     */
    void checkOut(String placeId, String subject, Instant at, Duration dwell) {
        count(placeId, at, new ScanCounts(0, 0, 1, 0));
        if (subject == null) {
            return;
        }
        String key = visitKey(placeId, subject);
        Long began = null;
        try (WindowStoreIterator<Long> it = visits.backwardFetch(key, at.minus(dwell), at)) {
            if (it.hasNext()) {
                began = it.next().key;
            }
        }
        if (began != null) {
            visits.put(key, null, began);
            count(placeId, Instant.ofEpochMilli(began), new ScanCounts(0, 1, 0, 0));
        }
    }

    private static String visitKey(String placeId, String subject) {
        return placeId + EngineStores.SEP + subject;
    }

    void fever(String placeId, String eventId, Instant at, BigDecimal temperatureC) {
        fevers.put(placeId, new Mark(eventId, at, temperatureC, null), at.toEpochMilli());
    }

    void rejection(String placeId, String eventId, Instant at, String reason) {
        rejections.put(placeId, new Mark(eventId, at, null, reason), at.toEpochMilli());
    }

    @Override
    public ScanCounts counts(String placeId, Instant from, Instant to) {
        ScanCounts sum = ScanCounts.ZERO;
        Instant first = from.truncatedTo(ChronoUnit.MINUTES);
        if (first.isBefore(from)) {
            first = first.plus(EngineStores.MINUTE);
        }
        try (WindowStoreIterator<ScanCounts> it = minutes.fetch(placeId, first, to.minusMillis(1))) {
            while (it.hasNext()) {
                sum = sum.plus(it.next().value);
            }
        }
        return sum;
    }

    @Override
    public long hourCount(String placeId, Instant hourStart) {
        Long n = hours.fetch(placeId, hourStart.toEpochMilli());
        return n == null ? 0 : n;
    }

    @Override
    public List<Mark> fevers(String placeId, Instant from, Instant to) {
        return marks(fevers, placeId, from, to);
    }

    @Override
    public List<Mark> rejections(String placeId, Instant from, Instant to) {
        return marks(rejections, placeId, from, to);
    }

    private static List<Mark> marks(WindowStore<String, Mark> store, String placeId, Instant from, Instant to) {
        List<Mark> out = new ArrayList<>();
        try (WindowStoreIterator<Mark> it = store.fetch(placeId, from, to)) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }
}
