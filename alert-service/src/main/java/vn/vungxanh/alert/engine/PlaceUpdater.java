package vn.vungxanh.alert.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.vungxanh.alert.engine.PlaceHistory.ScanCounts;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.CheckpointEvent;
import vn.vungxanh.events.DeviceEvent;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.ShiftEvent;
import vn.vungxanh.events.VenueEvent;

/**
 * Applies one input to a place's state and history, and evaluates the rules that input can trigger (at the scan's own
 * time). Inputs reach it deduplicated and within the late tolerance.
 */
final class PlaceUpdater {

    private final Thresholds thresholds;
    private final StoreHistory history;
    private final WindowRules windows;
    private final ArrivalRules arrivals;

    PlaceUpdater(Thresholds thresholds, StoreHistory history) {
        this.thresholds = thresholds;
        this.history = history;
        this.windows = new WindowRules(thresholds, history);
        this.arrivals = new ArrivalRules(thresholds);
    }

    void venue(PlaceState s, VenueEvent v, Instant now) {
        if (s.venue != null && v != null && v.version() < s.venue.version()) {
            return;
        }
        s.kind = PlaceKind.VENUE;
        s.venue = v;
        if (s.knownSince == null) {
            s.knownSince = now;
        }
    }

    void checkpoint(PlaceState s, CheckpointEvent c, Instant now) {
        if (s.checkpoint != null && c != null && c.version() < s.checkpoint.version()) {
            return;
        }
        s.kind = PlaceKind.CHECKPOINT;
        s.checkpoint = c;
        if (s.knownSince == null) {
            s.knownSince = now;
        }
    }

    void device(PlaceState s, String deviceId, DeviceEvent d, Instant now) {
        if (deviceId == null) {
            return;
        }
        if (s.kind == null && d != null) {
            s.kind = d.placeKind();
        }
        PlaceState.DeviceState ds = s.device(deviceId);
        boolean active = d != null && d.active();
        if (active && !(ds.registered && ds.active)) {
            ds.activeSince = now;
        }
        ds.registered = d != null;
        ds.active = active;
    }

    void seen(PlaceState s, String deviceId, Instant at) {
        if (deviceId != null && at != null) {
            PlaceState.DeviceState ds = s.device(deviceId);
            ds.lastSeenAt = PresenceRules.latest(ds.lastSeenAt, at);
        }
    }

    void shift(PlaceState s, ShiftEvent e) {
        s.kind = PlaceKind.CHECKPOINT;
        seen(s, e.deviceId(), e.at());
        if (s.shiftEventAt != null && e.at().isBefore(s.shiftEventAt)) {
            return;
        }
        s.shiftEventAt = e.at();
        s.shiftStartedAt = e.action() == ShiftEvent.Action.START ? e.at() : null;
    }

    List<Finding> checkin(String placeId, PlaceState s, CheckinEvent e, int level) {
        if (s.kind == null) {
            s.kind = PlaceKind.VENUE;
        }
        Instant at = e.scannedAt();
        seen(s, e.deviceId(), at);
        List<Finding> out = new ArrayList<>();
        if (e.accepted()) {
            String subject = e.subject() == null ? null : e.subject().type() + ":" + e.subject().hash();
            if (e.direction() == CheckinEvent.Direction.OUT) {
                history.checkOut(placeId, subject, at, thresholds.dwell(s.venue == null ? null : s.venue.type()));
            } else {
                history.visitBegins(placeId, subject, at);
                windows.overCapacity(placeId, s, level, at, e.eventId()).ifPresent(out::add);
            }
            s.lastScanAt = PresenceRules.latest(s.lastScanAt, at);
            s.firstScanAt = s.firstScanAt == null || at.isBefore(s.firstScanAt) ? at : s.firstScanAt;
        } else if (e.unverifiedClaim()) {
            // only claimed: not a scan of this venue, so not counted among its scans
            history.rejection(placeId, e.eventId(), at, WindowRules.unverified(e.clientKey()));
            windows.invalidQr(placeId, s, at, e.eventId()).ifPresent(out::add);
        } else {
            history.count(placeId, at, new ScanCounts(0, 0, 0, 1));
            history.rejection(placeId, e.eventId(), at, String.valueOf(e.rejectReason()));
            windows.invalidQr(placeId, s, at, e.eventId()).ifPresent(out::add);
        }
        // a temperature counts only when the venue's own scanner took it: a visitor's app can type any number
        if (e.accepted() && e.deviceId() != null && fever(e.temperatureC())) {
            history.fever(placeId, e.eventId(), at, e.temperatureC());
            windows.feverCluster(placeId, s, at, e.eventId()).ifPresent(out::add);
        }
        return out;
    }

    List<Finding> passage(String placeId, PlaceState s, PassageEvent p, ArrivalRules.Levels levels) {
        s.kind = PlaceKind.CHECKPOINT;
        Instant at = p.scannedAt();
        seen(s, p.deviceId(), at);
        s.lastScanAt = PresenceRules.latest(s.lastScanAt, at);
        history.count(placeId, at, new ScanCounts(0, 0, 1, 0));
        List<Finding> out = new ArrayList<>();
        arrivals.assess(placeId, s, p, levels).ifPresent(out::add);
        if (fever(p.temperatureC())) {
            history.fever(placeId, p.eventId(), at, p.temperatureC());
            windows.feverCluster(placeId, s, at, p.eventId()).ifPresent(out::add);
        }
        return out;
    }

    private boolean fever(BigDecimal t) {
        return t != null && t.compareTo(thresholds.config().feverCluster().feverCelsius()) >= 0;
    }
}
