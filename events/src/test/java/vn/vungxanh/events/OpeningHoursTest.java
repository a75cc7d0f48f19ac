package vn.vungxanh.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    // 2021-08-16 was a Monday
    private static ZonedDateTime hanoi(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OpeningHours.ZONE);
    }

    @Test
    void dayTimeSpanOpensAtOpeningAndClosesAtClosing() {
        OpeningHours market = new OpeningHours("MON-SUN", "06:00", "18:00");
        assertFalse(market.isOpenAt(hanoi("2021-08-16T05:59")));
        assertTrue(market.isOpenAt(hanoi("2021-08-16T06:00")));
        assertTrue(market.isOpenAt(hanoi("2021-08-16T17:59")));
        assertFalse(market.isOpenAt(hanoi("2021-08-16T18:00")));
    }

    @Test
    void spanPastMidnightBelongsToTheDayItOpened() {
        OpeningHours nightMarket = new OpeningHours("FRI-SAT", "22:00", "02:00");
        assertTrue(nightMarket.isOpenAt(hanoi("2021-08-20T23:00")), "Friday night");
        assertTrue(nightMarket.isOpenAt(hanoi("2021-08-21T01:30")), "early Saturday, still Friday's span");
        assertFalse(nightMarket.isOpenAt(hanoi("2021-08-21T02:00")));
        assertTrue(nightMarket.isOpenAt(hanoi("2021-08-22T01:00")), "early Sunday, Saturday's span");
        assertFalse(nightMarket.isOpenAt(hanoi("2021-08-23T01:00")), "early Monday: no Sunday span");
    }

    @Test
    void instantsInOtherZonesAreReadInHanoiTime() {
        OpeningHours shop = new OpeningHours("MON", "06:00", "18:00");
        // 23:30 UTC on Sunday is 06:30 on Monday in Hà Nội
        assertTrue(shop.isOpenAt(ZonedDateTime.parse("2021-08-15T23:30:00Z")));
    }

    @Test
    void listsWrappingRangesAndAllDay() {
        assertTrue(new OpeningHours("SAT-MON", "08:00", "12:00").isOpenAt(hanoi("2021-08-22T09:00")), "Sunday");
        assertFalse(new OpeningHours("SAT-MON", "08:00", "12:00").isOpenAt(hanoi("2021-08-18T09:00")), "Wednesday");
        assertTrue(new OpeningHours("MON,WED", "00:00", "00:00").isOpenAt(hanoi("2021-08-18T03:00")));
        assertTrue(OpeningHours.isOpen(List.of(new OpeningHours("MON-FRI", "07:00", "11:00"),
                new OpeningHours("MON-FRI", "14:00", "17:00")), hanoi("2021-08-17T15:00")));
        assertFalse(OpeningHours.isOpen(List.of(), hanoi("2021-08-17T15:00")));
    }

    @Test
    void badFieldsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OpeningHours("MON-XYZ", "06:00", "18:00").validate());
        assertTrue(e.getMessage().startsWith("days"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new OpeningHours("MON", "6h", "18:00").validate()).getMessage().startsWith("opens"));
    }
}
