package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import vn.vungxanh.events.OpeningHours;

/**
 * When a venue opened and when its open state next changes, from its opening hours (Asia/Ho_Chi_Minh, spans past
 * midnight included). Only the spans' own opening and closing times can change the state, so those are the only
 * instants looked at.
 */
public final class OpeningSchedule {

    /** Opening hours repeat weekly; a day more covers spans that run past midnight. */
    private static final int DAYS_AROUND = 8;

    private final List<OpeningHours> hours;

    public OpeningSchedule(List<OpeningHours> hours) {
        this.hours = hours == null ? List.of() : hours;
    }

    public boolean isOpen(Instant at) {
        return OpeningHours.isOpen(hours, at.atZone(OpeningHours.ZONE));
    }

    /**
     * The start of the open period that includes {@code now}, or empty when closed now or when the venue never
     * closes (open around the clock).
     */
    public Optional<Instant> openedAt(Instant now) {
        if (!isOpen(now)) {
            return Optional.empty();
        }
        for (Instant b : boundaries(now).headSet(now, true).descendingSet()) {
            if (isOpen(b) && !isOpen(b.minusMillis(1))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The next instant after {@code now} at which the venue opens or closes; empty when that never happens. */
    public Optional<Instant> nextChange(Instant now) {
        boolean open = isOpen(now);
        for (Instant b : boundaries(now).tailSet(now, false)) {
            if (isOpen(b) != open) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private TreeSet<Instant> boundaries(Instant now) {
        TreeSet<Instant> set = new TreeSet<>();
        LocalDate today = now.atZone(OpeningHours.ZONE).toLocalDate();
        for (OpeningHours h : hours) {
            for (int d = -DAYS_AROUND; d <= DAYS_AROUND; d++) {
                LocalDate day = today.plusDays(d);
                set.add(day.atTime(LocalTime.parse(h.opens())).atZone(OpeningHours.ZONE).toInstant());
                set.add(day.atTime(LocalTime.parse(h.closes())).atZone(OpeningHours.ZONE).toInstant());
            }
        }
        return set;
    }

    /** True when the venue was open during the whole of [from, from + length). */
    public boolean openThroughout(Instant from, Duration length) {
        Instant end = from.plus(length).minusMillis(1);
        if (!isOpen(from) || !isOpen(end)) {
            return false;
        }
        Optional<Instant> change = nextChange(from);
        return change.isEmpty() || change.get().isAfter(end);
    }
}
