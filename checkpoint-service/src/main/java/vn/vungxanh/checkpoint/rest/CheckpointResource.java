package vn.vungxanh.checkpoint.rest;

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
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.checkpoint.service.CheckpointService;
import vn.vungxanh.common.rest.Callers;
import vn.vungxanh.common.rest.Page;
import vn.vungxanh.events.CheckpointKind;

/** The checkpoint registry (admins write; inspectors read their own district). */
@Path("/api/v1/checkpoints")
public class CheckpointResource {

    @Inject
    CheckpointService checkpoints;

    @Inject
    JsonWebToken token;

    @POST
    @RolesAllowed("admin")
    @ResponseStatus(201)
    public CheckpointResponse create(@NotNull(message = "a JSON body is required") @Valid CheckpointRequest request) {
        return checkpoints.create(request);
    }

    @GET
    @RolesAllowed({ "admin", "inspector" })
    public Page<CheckpointResponse> list(@QueryParam("districtCode") String districtCode,
            @QueryParam("kind") CheckpointKind kind, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return checkpoints.list(Callers.readableDistrict(token, districtCode), kind, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "admin", "inspector" })
    public CheckpointResponse get(@PathParam("id") String id) {
        CheckpointResponse cp = checkpoints.get(id);
        Callers.requireDistrict(token, cp.districtCode());
        return cp;
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    public CheckpointResponse update(@PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid CheckpointRequest request) {
        return checkpoints.update(id, request);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed("admin")
    public CheckpointResponse close(@PathParam("id") String id) {
        return checkpoints.setActive(id, false);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed("admin")
    public CheckpointResponse reopen(@PathParam("id") String id) {
        return checkpoints.setActive(id, true);
    }
}
