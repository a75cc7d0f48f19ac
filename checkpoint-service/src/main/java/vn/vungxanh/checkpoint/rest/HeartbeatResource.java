package vn.vungxanh.checkpoint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import vn.vungxanh.checkpoint.Channels;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.device.DeviceCaller;
import vn.vungxanh.common.device.Heartbeats;
import vn.vungxanh.events.HeartbeatEvent;
import vn.vungxanh.events.PlaceKind;

/**
 * A checkpoint device's sign of life; 204 once Kafka has it. Under the checkpoints' own prefix: a venue device's
 * heartbeat is {@code /api/v1/devices/heartbeat} of checkin-service, and one public host routes each path to one
 * service.
 */
@Path("/api/v1/checkpoints/devices/heartbeat")
public class HeartbeatResource {

    @Inject
    DeviceCaller caller;

    @Inject
    Heartbeats heartbeats;

    @Inject
    JsonWebToken token;

    @Inject
    @Channel(Channels.HEARTBEATS_OUT)
    MutinyEmitter<HeartbeatEvent> emitter;

    @POST
    @RolesAllowed(Roles.DEVICE)
    @ResponseStatus(204)
    public Uni<Void> heartbeat() {
        return heartbeats.send(emitter, PlaceKind.CHECKPOINT, caller.require(token, PlaceKind.CHECKPOINT));
    }
}
