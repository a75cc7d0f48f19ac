package vn.vungxanh.simulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vungxanh.events.OpeningHours;

/** An inspection team's spot check: people counted at the door during a window, posted by the district's inspector. */
final class Inspections {

    private final Api api;
    private final SimulatorOptions options;

    Inspections(Api api, SimulatorOptions options, World world) {
        this.api = api;
        this.options = options;
    }

    void inspect(List<World.Venue> venues, Instant from, Instant to, Map<String, Map<Instant, Integer>> arrivals) {
        for (World.Venue venue : venues) {
            int counted = arrivals.getOrDefault(venue.id(), Map.of()).entrySet().stream()
                    .filter(e -> !e.getKey().isBefore(from) && e.getKey().isBefore(to))
                    .mapToInt(Map.Entry::getValue).sum();
            String token = options.inspectorToken(venue.districtCode());
            JsonNode result = api.call("POST", options.alertUrl() + "/api/v1/inspections", token, Map.of(
                    "venueId", venue.id(),
                    "observedFrom", OffsetDateTime.ofInstant(from, OpeningHours.ZONE),
                    "observedTo", OffsetDateTime.ofInstant(to, OpeningHours.ZONE),
                    "peopleCounted", Math.max(counted, 1)));
            Traffic.log("inspection at %s: %d people counted, coverage %s", venue.name(), counted,
                    result.path("coverage").asText("?"));
        }
    }
}
