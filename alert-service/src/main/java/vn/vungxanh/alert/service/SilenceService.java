package vn.vungxanh.alert.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.vungxanh.alert.Alert;
import vn.vungxanh.alert.AlertHistory.Action;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.Silence;
import vn.vungxanh.alert.Venue;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;

/** Creates and removes silences; the open alerts they cover are marked at once, with a history entry. */
@ApplicationScoped
public class SilenceService {

    @Inject
    Clock clock;

    @Inject
    WardCatalogue catalogue;

    @Inject
    AlertRecorder recorder;

    public record Draft(String venueId, String wardCode, Rule rule, Instant startsAt, Instant endsAt, String comment) {
    }

    @Transactional
    public SilenceView create(Scope scope, Draft draft) {
        Instant now = clock.instant();
        Instant startsAt = draft.startsAt() == null ? now : draft.startsAt();
        if (!draft.endsAt().isAfter(startsAt)) {
            throw ProblemException.invalidField("endsAt", "must be after startsAt");
        }
        Silence silence = new Silence();
        silence.id = UUID.randomUUID().toString();
        silence.venueId = draft.venueId();
        silence.wardCode = draft.wardCode();
        silence.rule = draft.rule();
        silence.districtCode = districtOf(scope, draft);
        requireInScope(scope, draft, silence.districtCode);
        silence.startsAt = startsAt;
        silence.endsAt = draft.endsAt();
        silence.comment = draft.comment();
        silence.createdBy = scope.actor();
        silence.createdAt = now;
        silence.persist();
        if (!startsAt.isAfter(now)) {
            for (Alert alert : openAlertsCoveredBy(silence)) {
                Alert locked = Alert.lockById(alert.id);
                locked.silenced = true;
                recorder.history(locked, scope.actor(), Action.SILENCED, locked.status,
                        "silence " + silence.id + " until " + silence.endsAt + ": " + silence.comment);
                recorder.announce(locked, Action.SILENCED, false);
            }
        }
        return view(silence, now);
    }

    @Transactional
    public void delete(Scope scope, String id) {
        Silence silence = Silence.findById(id);
        if (silence == null) {
            throw ProblemException.notFound("silence " + id);
        }
        scope.requireVisible(silence.districtCode, wardOf(silence), "silence " + id);
        List<Alert> covered = openAlertsCoveredBy(silence);
        silence.delete();
        Silence.flush();
        Instant now = clock.instant();
        for (Alert alert : covered) {
            Alert locked = Alert.lockById(alert.id);
            if (locked.silenced && Silence.matching(locked, now).isEmpty()) {
                locked.silenced = false;
                recorder.history(locked, scope.actor(), Action.UPDATED, locked.status,
                        "silence " + id + " removed; notifications resume");
                recorder.announce(locked, Action.UPDATED, false);
            }
        }
    }

    @Transactional
    public Page<SilenceView> list(Scope scope, String districtCode, int page, int size) {
        String district = scope.districtFilter(districtCode);
        String ward = scope.wardFilter(null);
        Sort newestFirst = Sort.descending("createdAt", "id");
        var query = district == null ? Silence.<Silence>findAll(newestFirst)
                : ward == null ? Silence.<Silence>find("districtCode", newestFirst, district)
                : Silence.<Silence>find("districtCode = :district and (wardCode = :ward or (wardCode is null"
                        + " and venueId in (select v.id from Venue v where v.wardCode = :ward)))", newestFirst,
                        Parameters.with("district", district).and("ward", ward));
        Instant now = clock.instant();
        List<SilenceView> items = query.page(page, size).list().stream()
                .filter(s -> scope.allows(s.districtCode, wardOf(s)))
                .map(s -> view(s, now)).toList();
        return new Page<>(items, query.count());
    }

    /**
     * 403 unless everything the silence would cover is in the caller's scope: its ward, and the venue's own ward; a
     * silence naming neither ward nor registered venue covers the whole district, which a ward-bound inspector may
     * not silence.
     */
    private static void requireInScope(Scope scope, Draft draft, String districtCode) {
        Venue venue = draft.venueId() == null ? null : Venue.findById(draft.venueId());
        if (venue != null) {
            scope.require(venue.districtCode, venue.wardCode);
        }
        if (draft.wardCode() != null || venue == null) {
            scope.require(districtCode, draft.wardCode());
        }
    }

    /** The ward a silence covers: its own, or its venue's; null when it covers a whole district. */
    private static String wardOf(Silence silence) {
        if (silence.wardCode != null || silence.venueId == null) {
            return silence.wardCode;
        }
        Venue venue = Venue.findById(silence.venueId);
        return venue == null ? null : venue.wardCode;
    }

    private String districtOf(Scope scope, Draft draft) {
        if (draft.wardCode() != null) {
            return catalogue.requireWard(draft.wardCode(), "wardCode").districtCode();
        }
        if (draft.venueId() != null) {
            Venue venue = Venue.findById(draft.venueId());
            if (venue != null) {
                return venue.districtCode;
            }
        }
        if (scope.district() != null) {
            return scope.district();
        }
        throw ProblemException.invalidField("wardCode", "is required when the venue is not registered");
    }

    private static List<Alert> openAlertsCoveredBy(Silence s) {
        StringBuilder where = new StringBuilder("districtCode = :district and status <> :resolved");
        Parameters params = Parameters.with("district", s.districtCode).and("resolved", AlertStatus.RESOLVED);
        if (s.venueId != null) {
            where.append(" and placeKind = :venueKind and placeId = :venue");
            params.and("venueKind", PlaceKind.VENUE).and("venue", s.venueId);
        }
        if (s.wardCode != null) {
            where.append(" and wardCode = :ward");
            params.and("ward", s.wardCode);
        }
        if (s.rule != null) {
            where.append(" and rule = :rule");
            params.and("rule", s.rule);
        }
        return Alert.<Alert>find(where.toString(), params).list();
    }

    private static SilenceView view(Silence s, Instant now) {
        return new SilenceView(s.id, s.venueId, s.wardCode, s.rule, s.districtCode, s.startsAt, s.endsAt, s.comment,
                s.createdBy, s.createdAt, !s.startsAt.isAfter(now) && s.endsAt.isAfter(now));
    }
}
