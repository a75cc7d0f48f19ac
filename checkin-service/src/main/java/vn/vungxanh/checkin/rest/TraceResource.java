package vn.vungxanh.checkin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.vungxanh.checkin.service.ContactTrace;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.common.rest.Params;
import vn.vungxanh.common.rest.SubjectQuery;
import vn.vungxanh.events.SubjectType;

/**
 * Contact tracing for health officials: the F0 → F1 → F2 tree of venue co-presence. Every query is audited, answered
 * or not.
 */
@Path("/api/v1/trace")
@RolesAllowed(Roles.HEALTH_OFFICIAL)
public class TraceResource {

    private static final int DEFAULT_DEPTH = 2;

    @Inject
    ContactTrace tracing;

    @Inject
    JsonWebToken token;

    @POST
    @Operation(summary = "Trace a person's contacts (preferred: the identifier travels in the body, never in the URL)")
    public ContactTrace.Trace trace(SubjectQuery query) {
        if (query == null) {
            throw ProblemException.invalidField("body", "is required: subjectType, subjectValue, from, to, depth");
        }
        return tracing.trace(query.subjectType(), query.subjectValue(), Params.instant(query.from(), "from"),
                Params.instant(query.to(), "to"), query.depth() == null ? DEFAULT_DEPTH : query.depth(),
                token.getName());
    }

    @GET
    @Operation(summary = "Trace a person's contacts, the identifier in the query string (kept for compatibility;"
            + " prefer POST, which keeps identifiers out of access logs)")
    public ContactTrace.Trace trace(@QueryParam("subjectType") SubjectType subjectType,
            @QueryParam("subjectValue") String subjectValue, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("depth") @DefaultValue("2") int depth) {
        return tracing.trace(subjectType, subjectValue, Params.instant(from, "from"), Params.instant(to, "to"), depth,
                token.getName());
    }
}
