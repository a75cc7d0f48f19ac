package vn.vungxanh.common.rest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.problem.ProblemException;

/** Scope rules of API callers: an inspector sees only their own district. */
public final class Callers {

    public static final String ADMIN = Roles.ADMIN;
    public static final String INSPECTOR = Roles.INSPECTOR;
    public static final String HEALTH_OFFICIAL = Roles.HEALTH_OFFICIAL;

    private Callers() {
    }

    /**
     * The district the caller may read: the inspector's own (403 when asking for another), or the requested one
     * (possibly null: all) for an admin.
     */
    public static String readableDistrict(JsonWebToken token, String requested) {
        if (token.getGroups().contains(ADMIN)) {
            return requested;
        }
        String own = token.getClaim("district");
        if (own == null) {
            throw ProblemException.forbidden("this token is not bound to a district");
        }
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("an inspector of district " + own + " cannot read district " + requested);
        }
        return own;
    }

    /** 403 unless the caller is an admin or an inspector of the given district. */
    public static void requireDistrict(JsonWebToken token, String districtCode) {
        readableDistrict(token, districtCode);
    }
}
