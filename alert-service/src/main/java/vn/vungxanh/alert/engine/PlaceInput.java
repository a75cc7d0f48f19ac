package vn.vungxanh.alert.engine;

import vn.vungxanh.events.AlertResolvedEvent;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.CheckpointEvent;
import vn.vungxanh.events.DeviceEvent;
import vn.vungxanh.events.HeartbeatEvent;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.ShiftEvent;
import vn.vungxanh.events.VenueEvent;

/**
 * Whatever arrives for one place (venue or checkpoint), from any input topic (the lifecycle's hand resolves too): exactly one field is set, or none for
 * a registry tombstone ({@code placeId} then names the place, and {@code deviceId} the device for a device tombstone).
 */
public record PlaceInput(
        String placeId,
        String deviceId,
        Source source,
        CheckinEvent checkin,
        PassageEvent passage,
        HeartbeatEvent heartbeat,
        ShiftEvent shift,
        VenueEvent venue,
        CheckpointEvent checkpoint,
        DeviceEvent device,
        PeerRates.Verdict peer,
        AlertResolvedEvent resolved) {

    public enum Source {
        CHECKIN,
        PASSAGE,
        HEARTBEAT,
        SHIFT,
        VENUE,
        CHECKPOINT,
        DEVICE,
        /** The peers' median for an hour the venue reported its count of. */
        PEER,
        /** An inspector resolved one of the place's alerts by hand. */
        RESOLVED
    }

    public static PlaceInput checkin(String key, CheckinEvent e) {
        return new PlaceInput(e == null ? key : e.venueId(), null, Source.CHECKIN, e, null, null, null, null, null, null,
                null, null);
    }

    public static PlaceInput passage(String key, PassageEvent e) {
        return new PlaceInput(e == null ? key : e.checkpointId(), null, Source.PASSAGE, null, e, null, null, null, null,
                null, null, null);
    }

    public static PlaceInput heartbeat(String key, HeartbeatEvent e) {
        return new PlaceInput(e == null ? key : e.placeId(), null, Source.HEARTBEAT, null, null, e, null, null, null,
                null, null, null);
    }

    public static PlaceInput shift(String key, ShiftEvent e) {
        return new PlaceInput(e == null ? key : e.checkpointId(), null, Source.SHIFT, null, null, null, e, null, null,
                null, null, null);
    }

    public static PlaceInput venue(String key, VenueEvent e) {
        return new PlaceInput(key, null, Source.VENUE, null, null, null, null, e, null, null, null, null);
    }

    public static PlaceInput checkpoint(String key, CheckpointEvent e) {
        return new PlaceInput(key, null, Source.CHECKPOINT, null, null, null, null, null, e, null, null, null);
    }

    public static PlaceInput peer(String venueId, PeerRates.Verdict v) {
        return new PlaceInput(venueId, null, Source.PEER, null, null, null, null, null, null, null, v, null);
    }

    public static PlaceInput resolved(String key, AlertResolvedEvent e) {
        return new PlaceInput(e == null ? key : e.placeId(), null, Source.RESOLVED, null, null, null, null, null, null,
                null, null, e);
    }

    /** A device record; its key is {@code placeId/deviceId} (see {@link DeviceEvent#key}). */
    public static PlaceInput device(String key, DeviceEvent e) {
        if (e != null) {
            return new PlaceInput(e.placeId(), e.deviceId(), Source.DEVICE, null, null, null, null, null, null, e, null, null);
        }
        int slash = key == null ? -1 : key.lastIndexOf('/');
        String place = slash < 0 ? key : key.substring(0, slash);
        String device = slash < 0 ? null : key.substring(slash + 1);
        return new PlaceInput(place, device, Source.DEVICE, null, null, null, null, null, null, null, null, null);
    }
}
