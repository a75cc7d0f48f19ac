package vn.vungxanh.simulator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vungxanh.events.AdminUnits;
import vn.vungxanh.events.CheckpointKind;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.VenueType;

/**
 * Registers a city's worth of places through the admin API: venues of realistic types in every ward of the chosen
 * districts (official catalogue), a scanner device each, checkpoints at the district borders with devices, open
 * shifts and travel permits, and ward epidemic levels; then plants each misbehaviour at one place.
 */
final class WorldBuilder {

    /** A ward of Hải An (Hải Phòng), Đông Hải 1, declared red: travellers from there are high-risk arrivals. */
    static final String RED_WARD = "11410";
    /** Where ordinary travellers come from: Phúc Tân, Hoàn Kiếm (level 1). */
    static final String ORIGIN_WARD = "00037";
    private static final int CHECKPOINTS_PER_DISTRICT = 3;
    /** Round-the-clock runs keep every venue busy (Traffic), so their venues are that much bigger. */
    private static final int ROUND_THE_CLOCK_CROWD = 4;
    private static final int PERMITS_PER_CHECKPOINT = 40;

    private final Api api;
    private final SimulatorOptions options;
    private final Random random;

    WorldBuilder(Api api, SimulatorOptions options) {
        this.api = api;
        this.options = options;
        this.random = new Random(options.seed());
    }

    World build() {
        AdminUnits units = AdminUnits.get();
        List<World.Venue> venues = new ArrayList<>();
        List<World.Checkpoint> checkpoints = new ArrayList<>();
        Map<Misbehaviour, Boolean> planted = new EnumMap<>(Misbehaviour.class);
        setLevel(RED_WARD, 4);
        for (String districtCode : options.districts()) {
            AdminUnits.District district = units.district(districtCode)
                    .orElseThrow(() -> new IllegalArgumentException("no district " + districtCode + " in the catalogue"));
            List<AdminUnits.Ward> wards = district.wards();
            setLevel(wards.get(wards.size() - 1).code(), 2);
            for (AdminUnits.Ward ward : wards) {
                for (int i = 0; i < options.venuesPerWard(); i++) {
                    VenueType type = VenueProfiles.WARD_MIX.get(i % VenueProfiles.WARD_MIX.size());
                    Misbehaviour plant = plantVenue(type, planted);
                    venues.add(registerVenue(ward, type, i, plant));
                }
            }
            for (int i = 0; i < CHECKPOINTS_PER_DISTRICT && i < wards.size(); i++) {
                Misbehaviour plant = plantCheckpoint(planted);
                checkpoints.add(registerCheckpoint(wards.get(i), i, plant, wards));
            }
        }
        return new World(venues, checkpoints, RED_WARD, options.districts());
    }

    /** The first venue of a fitting type gets each venue misbehaviour not planted yet. */
    private Misbehaviour plantVenue(VenueType type, Map<Misbehaviour, Boolean> planted) {
        Map<Misbehaviour, VenueType> where = new LinkedHashMap<>();
        where.put(Misbehaviour.NEVER_SCANS, VenueType.MARKET);
        where.put(Misbehaviour.FAKE_POSTER, VenueType.SUPERMARKET);
        where.put(Misbehaviour.BROKEN_SCANNER, VenueType.CONVENIENCE_STORE);
        where.put(Misbehaviour.OVER_CAPACITY, VenueType.CONVENIENCE_STORE);
        where.put(Misbehaviour.ONE_SCAN_PER_VISITOR_PER_DAY, VenueType.RESTAURANT);
        where.put(Misbehaviour.SCANS_ONLY_DURING_INSPECTION, VenueType.MARKET);
        where.put(Misbehaviour.STOPS_IN_RUSH_HOUR, VenueType.SUPERMARKET);
        for (Map.Entry<Misbehaviour, VenueType> e : where.entrySet()) {
            if (e.getValue() == type && options.plant().contains(e.getKey()) && planted.putIfAbsent(e.getKey(), true) == null) {
                return e.getKey();
            }
        }
        return null;
    }

