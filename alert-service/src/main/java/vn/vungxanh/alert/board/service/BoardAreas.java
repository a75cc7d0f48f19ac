package vn.vungxanh.alert.board.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.problem.ProblemException;

/**
 * The district (and ward) a board request shows: what the caller asks for, within the caller's {@link Scope} (an
 * inspector's own district and ward when none is asked for; another is refused), checked against the catalogue.
 */
@ApplicationScoped
public class BoardAreas {

    @Inject
    Caller caller;

    @Inject
    WardCatalogue catalogue;

    /** The area of the request; {@code districtCode} and {@code wardCode} are the caller's optional filters. */
    public Area resolve(String districtCode, String wardCode) {
        Scope scope = caller.scope();
        String district = scope.districtFilter(blankAsNone(districtCode));
        if (district == null) {
            throw ProblemException.invalidField("districtCode", "an admin names the district to show");
        }
        WardCatalogue.District found = catalogue.district(district).orElseThrow(() -> ProblemException
                .invalidField("districtCode", "'" + district + "' is not a district code of the official catalogue"));
        String ward = scope.wardFilter(blankAsNone(wardCode));
        if (ward != null && found.wards().stream().noneMatch(w -> w.code().equals(ward))) {
            throw ProblemException.invalidField("wardCode", "'" + ward + "' is not a ward of district " + district);
        }
        return new Area(found, ward);
    }

    private static String blankAsNone(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A district and, when the caller is bound to one or asked for one, a ward of it. */
    public record Area(WardCatalogue.District district, String wardCode) {

        public String districtCode() {
            return district.code();
        }
    }
}
