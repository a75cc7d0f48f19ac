package vn.vungxanh.alert.rest;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.alert.service.InspectionService;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;

/** Spot checks: measured QR coverage at a venue; low coverage raises LOW_QR_COVERAGE with the evidence. */
@Path("/api/v1/inspections")
@RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
public class InspectionResource {

    @Inject
    Caller caller;

    @Inject
    InspectionService inspections;

    public record InspectionRequest(
            @NotBlank(message = "is required") String venueId,
            @NotNull(message = "is required: ISO-8601 with offset") OffsetDateTime observedFrom,
            @NotNull(message = "is required: ISO-8601 with offset") OffsetDateTime observedTo,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100000, message = "must be at most 100000") Integer peopleCounted) {
    }

    @POST
    @ResponseStatus(201)
    public InspectionService.InspectionView inspect(
            @Valid @NotNull(message = "a JSON body is required") InspectionRequest request) {
        return inspections.inspect(caller.scope(), new InspectionService.Spot(request.venueId(),
                request.observedFrom().toInstant(), request.observedTo().toInstant(), request.peopleCounted()));
    }
}
