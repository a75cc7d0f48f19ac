package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.VenueType;

/** Place ids no registry record names are forgotten after vx.rules.unregistered-retention (1 h by default). */
class UnregisteredPlacesTest {

    private static final OpeningHours ALWAYS = new OpeningHours("MON-SUN", "00:00", "00:00");

    @Test
    void junkVenueIdsLeaveTheStoreAnHourAfterTheirLastScan() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.rejected("junk-1");
            d.accepted("junk-2");
            d.heartbeat(PlaceKind.VENUE, "junk-3", "scanner-x");
            d.advance(Duration.ofMinutes(30));
            d.accepted("junk-2");
            d.advance(Duration.ofMinutes(29));
            assertNotNull(d.place("junk-1"), "kept for an hour: its registration may still come");

            d.advance(Duration.ofMinutes(2));
            assertNull(d.place("junk-1"));
            assertNull(d.place("junk-3"));
            assertFalse(d.scheduled("junk-1"));
            assertNotNull(d.place("junk-2"), "scanned 31 min ago: kept");

            d.advance(Duration.ofMinutes(30));
            assertNull(d.place("junk-2"));
            assertFalse(d.scheduled("junk-2"));
            assertEquals(List.of(), d.signals());
        }
    }

    @Test
    void registeredPlacesAndPlacesWithARegisteredDeviceAreKept() {
        try (EngineDriver d = new EngineDriver(EngineDriver.MONDAY.withHour(9))) {
            d.accepted("shop-1");
            d.venue("shop-1", VenueType.CONVENIENCE_STORE, 0, EngineDriver.WARD, ALWAYS);
            d.device(PlaceKind.VENUE, "shop-2", "scanner-2");
            d.advance(Duration.ofHours(3));
            assertNotNull(d.place("shop-1"));
            assertNotNull(d.place("shop-2"));
        }
    }
}