    private Misbehaviour plantCheckpoint(Map<Misbehaviour, Boolean> planted) {
        for (Misbehaviour m : List.of(Misbehaviour.CHECKPOINT_SILENT, Misbehaviour.ARRIVALS_FROM_RED_WARD,
                Misbehaviour.FEVER_ARRIVALS)) {
            if (options.plant().contains(m) && planted.putIfAbsent(m, true) == null) {
                return m;
            }
        }
        return null;
    }

    private World.Venue registerVenue(AdminUnits.Ward ward, VenueType type, int index, Misbehaviour plant) {
        String name = VenueNames.name(type, ward, index);
        int capacity = plant == Misbehaviour.OVER_CAPACITY ? 10
                : VenueProfiles.capacity(type) * (options.alwaysOpen() ? ROUND_THE_CLOCK_CROWD : 1);
        List<OpeningHours> hours = options.alwaysOpen() ? List.of(new OpeningHours("MON-SUN", "00:00", "00:00"))
                : VenueProfiles.hours(type);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("wardCode", ward.code());
        body.put("address", (index + 1) * 7 + " phố " + ward.name().replaceFirst("^(Phường|Xã|Thị trấn) ", ""));
        body.put("capacity", capacity);
        body.put("openingHours", hours);
        JsonNode venue = api.call("POST", options.checkinUrl() + "/api/v1/venues", options.adminToken(), body);
        String id = venue.path("id").asText();
        JsonNode device = api.call("POST", options.checkinUrl() + "/api/v1/venues/" + id + "/devices",
                options.adminToken(), Map.of());
        return new World.Venue(id, name, type, ward.code(), ward.districtCode(), capacity, hours,
                device.path("deviceId").asText(), device.path("token").asText(), venue.path("qr").asText(), plant);
    }

    private World.Checkpoint registerCheckpoint(AdminUnits.Ward ward, int index, Misbehaviour plant,
            List<AdminUnits.Ward> districtWards) {
        CheckpointKind kind = index == 0 ? CheckpointKind.PROVINCE_BORDER : CheckpointKind.DISTRICT_BORDER;
        String name = "Chốt " + (index + 1) + " " + ward.name();
        JsonNode checkpoint = api.call("POST", options.checkpointUrl() + "/api/v1/checkpoints", options.adminToken(),
                Map.of("name", name, "kind", kind, "wardCode", ward.code()));
        String id = checkpoint.path("id").asText();
        JsonNode device = api.call("POST", options.checkpointUrl() + "/api/v1/checkpoints/" + id + "/devices",
                options.adminToken(), Map.of());
        String token = device.path("token").asText();
        api.call("POST", options.checkpointUrl() + "/api/v1/checkpoints/" + id + "/shifts", token,
                Map.of("action", "START", "officers", 3));
        List<World.Permit> permits = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(OpeningHours.ZONE);
        for (int i = 0; i < PERMITS_PER_CHECKPOINT; i++) {
            String from = plant == Misbehaviour.ARRIVALS_FROM_RED_WARD && i % 2 == 0 ? RED_WARD : ORIGIN_WARD;
            String to = districtWards.get(random.nextInt(districtWards.size())).code();
            String subject = Visitors.cccd(random);
            JsonNode permit = api.call("POST", options.checkpointUrl() + "/api/v1/permits", options.adminToken(),
                    Map.of("subject", Map.of("type", "CCCD", "value", subject), "fromWardCode", from, "toWardCode", to,
                            "validFrom", now.minusDays(3), "validTo", now.plusDays(7), "purpose", "công tác"));
            permits.add(new World.Permit(subject, from, to, permit.path("qr").asText()));
        }
        return new World.Checkpoint(id, name, ward.code(), ward.districtCode(), token, permits, plant);
    }

    private void setLevel(String wardCode, int level) {
        api.call("PUT", options.alertUrl() + "/api/v1/areas/" + wardCode + "/level", options.adminToken(),
                Map.of("level", level));
    }
}
