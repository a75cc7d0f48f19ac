package vn.vungxanh.alert.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.alert.Inspection;
import vn.vungxanh.alert.PlaceActivity;
import vn.vungxanh.alert.Venue;
import vn.vungxanh.alert.config.AlertsConfig;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.VenueType;

/** Each venue's standing: check-ins today, last scan, last measured coverage, open alerts. */
@ApplicationScoped
public class ComplianceService {

    @Inject
    Clock clock;

    @Inject
    AlertsConfig config;

    public record Standing(String venueId, String name, VenueType type, String wardCode, String districtCode,
            boolean active, long scansToday, Instant lastScanAt, BigDecimal coverage, Instant coverageMeasuredAt,
            long openAlerts) {
    }

    @Transactional
    public Page<Standing> venues(Scope scope, String districtCode, String wardCode, int page, int size) {
        String district = scope.districtFilter(districtCode);
        String ward = scope.wardFilter(wardCode);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (district != null) {
            where.add("districtCode = :district");
            params.and("district", district);
        }
        if (ward != null) {
            where.add("wardCode = :ward");
            params.and("ward", ward);
        }
        Sort order = Sort.ascending("wardCode", "name", "id");
        PanacheQuery<Venue> query = where.isEmpty() ? Venue.findAll(order)
                : Venue.find(String.join(" and ", where), order, params);
        List<Venue> venues = query.page(page, size).list();
        List<String> ids = venues.stream().map(v -> v.id).toList();
        Instant midnight = LocalDate.now(clock.withZone(config.zone())).atStartOfDay(config.zone()).toInstant();
        Map<String, Long> scans = sums("select m.key.venueId, sum(m.scans) from VenueScanMinute m"
                + " where m.key.venueId in ?1 and m.key.minute >= ?2 group by m.key.venueId", ids, midnight);
        Map<String, Long> open = sums("select a.placeId, count(a) from Alert a where a.placeId in ?1"
                + " and a.status <> ?2 and a.placeKind = ?3 group by a.placeId", ids, AlertStatus.RESOLVED,
                PlaceKind.VENUE);
        Map<String, Inspection> lastInspection = new HashMap<>();
        if (!ids.isEmpty()) {
            Inspection.<Inspection>list("venueId in ?1 order by createdAt", ids)
                    .forEach(i -> lastInspection.put(i.venueId, i));
        }
        List<Standing> items = venues.stream().map(v -> {
            PlaceActivity activity = PlaceActivity.find(PlaceKind.VENUE, v.id);
            Inspection inspection = lastInspection.get(v.id);
            return new Standing(v.id, v.name, v.type, v.wardCode, v.districtCode, v.active,
                    scans.getOrDefault(v.id, 0L), activity == null ? null : activity.lastScanAt,
                    inspection == null ? null : inspection.coverage, inspection == null ? null : inspection.createdAt,
                    open.getOrDefault(v.id, 0L));
        }).toList();
        return new Page<>(items, query.count());
    }

    static Map<String, Long> sums(String hql, List<String> ids, Object... more) {
        Map<String, Long> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Object[] params = new Object[more.length + 1];
        params[0] = ids;
        System.arraycopy(more, 0, params, 1, more.length);
        var query = Venue.getEntityManager().createQuery(hql, Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        query.getResultList().forEach(row -> result.put((String) row[0], ((Number) row[1]).longValue()));
        return result;
    }
}
