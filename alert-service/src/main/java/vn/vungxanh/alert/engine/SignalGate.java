package vn.vungxanh.alert.engine;

import java.time.Instant;

/**
 * Decides which findings become signals, and keeps the place's beliefs in step: FIRING on a transition or a new
 * trigger, CLEARED when a firing rule is judged clear on the clock. A finding that holds for a place no registry
 * record names has no ward to send an alert to: it is held until the registration arrives.
 */
final class SignalGate {

    enum Verdict {
        FIRE,
        CLEAR,
        NONE
    }

    Verdict judge(PlaceState s, Finding f, Instant now) {
        String fp = f.fingerprint();
        boolean firing = s.isFiring(fp);
        if (f.holds() && f.wardCode() == null) {
            s.heldScanAt = PresenceRules.latest(s.heldScanAt, f.observedAt());
            return Verdict.NONE;
        }
        if (f.holds() && (!firing || f.trigger())) {
            s.firing.putIfAbsent(fp, f.observedAt());
            return Verdict.FIRE;
        }
        if (!f.holds() && firing && !f.trigger()) {
            s.firing.remove(fp);
            return Verdict.CLEAR;
        }
        return Verdict.NONE;
    }
}
