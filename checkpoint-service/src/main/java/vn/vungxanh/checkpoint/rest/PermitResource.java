package vn.vungxanh.checkpoint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.checkpoint.service.PermitService;
import vn.vungxanh.common.auth.Roles;

/** Travel permits with a signed QR (admins). */
@Path("/api/v1/permits")
@RolesAllowed(Roles.ADMIN)
public class PermitResource {

    @Inject
    PermitService permits;

    @POST
    @ResponseStatus(201)
    public PermitResponse issue(@NotNull(message = "a JSON body is required") @Valid PermitRequest request) {
        return permits.issue(request);
    }

    @POST
    @Path("/{id}/revoke")
    public PermitResponse revoke(@PathParam("id") String id) {
        return permits.revoke(id);
    }
}
