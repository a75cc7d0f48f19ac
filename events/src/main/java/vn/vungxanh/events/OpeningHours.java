package vn.vungxanh.events;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One opening span, in local time of Asia/Ho_Chi_Minh: {@code {"days":"MON-SUN","opens":"06:00","closes":"18:00"}}.
 * {@code days} is a day, a range ({@code MON-FRI}, wrapping allowed: {@code SAT-MON}) or a comma list
 * ({@code MON,WED,FRI}). A span whose {@code closes} is not after {@code opens} runs past midnight into the next day
 * ({@code 22:00}–{@code 02:00}); {@code 00:00}–{@code 00:00} is open all day.
 */
public record OpeningHours(String days, String opens, String closes) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Parses and checks the fields; throws IllegalArgumentException naming the bad field. */
    public void validate() {
        dayset();
        time(opens, "opens");
        time(closes, "closes");
    }

    public boolean isOpenAt(ZonedDateTime at) {
        ZonedDateTime local = at.withZoneSameInstant(ZONE);
        LocalTime t = local.toLocalTime();
        LocalTime o = time(opens, "opens");
        LocalTime c = time(closes, "closes");
        Set<DayOfWeek> days = dayset();
        DayOfWeek today = local.getDayOfWeek();
        if (o.equals(c)) {
            return days.contains(today);
        }
        if (o.isBefore(c)) {
            return days.contains(today) && !t.isBefore(o) && t.isBefore(c);
        }
        // past midnight: open from `opens` on a listed day until `closes` on the next day
        return (days.contains(today) && !t.isBefore(o)) || (days.contains(today.minus(1)) && t.isBefore(c));
    }

    /** True when any of the spans is open at that instant. */
    public static boolean isOpen(List<OpeningHours> hours, ZonedDateTime at) {
        if (hours == null) {
            return false;
        }
        for (OpeningHours h : hours) {
            if (h.isOpenAt(at)) {
                return true;
            }
        }
        return false;
    }

    private Set<DayOfWeek> dayset() {
        if (days == null || days.isBlank()) {
            throw new IllegalArgumentException("days: is required, e.g. MON-SUN or MON,WED");
        }
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String part : days.toUpperCase(Locale.ROOT).split(",")) {
            String[] range = part.trim().split("-");
            if (range.length == 1) {
                set.add(day(range[0]));
            } else if (range.length == 2) {
                DayOfWeek d = day(range[0]);
                DayOfWeek end = day(range[1]);
                set.add(d);
                while (d != end) {
                    d = d.plus(1);
                    set.add(d);
                }
            } else {
                throw new IllegalArgumentException("days: cannot read '" + part + "'");
            }
        }
        return set;
    }

    private static DayOfWeek day(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(s.trim()) && s.trim().length() == 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("days: '" + s.trim() + "' is not MON, TUE, WED, THU, FRI, SAT or SUN");
    }

    private static LocalTime time(String s, String field) {
        try {
            return LocalTime.parse(s == null ? "" : s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + ": '" + s + "' is not a time HH:mm");
        }
    }
}
