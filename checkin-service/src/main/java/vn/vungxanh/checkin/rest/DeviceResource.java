package vn.vungxanh.checkin.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.checkin.service.VenueService;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.device.DeviceRegistration;
import vn.vungxanh.common.device.DeviceRegistry;
import vn.vungxanh.common.device.DeviceTokens;
import vn.vungxanh.common.device.DeviceView;
import vn.vungxanh.events.PlaceKind;

/** Scanner devices of a venue: register (the token is shown once), list, revoke. */
@Path("/api/v1/venues/{id}/devices")
@RolesAllowed(Roles.ADMIN)
public class DeviceResource {

    @Inject
    VenueService venues;

    @Inject
    DeviceRegistry registry;

    @Inject
    DeviceTokens tokens;

    @POST
    @ResponseStatus(201)
    public DeviceRegistration register(@PathParam("id") String venueId) {
        venues.require(venueId);
        var device = registry.register(PlaceKind.VENUE, venueId);
        return new DeviceRegistration(device.deviceId(), venueId, tokens.issue(device));
    }

    @GET
    public List<DeviceView> list(@PathParam("id") String venueId) {
        venues.require(venueId);
        return registry.list(PlaceKind.VENUE, venueId).stream().map(DeviceView::of).toList();
    }

    @DELETE
    @Path("/{deviceId}")
    public DeviceView revoke(@PathParam("id") String venueId, @PathParam("deviceId") String deviceId) {
        return DeviceView.of(registry.revoke(PlaceKind.VENUE, venueId, deviceId));
    }
}
