package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.OpeningHours;

class OpeningScheduleTest {

    private static final LocalDateTime MONDAY = EngineDriver.MONDAY;

    private static Clock at(LocalDateTime local) {
        return Clock.fixed(EngineDriver.local(local), OpeningHours.ZONE);
    }

    @Test
    void anOvernightSpanOpenedYesterdayEveningAndClosesThisMorning() {
        OpeningSchedule s = new OpeningSchedule(List.of(new OpeningHours("MON-FRI", "22:00", "02:00")));
        Clock clock = at(MONDAY.plusDays(1).withHour(1));
        assertTrue(s.isOpen(clock.instant()));
        assertEquals(Optional.of(EngineDriver.local(MONDAY.withHour(22))), s.openedAt(clock.instant()));
        assertEquals(Optional.of(EngineDriver.local(MONDAY.plusDays(1).withHour(2))), s.nextChange(clock.instant()));
    }

    @Test
    void afterFridayNightTheNextOpeningIsMonday() {
        OpeningSchedule s = new OpeningSchedule(List.of(new OpeningHours("MON-FRI", "22:00", "02:00")));
        Instant saturdayNoon = at(MONDAY.plusDays(5).withHour(12)).instant();
        assertFalse(s.isOpen(saturdayNoon));
        assertEquals(Optional.empty(), s.openedAt(saturdayNoon));
        assertEquals(Optional.of(EngineDriver.local(MONDAY.plusDays(7).withHour(22))), s.nextChange(saturdayNoon));
    }

    @Test
    void aVenueOpenAroundTheClockNeverOpensNorCloses() {
        OpeningSchedule s = new OpeningSchedule(List.of(new OpeningHours("MON-SUN", "00:00", "00:00")));
        Instant now = at(MONDAY.withHour(3)).instant();
        assertTrue(s.isOpen(now));
        assertEquals(Optional.empty(), s.openedAt(now));
        assertEquals(Optional.empty(), s.nextChange(now));
    }

    @Test
    void aLunchBreakSplitsTheDayIntoTwoOpenPeriods() {
        OpeningSchedule s = new OpeningSchedule(List.of(new OpeningHours("MON-SUN", "06:00", "11:00"),
                new OpeningHours("MON-SUN", "13:30", "18:00")));
        Instant afternoon = at(MONDAY.withHour(15)).instant();
        assertEquals(Optional.of(EngineDriver.local(MONDAY.withHour(13).withMinute(30))), s.openedAt(afternoon));
        assertTrue(s.openThroughout(EngineDriver.local(MONDAY.withHour(14)), Duration.ofHours(1)));
        assertFalse(s.openThroughout(EngineDriver.local(MONDAY.withHour(10)), Duration.ofHours(4)));
    }
}
