package vn.vungxanh.checkin.service;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vungxanh.events.OpeningHours;

/** Opening hours as stored in the venue row. */
final class OpeningHoursJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<OpeningHours>> TYPE = new TypeReference<>() {
    };

    private OpeningHoursJson() {
    }

    static String write(List<OpeningHours> hours) {
        try {
            return MAPPER.writeValueAsString(hours);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<OpeningHours> read(String json) {
        try {
            return MAPPER.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored opening hours are not readable", e);
        }
    }
}
