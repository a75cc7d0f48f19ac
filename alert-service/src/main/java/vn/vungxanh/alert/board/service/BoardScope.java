package vn.vungxanh.alert.board.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.problem.ProblemException;

/**
 * Which district (and ward) a board request may see: an inspector's token names its district and maybe its ward,
 * and asking for another one is refused; an admin names the district it wants.
 */
@RequestScoped
public class BoardScope {

    public static final String ADMIN = "admin";
    public static final String INSPECTOR = "inspector";
    static final String DISTRICT_CLAIM = "district";
    static final String WARD_CLAIM = "ward";

    @Inject
    JsonWebToken jwt;

    @Inject
    WardCatalogue catalogue;

    public boolean isAdmin() {
        return jwt.getGroups().contains(ADMIN);
    }

    /** The area of the request; {@code districtCode} and {@code wardCode} are the caller's optional filters. */
    public Area resolve(String districtCode, String wardCode) {
        String district = isAdmin() ? districtCode : ownDistrict(districtCode);
        if (district == null || district.isBlank()) {
            throw ProblemException.invalidField("districtCode", "an admin names the district to show");
        }
        WardCatalogue.District found = catalogue.district(district).orElseThrow(() -> ProblemException
                .invalidField("districtCode", "'" + district + "' is not a district code of the official catalogue"));
        return new Area(found, ward(found, wardCode));
    }

    private String ownDistrict(String requested) {
        String own = jwt.getClaim(DISTRICT_CLAIM);
        if (own == null) {
            throw ProblemException.forbidden("the token names no district");
        }
        if (requested != null && !requested.isBlank() && !requested.equals(own)) {
            throw ProblemException.forbidden("district " + requested + " is outside the caller's district " + own);
        }
        return own;
    }

    private String ward(WardCatalogue.District district, String requested) {
        String own = isAdmin() ? null : jwt.getClaim(WARD_CLAIM);
        if (own != null && requested != null && !requested.isBlank() && !requested.equals(own)) {
            throw ProblemException.forbidden("ward " + requested + " is outside the caller's ward " + own);
        }
        String ward = own != null ? own : (requested == null || requested.isBlank() ? null : requested);
        if (ward != null && district.wards().stream().noneMatch(w -> w.code().equals(ward))) {
            throw ProblemException.invalidField("wardCode", "'" + ward + "' is not a ward of district "
                    + district.code());
        }
        return ward;
    }

    /** A district and, when the caller is bound to one or asked for one, a ward of it. */
    public record Area(WardCatalogue.District district, String wardCode) {

        public String districtCode() {
            return district.code();
        }
    }
}
