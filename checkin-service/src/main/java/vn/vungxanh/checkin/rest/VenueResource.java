package vn.vungxanh.checkin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.checkin.Venue;
import vn.vungxanh.checkin.config.CheckinConfig;
import vn.vungxanh.checkin.service.Posters;
import vn.vungxanh.checkin.service.VenueService;
import vn.vungxanh.common.qr.QrImages;
import vn.vungxanh.common.rest.Callers;
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
    CheckinConfig config;

    @Inject
    JsonWebToken token;

    @POST
    @RolesAllowed("admin")
    @ResponseStatus(201)
    public VenueResponse create(@NotNull(message = "a JSON body is required") @Valid VenueRequest request) {
        return venues.create(request);
    }

    @GET
    @RolesAllowed({ "admin", "inspector" })
    public Page<VenueResponse> list(@QueryParam("districtCode") String districtCode,
            @QueryParam("wardCode") String wardCode, @QueryParam("type") VenueType type,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page<VenueResponse> found = venues.list(Callers.readableDistrict(token, districtCode), wardCode, type, page, size);
        return admin() ? found : new Page<>(found.items().stream().map(VenueResource::withoutQr).toList(), found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "admin", "inspector" })
    public VenueResponse get(@PathParam("id") String id) {
        VenueResponse venue = venues.get(id);
        Callers.requireDistrict(token, venue.districtCode());
        return admin() ? venue : withoutQr(venue);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    public VenueResponse update(@PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid VenueRequest request) {
        return venues.update(id, request);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed("admin")
    public VenueResponse close(@PathParam("id") String id) {
        return venues.setActive(id, false);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed("admin")
    public VenueResponse reopen(@PathParam("id") String id) {
        return venues.setActive(id, true);
    }

    /** A new poster; the previous one is revoked. */
    @POST
    @Path("/{id}/qr")
    @RolesAllowed("admin")
    public VenueResponse reissuePoster(@PathParam("id") String id) {
        return venues.reissuePoster(id);
    }

    @GET
    @Path("/{id}/qr.png")
    @RolesAllowed("admin")
    @Produces("image/png")
    public byte[] poster(@PathParam("id") String id) {
        Venue venue = venues.require(id);
        return QrImages.poster(posters.qr(venue), venue.name, config.posterSize());
    }

    private boolean admin() {
        return token.getGroups().contains(Callers.ADMIN);
    }

    private static VenueResponse withoutQr(VenueResponse v) {
        return new VenueResponse(v.id(), v.name(), v.type(), v.wardCode(), v.districtCode(), v.provinceCode(),
                v.address(), v.capacity(), v.openingHours(), v.active(), v.version(), v.updatedAt(), null,
                v.qrExpiresAt());
    }
}
