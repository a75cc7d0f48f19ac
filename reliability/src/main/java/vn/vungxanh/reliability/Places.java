package vn.vungxanh.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vungxanh.events.AdminUnits;

/**
 * What one scenario registers through the admin API, in a ward of its own: venues of ample capacity (compliant: no
 * alert expected), one venue of small capacity (OVER_CAPACITY expected), and a checkpoint without an open shift
 * whose travellers are turned back (no arrival or silence alert expected).
 */
record Places(String wardCode, String districtCode, List<Place> venues, Place smallVenue, Place checkpoint) {

    /** Capacity of the venue that the load fills past its limit (level 1: occupancy above 100 % fires). */
    static final int SMALL_CAPACITY = 5;
    private static final int AMPLE_CAPACITY = 100_000;
    static final int VENUES = 4;

    record Place(String id, String deviceToken) {
    }

    static Places register(Http http, Options o, int wardIndex) {
        List<AdminUnits.Ward> wards = AdminUnits.get().district(o.district())
                .orElseThrow(() -> new IllegalArgumentException("no district " + o.district())).wards();
        AdminUnits.Ward ward = wards.get(wardIndex % wards.size());
        List<Place> venues = new ArrayList<>();
        for (int i = 0; i < VENUES; i++) {
            venues.add(venue(http, o, ward, o.scenario() + " venue " + (i + 1), AMPLE_CAPACITY));
        }
        Place small = venue(http, o, ward, o.scenario() + " small shop", SMALL_CAPACITY);
        JsonNode checkpoint = http.call("POST", o.checkpointUrl() + "/api/v1/checkpoints", o.adminToken(),
                Map.of("name", "Chốt " + o.scenario(), "kind", "DISTRICT_BORDER", "wardCode", ward.code()));
        String checkpointId = checkpoint.path("id").asText();
        JsonNode device = http.call("POST", o.checkpointUrl() + "/api/v1/checkpoints/" + checkpointId + "/devices",
                o.adminToken(), Map.of());
        return new Places(ward.code(), ward.districtCode(), venues, small,
                new Place(checkpointId, device.path("token").asText()));
    }

    private static Place venue(Http http, Options o, AdminUnits.Ward ward, String name, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "OTHER");
        body.put("wardCode", ward.code());
        body.put("address", "1 phố Thử");
        body.put("capacity", capacity);
        body.put("openingHours", List.of(Map.of("days", "MON-SUN", "opens", "00:00", "closes", "00:00")));
        JsonNode venue = http.call("POST", o.checkinUrl() + "/api/v1/venues", o.adminToken(), body);
        String id = venue.path("id").asText();
        JsonNode device = http.call("POST", o.checkinUrl() + "/api/v1/venues/" + id + "/devices", o.adminToken(),
                Map.of());
        return new Place(id, device.path("token").asText());
    }

    /** Every venue the load posts to, the small one last. */
    List<Place> allVenues() {
        List<Place> all = new ArrayList<>(venues);
        all.add(smallVenue);
        return all;
    }
}
