package vn.vungxanh.alert.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;

/** The presence rules as plain logic: a place's state and a clock in, findings and the next deadline out. */
class PresenceRulesTest {

    private final Thresholds thresholds = new Thresholds(EngineDriver.config(Map.of()));
    private final PresenceRules rules = new PresenceRules(thresholds);
    private final Clock opening = Clock.fixed(EngineDriver.local(EngineDriver.MONDAY.withHour(6)), OpeningHours.ZONE);

    private PlaceState store(VenueType type) {
        PlaceState s = new PlaceState();
        s.kind = PlaceKind.VENUE;
        s.venue = new VenueEvent(VenueEvent.SCHEMA_VERSION, "v-1", "Venue", type, EngineDriver.WARD,
                EngineDriver.DISTRICT, EngineDriver.PROVINCE, 0,
                List.of(new OpeningHours("MON-SUN", "06:00", "22:00")), true, 1, opening.instant());
        s.knownSince = opening.instant().minus(Duration.ofDays(30));
        return s;
    }

    private Optional<Finding> silent(PlaceState s, int level, Clock clock) {
        return rules.evaluate("v-1", s, level, clock.instant()).stream()
                .filter(f -> f.rule() == Rule.SCANNING_SILENT).findFirst();
    }

    @Test
    void convenienceStoresGetLongerThanMarketsAndHigherLevelsShorten() {
        PlaceState store = store(VenueType.CONVENIENCE_STORE);
        Clock later = Clock.offset(opening, Duration.ofMinutes(40));
        assertFalse(silent(store, 1, later).orElseThrow().holds(), "45 min at level 1");
        assertTrue(silent(store, 2, later).orElseThrow().holds(), "30 min at level 2");
        assertEquals(Optional.of(opening.instant().plus(Duration.ofMinutes(45))),
                rules.nextDeadline(store, 1, opening.instant()));
        assertEquals(Optional.of(opening.instant().plus(Duration.ofMinutes(10))),
                rules.nextDeadline(store(VenueType.MARKET), 4, opening.instant()));
    }

    @Test
    void silenceCountsFromTheLatestScanOrTheOpeningWhicheverIsLater() {
        PlaceState market = store(VenueType.MARKET);
        market.lastScanAt = opening.instant().minus(Duration.ofHours(9));
        Clock clock = Clock.offset(opening, Duration.ofMinutes(31));
        Finding f = silent(market, 1, clock).orElseThrow();
        assertTrue(f.holds());
        assertEquals(31L, f.evidence().get("silentForMinutes"), "yesterday's scans do not count");
    }

    @Test
    void aDeviceHeardFromRecentlyIsNotOffline() {
        PlaceState market = store(VenueType.MARKET);
        PlaceState.DeviceState d = market.device("scanner-1");
        d.registered = true;
        d.active = true;
        d.activeSince = opening.instant().minus(Duration.ofDays(3));
        d.lastSeenAt = opening.instant().plus(Duration.ofMinutes(10));
        Clock clock = Clock.offset(opening, Duration.ofMinutes(20));
        Finding offline = rules.evaluate("v-1", market, 1, clock.instant()).stream()
                .filter(f -> f.rule() == Rule.SCANNER_OFFLINE).findFirst().orElseThrow();
        assertFalse(offline.holds());
        assertEquals(Optional.of(opening.instant().plus(Duration.ofMinutes(25))),
                rules.nextDeadline(market, 1, clock.instant()), "15 min after it was last heard of");
    }
}
