package vn.vungxanh.alert.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.vungxanh.alert.Venue;
import vn.vungxanh.alert.WardLevel;
import vn.vungxanh.alert.config.AlertsConfig;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.problem.ProblemException;

/** The ward-by-ward daily report a district sends up: venues, check-ins, alerts and inspections of one local day. */
@ApplicationScoped
public class DailyReportService {

    @Inject
    Clock clock;

    @Inject
    AlertsConfig config;

    @Inject
    WardCatalogue catalogue;

    public record WardRow(String wardCode, String wardName, int level, long venues, long activeVenues,
            long venuesScanning, long scans, long alertsOpened, long alertsResolved, long alertsOpenAtEnd,
            long inspections, long lowCoverageInspections, BigDecimal averageCoverage) {
    }

    public record Report(String districtCode, String districtName, LocalDate date, String timeZone, Instant from,
            Instant to, List<WardRow> wards) {
    }

    @Transactional
    public Report daily(Scope scope, String districtCode, LocalDate requestedDate) {
        String district = scope.districtFilter(districtCode);
        if (district == null) {
            throw ProblemException.invalidField("districtCode", "is required");
        }
        WardCatalogue.District unit = catalogue.district(district)
                .orElseThrow(() -> ProblemException.invalidField("districtCode", "is not a district code of the official catalogue"));
        LocalDate date = requestedDate != null ? requestedDate : LocalDate.now(clock.withZone(config.zone()));
        Instant from = date.atStartOfDay(config.zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(config.zone()).toInstant();

        Map<String, Long> venues = grouped("select v.wardCode, count(v) from Venue v where v.districtCode = ?1"
                + " group by v.wardCode", district);
        Map<String, Long> active = grouped("select v.wardCode, count(v) from Venue v where v.districtCode = ?1"
                + " and v.active = true group by v.wardCode", district);
        String scansJoin = " from VenueScanMinute m, Venue v where v.id = m.key.venueId and v.districtCode = ?1"
                + " and m.key.minute >= ?2 and m.key.minute < ?3 group by v.wardCode";
        Map<String, Long> scans = grouped("select v.wardCode, sum(m.scans)" + scansJoin, district, from, to);
        Map<String, Long> scanning = grouped("select v.wardCode, count(distinct v.id)" + scansJoin, district, from, to);
        Map<String, Long> opened = grouped("select a.wardCode, count(a) from Alert a where a.districtCode = ?1"
                + " and a.startsAt >= ?2 and a.startsAt < ?3 group by a.wardCode", district, from, to);
        Map<String, Long> resolved = grouped("select a.wardCode, count(a) from Alert a where a.districtCode = ?1"
                + " and a.resolvedAt >= ?2 and a.resolvedAt < ?3 group by a.wardCode", district, from, to);
        Map<String, Long> openAtEnd = grouped("select a.wardCode, count(a) from Alert a where a.districtCode = ?1"
                + " and a.startsAt < ?2 and (a.resolvedAt is null or a.resolvedAt >= ?2) group by a.wardCode",
                district, to);
        String inspected = " from Inspection i where i.districtCode = ?1 and i.createdAt >= ?2 and i.createdAt < ?3";
        Map<String, Long> inspections = grouped("select i.wardCode, count(i)" + inspected + " group by i.wardCode",
                district, from, to);
        Map<String, Long> low = grouped("select i.wardCode, count(i)" + inspected
                + " and i.coverage < i.requiredCoverage group by i.wardCode", district, from, to);
        Map<String, BigDecimal> coverage = new HashMap<>();
        query("select i.wardCode, avg(i.coverage)" + inspected + " group by i.wardCode", district, from, to)
                .forEach(row -> coverage.put((String) row[0], BigDecimal.valueOf(((Number) row[1]).doubleValue())
                        .setScale(InspectionService.SCALE, RoundingMode.HALF_UP)));

        List<WardRow> rows = unit.wards().stream()
                .filter(w -> scope.allows(district, w.code()))
                .map(w -> new WardRow(w.code(), w.name(), WardLevel.levelOf(w.code()), venues.getOrDefault(w.code(), 0L),
                        active.getOrDefault(w.code(), 0L), scanning.getOrDefault(w.code(), 0L),
                        scans.getOrDefault(w.code(), 0L), opened.getOrDefault(w.code(), 0L),
                        resolved.getOrDefault(w.code(), 0L), openAtEnd.getOrDefault(w.code(), 0L),
                        inspections.getOrDefault(w.code(), 0L), low.getOrDefault(w.code(), 0L),
                        coverage.get(w.code())))
                .toList();
        return new Report(district, unit.name(), date, config.zone().getId(), from, to, rows);
    }

    private static Map<String, Long> grouped(String hql, Object... params) {
        Map<String, Long> result = new HashMap<>();
        query(hql, params).forEach(row -> result.put((String) row[0], row[1] == null ? 0 : ((Number) row[1]).longValue()));
        return result;
    }

    private static List<Object[]> query(String hql, Object... params) {
        var query = Venue.getEntityManager().createQuery(hql, Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }
}
