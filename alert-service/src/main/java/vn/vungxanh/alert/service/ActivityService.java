package vn.vungxanh.alert.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.vungxanh.alert.PlaceActivity;
import vn.vungxanh.alert.Venue;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.alert.ProcessedEvent;

/** Records scans per place, counting each event id once, and keeping the latest scan time. */
@ApplicationScoped
public class ActivityService {

    @Inject
    Clock clock;

    @Inject
    WardCatalogue catalogue;

    /** @return false when the event id was already counted */
    @Transactional
    public boolean record(PlaceKind kind, String placeId, String wardCode, String eventId, Instant scannedAt) {
        if (!ProcessedEvent.firstTime(eventId, clock.instant())) {
            return false;
        }

        PlaceActivity activity = PlaceActivity.find(kind, placeId);
        if (activity == null) {
            activity = new PlaceActivity();
            activity.key = new PlaceActivity.Key(kind, placeId);
            activity.lastScanAt = scannedAt;
            activity.wardCode = wardCode;
            activity.persist();
        } else if (scannedAt.isAfter(activity.lastScanAt)) {
            activity.lastScanAt = scannedAt;
            activity.wardCode = wardCode == null ? activity.wardCode : wardCode;
        } else if (activity.wardCode == null) {
            activity.wardCode = wardCode;
        }
        activity.scanCount++;
        return true;
    }

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
