package vn.vungxanh.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import vn.vungxanh.alert.AlertChange;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.config.AlertsConfig;
import vn.vungxanh.alert.service.AlertActions;
import vn.vungxanh.alert.service.AlertQueries;
import vn.vungxanh.alert.service.AlertStream;
import vn.vungxanh.alert.service.AlertView;
import vn.vungxanh.alert.service.Page;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.events.Rule;

/** Alerts within the caller's scope: list, read, acknowledge, resolve, and the live stream of changes. */
@Path("/api/v1/alerts")
@RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
public class AlertResource {

    @Inject
    Caller caller;

    @Inject
    AlertQueries queries;

    @Inject
    AlertActions actions;

    @Inject
    AlertStream stream;


    @Inject
    AlertsConfig config;

    @GET
    public Page<AlertView> list(@QueryParam("districtCode") String districtCode,
            @QueryParam("wardCode") String wardCode,
            @QueryParam("status") AlertStatus status,
            @QueryParam("rule") Rule rule,
            @QueryParam("page") @Min(value = 0, message = "must be 0 or more") Integer page,
            @QueryParam("size") @Min(value = 1, message = "must be at least 1")
            @Max(value = 200, message = "must be at most 200") Integer size) {
        int pageSize = size == null ? config.paging().defaultSize() : Math.min(size, config.paging().maxSize());
        return queries.list(caller.scope(), new AlertQueries.Filter(districtCode, wardCode, status, rule),
                page == null ? 0 : page, pageSize);
    }

    @GET
    @Path("/{id}")
    public AlertView get(@PathParam("id") String id) {
        return queries.get(id, caller.scope());
    }

    @POST
    @Path("/{id}/ack")
    public AlertView acknowledge(@PathParam("id") String id, @Valid AlertRequests.Ack request) {
        return actions.acknowledge(id, caller.scope(), request == null ? null : request.note());
    }

    @POST
    @Path("/{id}/resolve")
    public AlertView resolve(@PathParam("id") String id,
            @Valid @NotNull(message = "a JSON body is required") AlertRequests.Resolve request) {
        return actions.resolve(id, caller.scope(), request.outcome(), request.note());
    }

    /**
     * Server-Sent Events: every alert change in the caller's scope, from the moment of connection until the token
     * expires; 429 past the caller's or the replica's number of open streams.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<AlertChange> stream(@QueryParam("districtCode") String districtCode) {
        return stream.subscribe(caller.scope(), districtCode, caller.tokenExpiresAt());
    }
}
