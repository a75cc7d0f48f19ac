package vn.vungxanh.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.VenueType;

/** Everything the simulator registered, and what it planted where; saved so that a later verify knows. */
record World(List<Venue> venues, List<Checkpoint> checkpoints, String redWardCode, List<String> districts) {

    record Venue(String id, String name, VenueType type, String wardCode, String districtCode, int capacity,
            List<OpeningHours> openingHours, String deviceId, String deviceToken, String qr, Misbehaviour planted) {
    }

    record Checkpoint(String id, String name, String wardCode, String districtCode, String deviceToken,
            List<Permit> permits, Misbehaviour planted) {
    }

    /** A travel permit issued to one traveller for one route, presented at a checkpoint. */
    record Permit(String subjectValue, String fromWardCode, String toWardCode, String qr) {
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
    }

    static World load(Path file) throws IOException {
        return Api.JSON.readValue(file.toFile(), World.class);
    }
}
