package vn.vungxanh.alert.board.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.vungxanh.alert.board.config.BoardConfig;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;

/**
 * Hourly counts behind the board's charts: check-ins per ward (accepted and rejected) and checkpoint passages per
 * decision, by local day and hour of the scan. Each event id is counted once.
 */
@ApplicationScoped
public class BoardStats {

    /** Passages recorded without an officer's decision. */
    public static final String NO_DECISION = "NONE";

    private final Clock clock = Clock.systemUTC();

    @Inject
    EntityManager em;

    @Inject
    WardCatalogue catalogue;

    @Inject
    BoardConfig config;

    @Transactional
    public void countCheckin(CheckinEvent event) {
        Optional<WardCatalogue.Ward> ward = catalogue.ward(event.wardCode());
        if (ward.isEmpty() || !firstTime(event.eventId())) {
            return;
        }
        ZonedDateTime at = event.scannedAt().atZone(config.zone());
        em.createNativeQuery("""
                INSERT INTO board_hourly_scans (district_code, ward_code, day, hour, accepted, rejected)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON DUPLICATE KEY UPDATE accepted = accepted + VALUES(accepted), rejected = rejected + VALUES(rejected)
                """)
                .setParameter(1, ward.get().districtCode()).setParameter(2, ward.get().code())
                .setParameter(3, at.toLocalDate()).setParameter(4, at.getHour())
                .setParameter(5, event.accepted() ? 1 : 0).setParameter(6, event.accepted() ? 0 : 1)
                .executeUpdate();
    }

    @Transactional
    public void countPassage(PassageEvent event) {
        Optional<WardCatalogue.Ward> ward = catalogue.ward(event.wardCode());
        if (ward.isEmpty() || !firstTime(event.eventId())) {
            return;
        }
        ZonedDateTime at = event.scannedAt().atZone(config.zone());
        String decision = event.decision() == null ? NO_DECISION : event.decision().name();
        em.createNativeQuery("""
                INSERT INTO board_hourly_passages (district_code, ward_code, day, hour, decision, passages)
                VALUES (?1, ?2, ?3, ?4, ?5, 1)
                ON DUPLICATE KEY UPDATE passages = passages + 1
                """)
                .setParameter(1, ward.get().districtCode()).setParameter(2, ward.get().code())
                .setParameter(3, at.toLocalDate()).setParameter(4, at.getHour()).setParameter(5, decision)
                .executeUpdate();
    }

    /** Check-ins of one local day in a district (or one of its wards), per ward and hour. */
    @Transactional
    public List<ScanHour> scans(String districtCode, String wardCode, LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT ward_code, hour, accepted, rejected FROM board_hourly_scans
                WHERE district_code = ?1 AND day = ?2 AND (?3 IS NULL OR ward_code = ?3)
                ORDER BY ward_code, hour
                """, Object[].class)
                .setParameter(1, districtCode).setParameter(2, day).setParameter(3, wardCode)
                .getResultList();
        return rows.stream().map(r -> new ScanHour((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    /** Passages of one local day at the checkpoints of a district (or one of its wards), per hour and decision. */
    @Transactional
    public List<PassageHour> passages(String districtCode, String wardCode, LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT hour, decision, SUM(passages) FROM board_hourly_passages
                WHERE district_code = ?1 AND day = ?2 AND (?3 IS NULL OR ward_code = ?3)
                GROUP BY hour, decision ORDER BY hour, decision
                """, Object[].class)
                .setParameter(1, districtCode).setParameter(2, day).setParameter(3, wardCode)
                .getResultList();
        return rows.stream().map(r -> new PassageHour(((Number) r[0]).intValue(), (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    /** Today in the districts' local time. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    private boolean firstTime(String eventId) {
        return em.createNativeQuery("INSERT IGNORE INTO board_counted_event (event_id, counted_at) VALUES (?1, ?2)")
                .setParameter(1, eventId).setParameter(2, clock.instant()).executeUpdate() == 1;
    }

    public record ScanHour(String wardCode, int hour, long accepted, long rejected) {
    }

    public record PassageHour(int hour, String decision, long passages) {
    }
}
