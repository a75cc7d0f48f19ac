package vn.vungxanh.common.auth;

import vn.vungxanh.common.problem.ProblemException;

/**
 * What a caller may see and act on: an admin everything, an inspector their district (and ward, when the token
 * names one).
 *
 * @param actor who the caller is, for the history ("inspector:sub")
 */
public record Scope(boolean admin, String district, String ward, String actor) {

    public static Scope admin(String actor) {
        return new Scope(true, null, null, actor);
    }

    public static Scope inspector(String district, String ward, String actor) {
        return new Scope(false, district, ward, actor);
    }

    public boolean allows(String districtCode, String wardCode) {
        return admin || (district != null && district.equals(districtCode) && (ward == null || ward.equals(wardCode)));
    }

    /** 403 unless the place of that district and ward is within the caller's scope. */
    public void require(String districtCode, String wardCode) {
        if (!allows(districtCode, wardCode)) {
            throw ProblemException.forbidden(ward == null
                    ? "an inspector of district " + district + " cannot see or act on district " + districtCode
                    : "an inspector of ward " + ward + " cannot see or act on ward " + wardCode);
        }
    }

    /**
     * 404 unless the thing of that district and ward is within the caller's scope: read or acted on by id, a thing
     * outside the scope answers exactly as an unknown id does, so an inspector cannot learn which ids exist elsewhere.
     *
     * @param what the thing as the unknown-id answer names it ("alert 42")
     */
    public void requireVisible(String districtCode, String wardCode, String what) {
        if (!allows(districtCode, wardCode)) {
            throw ProblemException.notFound(what);
        }
    }

    /** The district filter a query runs with: the requested one if allowed, the caller's own if none given. */
    public String districtFilter(String requested) {
        if (admin) {
            return requested;
        }
        if (requested != null && !requested.equals(district)) {
            throw ProblemException.forbidden("an inspector of district " + district + " cannot query district "
                    + requested);
        }
        return district;
    }

    /** The ward filter a query runs with: the requested one if allowed, the caller's own ward if the token has one. */
    public String wardFilter(String requested) {
        if (admin || ward == null) {
            return requested;
        }
        if (requested != null && !requested.equals(ward)) {
            throw ProblemException.forbidden("an inspector of ward " + ward + " cannot query ward " + requested);
        }
        return ward;
    }
}
