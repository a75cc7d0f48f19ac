package vn.vungxanh.alert.service;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vungxanh.events.Rule;

/** A silence as the API answers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SilenceView(String id, String venueId, String wardCode, Rule rule, String districtCode,
        Instant startsAt, Instant endsAt, String comment, String createdBy, Instant createdAt, boolean active) {
}
