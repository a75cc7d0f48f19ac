package vn.vungxanh.checkin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import vn.vungxanh.checkin.Channels;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.device.DeviceCaller;
import vn.vungxanh.common.device.Heartbeats;
import vn.vungxanh.events.HeartbeatEvent;
import vn.vungxanh.events.PlaceKind;

/** A venue scanner's sign of life; 204 once Kafka has it. */
@Path("/api/v1/devices/heartbeat")
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
        return heartbeats.send(emitter, PlaceKind.VENUE, caller.require(token, PlaceKind.VENUE));
    }
}
