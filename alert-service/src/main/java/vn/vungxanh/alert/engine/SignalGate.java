package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import vn.vungxanh.events.AlertResolvedEvent;

/**
 * Decides which findings become signals, and keeps the place's beliefs in step: FIRING on a transition or a new
 * trigger, CLEARED when a firing rule is judged clear on the clock.
 * <ul>
 * <li>A finding that holds for a place no registry record names has no ward to send an alert to: it is held until
 * the registration arrives.</li>
 * <li>An alert resolved by hand while its condition holds: the condition is still believed firing, but nothing is
 * signalled for it (not even a repeat) until reopen-after has passed; then one FIRING opens a new alert. If the
 * condition clears first, CLEARED is signalled as usual and its return opens a new alert at once.</li>
 * </ul>
 */
final class SignalGate {

    enum Verdict {
        FIRE,
        CLEAR,
        NONE
    }

    private final Duration reopenAfter;

    SignalGate(Duration reopenAfter) {
        this.reopenAfter = reopenAfter;
    }

    Verdict judge(PlaceState s, Finding f, Instant now) {
        String fp = f.fingerprint();
        boolean firing = s.isFiring(fp);
        if (f.holds() && f.wardCode() == null) {
            s.heldScanAt = PresenceRules.latest(s.heldScanAt, f.observedAt());
            return Verdict.NONE;
        }
        Instant reopen = s.reopenAt.get(fp);
        if (f.holds() && reopen != null) {
            if (now.isBefore(reopen)) {
                return Verdict.NONE;
            }
            s.reopenAt.remove(fp);
            s.firing.put(fp, now);
            return Verdict.FIRE;
        }
        if (f.holds() && (!firing || f.trigger())) {
            s.firing.putIfAbsent(fp, f.observedAt());
            return Verdict.FIRE;
        }
        if (!f.holds() && firing && !f.trigger()) {
            // signalled even when resolved by hand: an alert opened meanwhile by a repeat must not stay open
            s.firing.remove(fp);
            s.reopenAt.remove(fp);
            return Verdict.CLEAR;
        }
        return Verdict.NONE;
    }

    /**
     * Takes note of a hand resolve. Ignored when the engine no longer believes the condition holds (it cleared, and
     * its return opens a new alert at once), or when the resolve is older than the current firing (an earlier alert's).
     *
     * @return whether the place's beliefs changed
     */
    boolean resolvedByHand(PlaceState s, AlertResolvedEvent e) {
        Instant since = s.firing.get(e.fingerprint());
        if (since == null || e.resolvedAt() == null || e.resolvedAt().isBefore(since)) {
            return false;
        }
        s.reopenAt.put(e.fingerprint(), e.resolvedAt().plus(reopenAfter));
        return true;
    }

    /** The earliest time after {@code now} at which a condition resolved by hand may open a new alert. */
    static Optional<Instant> nextReopen(PlaceState s, Instant now) {
        return s.reopenAt.values().stream().filter(t -> t.isAfter(now)).min(Instant::compareTo);
    }
}
