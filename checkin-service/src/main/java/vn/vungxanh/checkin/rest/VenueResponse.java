package vn.vungxanh.checkin.rest;

import java.time.Instant;
import java.util.List;

import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.VenueType;

/** A venue as the API shows it; {@code qr} is the signed poster payload (admins only). */
public record VenueResponse(String id, String name, VenueType type, String wardCode, String districtCode,
        String provinceCode, String address, int capacity, List<OpeningHours> openingHours, boolean active,
        long version, Instant updatedAt, String qr, Instant qrExpiresAt) {
}
