package vn.vungxanh.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import vn.vungxanh.alert.service.WardLevelService;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.geo.WardCatalogue;

/** Epidemic levels of wards (1 green to 4 red), which tighten the rules and shorten escalation. */
@Path("/api/v1/areas/{wardCode}/level")
public class AreaResource {

    @Inject
    WardLevelService levels;

    @Inject
    Caller caller;

    public record LevelRequest(
            @NotNull(message = "is required: 1 to 4") @Min(value = 1, message = "must be 1 to 4")
            @Max(value = 4, message = "must be 1 to 4") Integer level) {
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    public WardLevelService.LevelView set(@PathParam("wardCode") String wardCode,
            @Valid @NotNull(message = "a JSON body is required") LevelRequest request) {
        return levels.set(wardCode, request.level(), caller.scope().actor());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    public WardLevelService.LevelView get(@PathParam("wardCode") String wardCode) {
        WardCatalogue.Ward ward = levels.ward(wardCode);
        caller.scope().require(ward.districtCode(), ward.code());
        return levels.get(wardCode);
    }
}
