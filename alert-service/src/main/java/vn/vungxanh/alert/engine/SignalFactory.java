package vn.vungxanh.alert.engine;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PlaceKind;

/** Turns a finding into the {@link AlertSignal} the alert lifecycle reads. */
final class SignalFactory {

    private final WardCatalogue catalogue;

    SignalFactory(WardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** INFO for a finding that rests on unverified claims alone (anyone can name a venue in a junk poster). */
    private AlertSignal.Severity severity(Finding f, int level) {
        return Boolean.TRUE.equals(f.evidence().get("unverified")) ? AlertSignal.Severity.INFO
                : Thresholds.severity(f.rule(), level);
    }

    AlertSignal signal(Finding f, AlertSignal.State state, String placeId, PlaceState s, int level) {
        String ward = f.wardCode() != null ? f.wardCode() : s.wardCode();
        String district = ward != null && ward.equals(s.wardCode()) && s.districtCode() != null ? s.districtCode()
                : catalogue.ward(ward).map(WardCatalogue.Ward::districtCode).orElse(s.districtCode());
        // the same finding replayed after a crash gets the same id, so the lifecycle takes it once
        String id = UUID.nameUUIDFromBytes((f.fingerprint() + "|" + state + "|" + f.triggerId())
                .getBytes(StandardCharsets.UTF_8)).toString();
        PlaceKind kind = s.kind == null ? PlaceKind.VENUE : s.kind;
        return new AlertSignal(AlertSignal.SCHEMA_VERSION, id, f.fingerprint(), f.rule(), state,
                severity(f, level), kind, placeId, s.name() != null ? s.name() : placeId, ward,
                district, f.observedAt(), f.evidence());
    }
}
