package vn.vungxanh.bench;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.ResponseStatus;

/** Reads a check-in body and answers 202 with the same shape as the real endpoint, doing nothing else. */
@Path("/api/v1/checkins")
public class BaselineResource {

    @POST
    @ResponseStatus(202)
    public Answer accept(Body body) {
        return new Answer(body.eventId().toString(), "ACCEPTED");
    }

    public record Subject(String type, String value) {
    }

    public record Body(UUID eventId, Subject subject, String direction, OffsetDateTime scannedAt, BigDecimal temperatureC) {
    }

    public record Answer(String eventId, String status) {
    }
}
