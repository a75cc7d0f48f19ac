package vn.vungxanh.alert.engine;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import vn.vungxanh.events.CheckpointEvent;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.VenueEvent;

/**
 * What the engine remembers about one place between events, in a changelogged store keyed by place id.
 * Counts over time windows live in window stores, not here, so this stays small.
 */
public class PlaceState {

    public PlaceKind kind;
    public VenueEvent venue;
    public CheckpointEvent checkpoint;
    /** When the engine first learned of the place's registry record. */
    public Instant knownSince;
    /** Latest accepted check-in (venue) or passage (checkpoint), device clock. */
    public Instant lastScanAt;
    /** Earliest accepted scan seen: how much history the venue has. */
    public Instant firstScanAt;
    /** Time of the latest shift event applied; older ones arriving late change nothing. */
    public Instant shiftEventAt;
    /** Start of the open shift at a checkpoint; null when no shift runs. */
    public Instant shiftStartedAt;
    public Map<String, DeviceState> devices = new TreeMap<>();
    /** Fingerprints that are firing, with the time they started. */
    public Map<String, Instant> firing = new TreeMap<>();
    /**
     * Fingerprints firing whose alert an inspector resolved by hand, with the time from which the condition, if it
     * still holds, opens a new alert. Cleared when the condition clears.
     */
    public Map<String, Instant> reopenAt = new TreeMap<>();
    /** Destination ward to its latest high-risk arrival through this checkpoint. */
    public Map<String, Instant> arrivals = new TreeMap<>();
    /** Start of the latest hour whose check-in rate has been judged. */
    public Instant rateJudgedHour;
    /** Start of the latest hour whose check-ins were reported to the venue's peers. */
    public Instant peerReportedHour;
    /** Start of the latest hour judged against the venue's peers. */
    public Instant peerJudgedHour;
    /**
     * Time of the latest scan whose finding held while no registry record named the place (no ward to send an alert
     * to): the windowed rules are judged again at that time when the registration arrives.
     */
    public Instant heldScanAt;
    /**
     * When the engine forgets a place that no registry record names (its latest input plus the unregistered
     * retention); null for a registered place.
     */
    public Instant forgetAt;
    /** The deadline this place is indexed under; null when none. */
    public Instant nextCheckAt;

    public static class DeviceState {
        public boolean registered;
        public boolean active;
        /** When the device became registered and active. */
        public Instant activeSince;
        /** Its latest scan or heartbeat, device clock. */
        public Instant lastSeenAt;
    }

    public String wardCode() {
        if (venue != null) {
            return venue.wardCode();
        }
        return checkpoint == null ? null : checkpoint.wardCode();
    }

    public String name() {
        if (venue != null) {
            return venue.name();
        }
        return checkpoint == null ? null : checkpoint.name();
    }

    public String districtCode() {
        if (venue != null) {
            return venue.districtCode();
        }
        return checkpoint == null ? null : checkpoint.districtCode();
    }

    public boolean registeredActive() {
        return venue != null ? venue.active() : checkpoint != null && checkpoint.active();
    }

    public DeviceState device(String deviceId) {
        return devices.computeIfAbsent(deviceId, d -> new DeviceState());
    }

    /** Whether a registry record names the place: a venue, a checkpoint, or a device registered there. */
    public boolean registered() {
        return venue != null || checkpoint != null || devices.values().stream().anyMatch(d -> d.registered);
    }

    public boolean isFiring(String fingerprint) {
        return firing.containsKey(fingerprint);
    }
}
