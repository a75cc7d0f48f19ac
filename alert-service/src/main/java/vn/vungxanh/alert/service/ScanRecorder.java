package vn.vungxanh.alert.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.PlaceKind;

/**
 * Records polled batches of scans in the caller's transaction, each event id once ({@code processed_event}): per
 * place its scan count, latest scan and ward ({@code place_activity}), and per venue and minute its accepted
 * check-ins in ({@code venue_scan_minute}). A few statements per batch, whatever its size: no transaction per scan.
 */
@ApplicationScoped
public class ScanRecorder {

    private static final String ACTIVITY = """
            INSERT INTO place_activity (place_kind, place_id, last_scan_at, scan_count, ward_code) VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE
              ward_code = IF(VALUES(last_scan_at) > last_scan_at, COALESCE(VALUES(ward_code), ward_code),
                             COALESCE(ward_code, VALUES(ward_code))),
              last_scan_at = GREATEST(last_scan_at, VALUES(last_scan_at)),
              scan_count = scan_count + VALUES(scan_count)
            """;
    private static final String MINUTES = "INSERT INTO venue_scan_minute (venue_id, minute, scans) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE scans = scans + VALUES(scans)";

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Accepted check-ins count toward their venue's activity; those coming in also toward its minute. */
    public void checkins(List<CheckinEvent> events) throws SQLException {
        record(events.stream().filter(e -> e.accepted() && e.venueId() != null)
                .map(e -> new Scan(PlaceKind.VENUE, e.venueId(), null, e.eventId(), e.scannedAt(),
                        e.direction() == CheckinEvent.Direction.IN))
                .toList());
    }

    /** Passages count toward their checkpoint's activity, with the ward they name. */
    public void passages(List<PassageEvent> events) throws SQLException {
        record(events.stream().map(e -> new Scan(PlaceKind.CHECKPOINT, e.checkpointId(), e.wardCode(), e.eventId(),
                e.scannedAt(), false)).toList());
    }

    private void record(List<Scan> scans) throws SQLException {
        if (scans.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            Set<String> fresh = EventLedger.PROCESSED_EVENTS.recordNew(c, scans.stream().map(Scan::eventId).toList(),
                    clock.instant());
            Map<String, Activity> places = new TreeMap<>(); // in key order: concurrent batches lock rows alike
            Map<Minute, Integer> minutes = new TreeMap<>(Minute.ORDER);
            for (Scan scan : scans) {
                if (!fresh.remove(scan.eventId())) {
                    continue; // counted before, or earlier in this batch
                }
                places.computeIfAbsent(scan.kind() + "/" + scan.placeId(), k -> new Activity(scan)).add(scan);
                if (scan.countsMinute()) {
                    minutes.merge(new Minute(scan.placeId(), scan.scannedAt().truncatedTo(ChronoUnit.MINUTES)), 1,
                            Integer::sum);
                }
            }
            writeActivity(c, places);
            writeMinutes(c, minutes);
        }
    }

    private static void writeActivity(Connection c, Map<String, Activity> places) throws SQLException {
        if (places.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(ACTIVITY)) {
            for (Activity a : places.values()) {
                s.setString(1, a.kind.name());
                s.setString(2, a.placeId);
                s.setObject(3, utc(a.lastScanAt));
                s.setLong(4, a.scans);
                s.setString(5, a.wardCode);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void writeMinutes(Connection c, Map<Minute, Integer> minutes) throws SQLException {
        if (minutes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(MINUTES)) {
            for (Map.Entry<Minute, Integer> m : minutes.entrySet()) {
                s.setString(1, m.getKey().venueId());
                s.setObject(2, utc(m.getKey().start()));
                s.setInt(3, m.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private record Scan(PlaceKind kind, String placeId, String wardCode, String eventId, Instant scannedAt,
            boolean countsMinute) {
    }

    private record Minute(String venueId, Instant start) {
        static final Comparator<Minute> ORDER = Comparator.comparing(Minute::venueId).thenComparing(Minute::start);
    }

    /** A place's new scans in one batch: how many, the latest, and the ward of the latest that names one. */
    private static final class Activity {

        final PlaceKind kind;
        final String placeId;
        Instant lastScanAt;
        String wardCode;
        long scans;

        Activity(Scan first) {
            kind = first.kind();
            placeId = first.placeId();
            lastScanAt = first.scannedAt();
        }

        void add(Scan scan) {
            scans++;
            if (!scan.scannedAt().isBefore(lastScanAt)) {
                lastScanAt = scan.scannedAt();
                wardCode = scan.wardCode() != null ? scan.wardCode() : wardCode;
            } else if (wardCode == null) {
                wardCode = scan.wardCode();
            }
        }
    }
}
