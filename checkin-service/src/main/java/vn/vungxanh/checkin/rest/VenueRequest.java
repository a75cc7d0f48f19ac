package vn.vungxanh.checkin.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.VenueType;

/** A venue as an admin registers or updates it (API v1). */
public record VenueRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "has at most 200 characters") String name,
        @NotNull(message = "is required: MARKET, CONVENIENCE_STORE, SUPERMARKET, ...") VenueType type,
        @NotBlank(message = "is required: a ward code of the official catalogue") String wardCode,
        @Size(max = 300, message = "has at most 300 characters") String address,
        @NotNull(message = "is required: people allowed inside at once")
        @Min(value = 1, message = "must be at least 1") @Max(value = 1_000_000, message = "must be at most 1000000")
        Integer capacity,
        @NotEmpty(message = "is required: [{\"days\":\"MON-SUN\",\"opens\":\"06:00\",\"closes\":\"18:00\"}]")
        List<OpeningHours> openingHours) {
}
