package vn.vungxanh.simulator;

import java.util.List;

import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.VenueType;

/** How venues of each type behave: opening hours, capacity, visitors per hour through the day, dwell time. */
final class VenueProfiles {

    private VenueProfiles() {
    }

    /** The mix of venue types in a ward, most common first. */
    static final List<VenueType> WARD_MIX = List.of(VenueType.MARKET, VenueType.CONVENIENCE_STORE,
            VenueType.CONVENIENCE_STORE, VenueType.SUPERMARKET, VenueType.RESTAURANT, VenueType.RESTAURANT,
            VenueType.OFFICE, VenueType.CLINIC, VenueType.SCHOOL, VenueType.CONVENIENCE_STORE, VenueType.MARKET,
            VenueType.SHOPPING_CENTER, VenueType.RELIGIOUS_SITE, VenueType.OTHER);

    static List<OpeningHours> hours(VenueType type) {
        return switch (type) {
            case MARKET -> List.of(new OpeningHours("MON-SUN", "05:00", "19:00"));
            case CONVENIENCE_STORE -> List.of(new OpeningHours("MON-SUN", "00:00", "00:00"));
            case SUPERMARKET -> List.of(new OpeningHours("MON-SUN", "07:30", "22:00"));
            case SHOPPING_CENTER -> List.of(new OpeningHours("MON-SUN", "09:00", "22:00"));
            case RESTAURANT -> List.of(new OpeningHours("MON-SUN", "06:00", "23:00"));
            case OFFICE -> List.of(new OpeningHours("MON-FRI", "07:30", "17:30"));
            case CLINIC -> List.of(new OpeningHours("MON-SAT", "07:00", "20:00"));
            case SCHOOL -> List.of(new OpeningHours("MON-SAT", "07:00", "17:00"));
            case RELIGIOUS_SITE -> List.of(new OpeningHours("MON-SUN", "05:00", "21:00"));
            case OTHER -> List.of(new OpeningHours("MON-SUN", "08:00", "20:00"));
        };
    }

    /**
     * Capacity of a compliant venue: room for its peak crowd (visitors a minute at the peak times the dwell time the
     * rules assume) even at the share a level-2 ward allows, so that only the planted venue looks over capacity.
     */
    static int capacity(VenueType type) {
        return switch (type) {
            case MARKET -> 1200;
            case CONVENIENCE_STORE -> 60;
            case SUPERMARKET -> 500;
            case SHOPPING_CENTER -> 1500;
            case RESTAURANT -> 400;
            case OFFICE -> 500;
            case CLINIC -> 150;
            case SCHOOL -> 800;
            case RELIGIOUS_SITE -> 150;
            case OTHER -> 150;
        };
    }

    /** Minutes a visitor usually stays. */
    static int dwellMinutes(VenueType type) {
        return switch (type) {
            case MARKET -> 40;
            case CONVENIENCE_STORE -> 8;
            case SUPERMARKET -> 30;
            case SHOPPING_CENTER -> 70;
            case RESTAURANT -> 45;
            case OFFICE, SCHOOL -> 240;
            case CLINIC -> 50;
            case RELIGIOUS_SITE, OTHER -> 40;
        };
    }

    /**
     * Visitors per minute at a local hour of day: markets peak early in the morning, shops in the evening, offices
     * and schools at the start of the day. Never below one every two minutes while open, so that a compliant venue
     * does not look silent.
     */
    static double visitorsPerMinute(VenueType type, int hour) {
        double base = switch (type) {
            case MARKET -> hour >= 5 && hour < 9 ? 6.0 : hour >= 16 && hour < 18 ? 3.0 : 1.5;
            case CONVENIENCE_STORE -> hour >= 17 && hour < 21 ? 2.0 : hour >= 6 && hour < 23 ? 1.0 : 0.5;
            case SUPERMARKET -> hour >= 17 && hour < 20 ? 4.0 : 1.5;
            case SHOPPING_CENTER -> hour >= 18 && hour < 21 ? 6.0 : 2.0;
            case RESTAURANT -> (hour >= 11 && hour < 13) || (hour >= 18 && hour < 20) ? 3.0 : 0.8;
            case OFFICE, SCHOOL -> hour < 9 ? 4.0 : hour == 13 ? 2.0 : 0.6;
            case CLINIC, RELIGIOUS_SITE, OTHER -> 0.8;
        };
        return Math.max(base, 0.5);
    }

    /** Morning rush of a venue type, local hours [from, to). */
    static int[] rushHours(VenueType type) {
        return type == VenueType.MARKET ? new int[] { 5, 9 } : new int[] { 17, 20 };
    }
}
