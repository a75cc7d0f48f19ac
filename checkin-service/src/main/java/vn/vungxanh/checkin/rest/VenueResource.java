package vn.vungxanh.checkin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.checkin.Venue;
import vn.vungxanh.checkin.config.CheckinConfig;
import vn.vungxanh.checkin.service.Posters;
import vn.vungxanh.checkin.service.VenueImport;
import vn.vungxanh.checkin.service.VenueService;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.qr.QrImages;
import vn.vungxanh.common.rest.Page;
import vn.vungxanh.events.VenueType;

/** The venue registry (admins write; inspectors read their own district). */
@Path("/api/v1/venues")
public class VenueResource {

    @Inject
    VenueService venues;

    @Inject
    Posters posters;

    @Inject
    VenueImport imports;

    @Inject
    CheckinConfig config;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(201)
    public VenueResponse create(@NotNull(message = "a JSON body is required") @Valid VenueRequest request) {
        return venues.create(request);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    public Page<VenueResponse> list(@QueryParam("districtCode") String districtCode,
            @QueryParam("wardCode") String wardCode, @QueryParam("type") VenueType type,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Scope scope = caller.scope();
        Page<VenueResponse> found = venues.list(scope.districtFilter(districtCode), scope.wardFilter(wardCode), type,
                page, size);
        return caller.isAdmin() ? found : new Page<>(found.items().stream().map(VenueResource::withoutQr).toList(), found.total());
    }

    /** A district's venue list as CSV; bad rows are reported by line, good rows kept. */
    @POST
    @Path("/import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes("text/csv")
    public VenueImport.Result importCsv(String csv) {
        return imports.run(csv);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    public VenueResponse get(@PathParam("id") String id) {
        VenueResponse venue = venues.get(id);
        caller.scope().requireVisible(venue.districtCode(), venue.wardCode(), "venue " + id);
        return caller.isAdmin() ? venue : withoutQr(venue);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public VenueResponse update(@PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid VenueRequest request) {
        return venues.update(id, request);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.ADMIN)
    public VenueResponse close(@PathParam("id") String id) {
        return venues.setActive(id, false);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.ADMIN)
    public VenueResponse reopen(@PathParam("id") String id) {
        return venues.setActive(id, true);
    }

    /** A new poster; the previous one is revoked. */
    @POST
    @Path("/{id}/qr")
    @RolesAllowed(Roles.ADMIN)
    public VenueResponse reissuePoster(@PathParam("id") String id) {
        return venues.reissuePoster(id);
    }

    @GET
    @Path("/{id}/qr.png")
    @RolesAllowed(Roles.ADMIN)
    @Produces("image/png")
    public byte[] poster(@PathParam("id") String id) {
        Venue venue = venues.require(id);
        return QrImages.poster(posters.qr(venue), venue.name, config.posterSize());
    }

    private static VenueResponse withoutQr(VenueResponse v) {
        return new VenueResponse(v.id(), v.name(), v.type(), v.wardCode(), v.districtCode(), v.provinceCode(),
                v.address(), v.capacity(), v.openingHours(), v.active(), v.version(), v.updatedAt(), null,
                v.qrExpiresAt());
    }
}
