package vn.vungxanh.alert.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import vn.vungxanh.alert.PlaceActivity;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.alert.service.ActivityService;

/** The last scan and the number of distinct scans alert-service has seen at a venue or checkpoint. */
@Path("/api/v1/activity")
@RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
public class ActivityResource {

    @Inject
    ActivityService activity;

    @Inject
    Caller caller;

    @GET
    @Path("/venues/{id}")
    public Activity venue(@PathParam("id") String id) {
        return read(PlaceKind.VENUE, id);
    }

    @GET
    @Path("/checkpoints/{id}")
    public Activity checkpoint(@PathParam("id") String id) {
        return read(PlaceKind.CHECKPOINT, id);
    }

    private Activity read(PlaceKind kind, String id) {
        PlaceActivity found = activity.find(caller.scope(), kind, id);
        return new Activity(kind, id, found.lastScanAt, found.scanCount);
    }

    public record Activity(PlaceKind kind, String id, Instant lastScanAt, long scanCount) {
    }
}
