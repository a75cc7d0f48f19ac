package vn.vungxanh.alert.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.vungxanh.alert.PlaceActivity;
import vn.vungxanh.alert.Venue;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.PlaceKind;

/** Reads what is known of a place's scans (written by {@link ScanRecorder}), within the caller's scope. */
@ApplicationScoped
public class ActivityService {

    @Inject
    WardCatalogue catalogue;

    /**
     * The place's activity, 404 when no scan has been seen there or the place is outside the caller's scope (a
     * venue by its registered ward, a checkpoint by the ward its passages name; a place of no known ward only for
     * admins).
     */
    @Transactional
    public PlaceActivity find(Scope scope, PlaceKind kind, String placeId) {
        String what = kind.name().toLowerCase() + " " + placeId + " with scans";
        PlaceActivity found = PlaceActivity.find(kind, placeId);
        if (found == null) {
            throw ProblemException.notFound(what);
        }
        String ward = found.wardCode;
        String district = null;
        if (kind == PlaceKind.VENUE) {
            Venue venue = Venue.findById(placeId);
            ward = venue == null ? null : venue.wardCode;
            district = venue == null ? null : venue.districtCode;
        } else if (ward != null) {
            district = catalogue.ward(ward).map(WardCatalogue.Ward::districtCode).orElse(null);
        }
        scope.requireVisible(district, ward, what);
        return found;
    }
}
