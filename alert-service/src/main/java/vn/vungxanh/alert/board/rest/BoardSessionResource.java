package vn.vungxanh.alert.board.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;


import vn.vungxanh.alert.board.service.BoardAreas;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.geo.WardCatalogue;

/**
 * Who signed in to the board and what it may show: the district (names and wards from the official catalogue) and
 * the ward the caller is bound to. An admin names the district with {@code districtCode}.
 */
@Path("/api/v1/board/session")
@RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
public class BoardSessionResource {

    @Inject
    Caller caller;

    @Inject
    BoardAreas areas;

    @Inject
    WardCatalogue catalogue;

    @GET
    public Session session(@QueryParam("districtCode") String districtCode) {
        String role = caller.isAdmin() ? Roles.ADMIN : Roles.INSPECTOR;
        if (caller.isAdmin() && (districtCode == null || districtCode.isBlank())) {
            return new Session(role, caller.name(), null, null, null, null, null, List.of());
        }
        BoardAreas.Area area = areas.resolve(districtCode, null);
        WardCatalogue.District d = area.district();
        List<WardRef> wards = d.wards().stream().map(w -> new WardRef(w.code(), w.name())).toList();
        return new Session(role, caller.name(), d.code(), d.name(), d.provinceCode(),
                catalogue.provinceName(d.provinceCode()).orElse(null), area.wardCode(), wards);
    }

    public record Session(String role, String name, String districtCode, String districtName, String provinceCode,
            String provinceName, String wardCode, List<WardRef> wards) {
    }

    public record WardRef(String code, String name) {
    }
}
