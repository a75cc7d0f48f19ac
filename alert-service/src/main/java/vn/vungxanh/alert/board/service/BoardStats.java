package vn.vungxanh.alert.board.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.vungxanh.alert.board.config.BoardConfig;
import vn.vungxanh.alert.service.EventLedger;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;

/**
 * Hourly counts behind the board's charts: check-ins per ward (accepted and rejected) and checkpoint passages per
 * decision, by local day and hour of the scan, written a polled batch at a time. Each event id is counted once.
 */
@ApplicationScoped
public class BoardStats {

    /** Passages recorded without an officer's decision. */
    public static final String NO_DECISION = "NONE";

    private final Clock clock = Clock.systemUTC();

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    WardCatalogue catalogue;

    @Inject
    BoardConfig config;

    /** Check-ins of a polled batch, each event id once, per ward and hour; in the caller's transaction. */
    public void countCheckins(List<CheckinEvent> events) throws SQLException {
        Map<List<Object>, long[]> hours = new TreeMap<>(KEY_ORDER);
        count(events, CheckinEvent::eventId, CheckinEvent::wardCode, CheckinEvent::scannedAt, (e, key) -> {
            long[] n = hours.computeIfAbsent(key, k -> new long[2]);
            n[e.accepted() ? 0 : 1]++;
        }, c -> upsert(c, """
                INSERT INTO board_hourly_scans (district_code, ward_code, day, hour, accepted, rejected)
                VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE accepted = accepted + VALUES(accepted), rejected = rejected + VALUES(rejected)
                """, hours, (s, n) -> {
                    s.setLong(5, n[0]);
                    s.setLong(6, n[1]);
                }));
    }

    /** Passages of a polled batch, each event id once, per ward, hour and decision; in the caller's transaction. */
    public void countPassages(List<PassageEvent> events) throws SQLException {
        Map<List<Object>, long[]> hours = new TreeMap<>(KEY_ORDER);
        count(events, PassageEvent::eventId, PassageEvent::wardCode, PassageEvent::scannedAt, (e, key) -> {
            List<Object> withDecision = new ArrayList<>(key);
            withDecision.add(e.decision() == null ? NO_DECISION : e.decision().name());
            hours.computeIfAbsent(withDecision, k -> new long[1])[0]++;
        }, c -> upsert(c, """
                INSERT INTO board_hourly_passages (district_code, ward_code, day, hour, decision, passages)
                VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE passages = passages + VALUES(passages)
                """, hours, (s, n) -> s.setLong(6, n[0])));
    }

    /**
     * Calls {@code add} with each event of a known ward counted for the first time and its key (district, ward,
     * local day, hour), then {@code write}, on one connection.
     */
    private <E> void count(List<E> events, Function<E, String> id, Function<E, String> wardCode,
            Function<E, Instant> scannedAt, BiConsumer<E, List<Object>> add, SqlWork write) throws SQLException {
        List<E> known = events.stream().filter(e -> catalogue.ward(wardCode.apply(e)).isPresent()).toList();
        if (known.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            Set<String> fresh = EventLedger.BOARD_COUNTED_EVENTS.recordNew(c, known.stream().map(id).toList(),
                    clock.instant());
            for (E e : known) {
                if (fresh.remove(id.apply(e))) {
                    WardCatalogue.Ward ward = catalogue.ward(wardCode.apply(e)).orElseThrow();
                    ZonedDateTime at = scannedAt.apply(e).atZone(config.zone());
                    add.accept(e, List.of(ward.districtCode(), ward.code(), at.toLocalDate(), at.getHour()));
                }
            }
            write.run(c);
        }
    }

    /** One row per key: the key's columns first (district, ward, day, hour, then any more), then the counts. */
    private static void upsert(Connection c, String sql, Map<List<Object>, long[]> rows, Counts counts)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Map.Entry<List<Object>, long[]> row : rows.entrySet()) {
                List<Object> key = row.getKey();
                for (int i = 0; i < key.size(); i++) {
                    s.setObject(i + 1, key.get(i));
                }
                counts.set(s, row.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Counts {
        void set(PreparedStatement s, long[] counts) throws SQLException;
    }

    /** Rows in key order, so that concurrent batches lock them in the same order. */
    private static final Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            @SuppressWarnings({ "unchecked", "rawtypes" })
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

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

    public record ScanHour(String wardCode, int hour, long accepted, long rejected) {
    }

    public record PassageHour(int hour, String decision, long passages) {
    }
}
