package vn.vungxanh.checkpoint.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import vn.vungxanh.checkpoint.Channels;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.device.DeviceCaller;
import vn.vungxanh.common.ingest.IngestConfig;
import vn.vungxanh.common.ingest.KafkaFirst;
import vn.vungxanh.common.ingest.ScanTimes;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.ShiftEvent;

/** A checkpoint device reports a shift starting or ending; published Kafka-first keyed by checkpoint. */
@Path("/api/v1/checkpoints/{id}/shifts")
public class ShiftResource {

    @Inject
    DeviceCaller devices;

    @Inject
    JsonWebToken token;

    @Inject
    ScanTimes clock;

    @Inject
    IngestConfig config;

    @Inject
    @Channel(Channels.SHIFTS_OUT)
    MutinyEmitter<ShiftEvent> shifts;

    @POST
    @RolesAllowed(Roles.DEVICE)
    @ResponseStatus(202)
    public Uni<ShiftEvent> shift(@PathParam("id") String checkpointId,
            @NotNull(message = "a JSON body is required") @Valid ShiftRequest request) {
        DeviceCaller.Bound device = devices.require(token, PlaceKind.CHECKPOINT);
        if (!device.placeId().equals(checkpointId)) {
            throw ProblemException.forbidden("this device belongs to another checkpoint");
        }
        ShiftEvent event = new ShiftEvent(ShiftEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), checkpointId,
                device.deviceId(), request.action(), request.officers(), clock.now());
        return KafkaFirst.send(shifts, checkpointId, event, config.retryAfterSeconds()).replaceWith(event);
    }
}
