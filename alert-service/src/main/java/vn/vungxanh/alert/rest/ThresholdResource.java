package vn.vungxanh.alert.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import vn.vungxanh.alert.service.ThresholdService;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;

/**
 * A district's rule thresholds: its overrides of the defaults (per rule, venue type or checkpoint kind, and level),
 * the effective thresholds, and the history of changes. The catalogue: docs/RULES.md.
 */
@Path("/api/v1/districts/{districtCode}/thresholds")
public class ThresholdResource {

    @Inject
    ThresholdService thresholds;

    @Inject
    Caller caller;

    public record ThresholdsRequest(
            @NotNull(message = "is required: the district's whole set, empty for the defaults")
            List<ThresholdService.OverrideRequest> overrides) {
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    public ThresholdService.ThresholdsView set(@PathParam("districtCode") String districtCode,
            @Valid @NotNull(message = "a JSON body is required") ThresholdsRequest request) {
        return thresholds.set(districtCode, request.overrides(), caller.scope().actor());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    public ThresholdService.ThresholdsView get(@PathParam("districtCode") String districtCode) {
        caller.scope().districtFilter(thresholds.district(districtCode).code());
        return thresholds.get(districtCode);
    }
}
