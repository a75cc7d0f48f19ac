package vn.vungxanh.checkpoint.rest;

import java.util.List;

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

import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.checkpoint.service.CheckpointService;
import vn.vungxanh.checkpoint.service.PassageQueries;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.rest.Page;
import vn.vungxanh.common.rest.Params;
import vn.vungxanh.events.CheckpointKind;

/** The checkpoint registry (admins write; inspectors read their own district). */
@Path("/api/v1/checkpoints")
public class CheckpointResource {

    @Inject
    CheckpointService checkpoints;

    @Inject
    Caller caller;

    @Inject
    PassageQueries queries;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(201)
    public CheckpointResponse create(@NotNull(message = "a JSON body is required") @Valid CheckpointRequest request) {
        return checkpoints.create(request);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    public Page<CheckpointResponse> list(@QueryParam("districtCode") String districtCode,
            @QueryParam("wardCode") String wardCode, @QueryParam("kind") CheckpointKind kind,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Scope scope = caller.scope();
        return checkpoints.list(scope.districtFilter(districtCode), scope.wardFilter(wardCode), kind, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    public CheckpointResponse get(@PathParam("id") String id) {
        return visible(id);
    }

    /** Passages per hour and the officers' decisions, for a period. */
    @GET
    @Path("/{id}/throughput")
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    public List<HourlyThroughput> throughput(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        visible(id);
        return queries.hourly(id, Params.instant(from, "from"), Params.instant(to, "to"));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public CheckpointResponse update(@PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid CheckpointRequest request) {
        return checkpoints.update(id, request);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.ADMIN)
    public CheckpointResponse close(@PathParam("id") String id) {
        return checkpoints.setActive(id, false);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.ADMIN)
    public CheckpointResponse reopen(@PathParam("id") String id) {
        return checkpoints.setActive(id, true);
    }

    /** The checkpoint, when the caller may see it: one outside their scope answers 404 as an unknown id does. */
    CheckpointResponse visible(String id) {
        CheckpointResponse cp = checkpoints.get(id);
        caller.scope().requireVisible(cp.districtCode(), cp.wardCode(), "checkpoint " + id);
        return cp;
    }
}
