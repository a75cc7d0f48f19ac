package vn.vungxanh.checkpoint.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.checkpoint.service.CheckpointService;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.device.DeviceRegistration;
import vn.vungxanh.common.device.DeviceRegistry;
import vn.vungxanh.common.device.DeviceTokens;
import vn.vungxanh.common.device.DeviceView;
import vn.vungxanh.events.PlaceKind;

/** Scanner devices of a checkpoint: register (the token is shown once), list, revoke. */
@Path("/api/v1/checkpoints/{id}/devices")
@RolesAllowed(Roles.ADMIN)
public class DeviceResource {

    @Inject
    CheckpointService checkpoints;

    @Inject
    DeviceRegistry registry;

    @Inject
    DeviceTokens tokens;

    @POST
    @ResponseStatus(201)
    public DeviceRegistration register(@PathParam("id") String checkpointId) {
        checkpoints.require(checkpointId);
        var device = registry.register(PlaceKind.CHECKPOINT, checkpointId);
        return new DeviceRegistration(device.deviceId(), checkpointId, tokens.issue(device));
    }

    @GET
    public List<DeviceView> list(@PathParam("id") String checkpointId) {
        checkpoints.require(checkpointId);
        return registry.list(PlaceKind.CHECKPOINT, checkpointId).stream().map(DeviceView::of).toList();
    }

    @DELETE
    @Path("/{deviceId}")
    public DeviceView revoke(@PathParam("id") String checkpointId, @PathParam("deviceId") String deviceId) {
        return DeviceView.of(registry.revoke(PlaceKind.CHECKPOINT, checkpointId, deviceId));
    }
}
