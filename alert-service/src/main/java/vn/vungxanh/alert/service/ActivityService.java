package vn.vungxanh.alert.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.vungxanh.alert.PlaceActivity;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.alert.ProcessedEvent;

/** Records scans per place, counting each event id once, and keeping the latest scan time. */
@ApplicationScoped
public class ActivityService {

    @Inject
    Clock clock;

    /** @return false when the event id was already counted */
    @Transactional
    public boolean record(PlaceKind kind, String placeId, String eventId, Instant scannedAt) {
        if (!ProcessedEvent.firstTime(eventId, clock.instant())) {
            return false;
        }

        PlaceActivity activity = PlaceActivity.find(kind, placeId);
        if (activity == null) {
            activity = new PlaceActivity();
            activity.key = new PlaceActivity.Key(kind, placeId);
            activity.lastScanAt = scannedAt;
            activity.persist();
        } else if (scannedAt.isAfter(activity.lastScanAt)) {
            activity.lastScanAt = scannedAt;
        }
        activity.scanCount++;
        return true;
    }

    @Transactional
    public PlaceActivity find(PlaceKind kind, String placeId) {
        return PlaceActivity.find(kind, placeId);
    }
}
