package vn.vungxanh.checkin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.vungxanh.checkin.service.ContactTrace;
import vn.vungxanh.common.rest.Params;
import vn.vungxanh.events.SubjectType;

/** Contact tracing for health officials: the F0 → F1 → F2 tree of venue co-presence. Every query is audited. */
@Path("/api/v1/trace")
@RolesAllowed("health-official")
public class TraceResource {

    @Inject
    ContactTrace tracing;

    @Inject
    JsonWebToken token;

    @GET
    public ContactTrace.Trace trace(@QueryParam("subjectType") SubjectType subjectType,
            @QueryParam("subjectValue") String subjectValue, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("depth") @DefaultValue("2") int depth) {
        return tracing.trace(subjectType, subjectValue, Params.instant(from, "from"), Params.instant(to, "to"), depth,
                token.getName());
    }
}
