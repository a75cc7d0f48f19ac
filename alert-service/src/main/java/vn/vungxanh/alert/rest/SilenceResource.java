package vn.vungxanh.alert.rest;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.alert.config.AlertsConfig;
import vn.vungxanh.alert.service.Page;
import vn.vungxanh.alert.service.SilenceService;
import vn.vungxanh.alert.service.SilenceView;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.events.Rule;

/** Silences: mute alerts of a venue, a ward and/or a rule for a time range (a market closed for a holiday). */
@Path("/api/v1/silences")
@RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
public class SilenceResource {

    @Inject
    Caller caller;

    @Inject
    SilenceService silences;

    @Inject
    AlertsConfig config;

    public record SilenceRequest(
            @Size(max = 64, message = "must be at most 64 characters") String venueId,
            @Size(max = 8, message = "must be a ward code") String wardCode,
            Rule rule,
            OffsetDateTime startsAt,
            @NotNull(message = "is required: ISO-8601 with offset") OffsetDateTime endsAt,
            @NotBlank(message = "is required: why the alerts are muted")
            @Size(max = 1000, message = "must be at most 1000 characters") String comment) {
    }

    @POST
    @ResponseStatus(201)
    public SilenceView create(@Valid @NotNull(message = "a JSON body is required") SilenceRequest request) {
        return silences.create(caller.scope(), new SilenceService.Draft(request.venueId(), request.wardCode(),
                request.rule(), request.startsAt() == null ? null : request.startsAt().toInstant(),
                request.endsAt().toInstant(), request.comment()));
    }

    @GET
    public Page<SilenceView> list(@QueryParam("districtCode") String districtCode,
            @QueryParam("page") @Min(value = 0, message = "must be 0 or more") Integer page,
            @QueryParam("size") @Min(value = 1, message = "must be at least 1") Integer size) {
        int pageSize = size == null ? config.paging().defaultSize() : Math.min(size, config.paging().maxSize());
        return silences.list(caller.scope(), districtCode, page == null ? 0 : page, pageSize);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    public void delete(@PathParam("id") String id) {
        silences.delete(caller.scope(), id);
    }
}
