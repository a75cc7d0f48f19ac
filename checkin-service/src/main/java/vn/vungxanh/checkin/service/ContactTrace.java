package vn.vungxanh.checkin.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vungxanh.common.audit.TraceAudit;
import vn.vungxanh.common.ingest.IngestConfig;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.common.rest.Params;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.VenueType;

/**
 * Contact tracing over stored check-ins: a person's venue visits in a period (F0), the people present at the same
 * venue in overlapping time (F1), their contacts (F2), as a tree in which each person appears once, at the first
 * level they are met. A visit lasts from the check-in to the check-out scan, or the venue type's dwell time. The
 * identifier is pseudonymised as at ingest and never stored; every query is audited.
 */
@ApplicationScoped
public class ContactTrace {

    public static final int MAX_DEPTH = 3;
    /** Most people a tree holds; a larger one is cut there and marked truncated. */
    static final int MAX_PEOPLE = 2000;
    private static final Duration LONGEST_VISIT = Duration.ofHours(24);

    private static final String VISITS = "SELECT c.venue_id, v.name, v.ward_code, v.type, c.scanned_at, c.check_out_at"
            + " FROM checkin c LEFT JOIN venue v ON v.id = c.venue_id"
            + " WHERE c.subject_hash = ? AND c.subject_type = ? AND c.direction = 'IN'"
            + " AND c.scanned_at >= ? AND c.scanned_at < ? ORDER BY c.scanned_at";
    private static final String PRESENT = "SELECT subject_type, subject_hash, scanned_at, check_out_at FROM checkin"
            + " WHERE venue_id = ? AND direction = 'IN' AND scanned_at < ? AND scanned_at >= ? ORDER BY scanned_at";

    @Inject
    DataSource dataSource;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    CheckinHousekeeping housekeeping;

    @Inject
    IngestConfig ingest;

    @Inject
    TraceAudit audit;

    /** A visit: the venue and the time the person was there. */
    public record Visit(String venueId, String venueName, String venueType, String wardCode, Instant from, Instant to) {
    }

    /**
     * A person of the tree: F0 at the root; for a contact, where and when it first met the person above it.
     * {@code visits} and {@code contacts} are listed for the people whose contacts were traced (above the depth).
     */
    public record Person(String level, Subject subject, Visit metAt, List<Visit> visits, List<Person> contacts) {
    }

    public record Trace(Instant from, Instant to, int depth, int people, boolean truncated, Person root) {
    }

    public Trace trace(SubjectType type, String value, Instant from, Instant to, int depth, String askedBy) {
        Params.requireSubjectType(type);
        checkPeriod(from, to);
        if (depth < 1 || depth > MAX_DEPTH) {
            throw ProblemException.invalidField("depth", "is 1 (F1), 2 (F2) or 3");
        }
        Subject f0 = pseudonymiser.pseudonymise(type, value, "subjectValue");
        try (Connection c = dataSource.getConnection(); PreparedStatement visits = c.prepareStatement(VISITS);
                PreparedStatement present = c.prepareStatement(PRESENT)) {
            Set<Subject> seen = new HashSet<>(Set.of(f0));
            boolean truncated = false;
            Person root = new Person("F0", f0, null, new ArrayList<>(), new ArrayList<>());
            List<Person> level = List.of(root);
            for (int d = 1; d <= depth && !level.isEmpty() && !truncated; d++) {
                List<Person> next = new ArrayList<>();
                for (int i = 0; i < level.size() && !truncated; i++) { // no more queries once the tree is full
                    Person p = level.get(i);
                    p.visits().addAll(visits(visits, p.subject(), from, to));
                    for (int v = 0; v < p.visits().size() && !truncated; v++) {
                        for (Person met : presentAt(present, p.visits().get(v), "F" + d)) {
                            if (seen.size() >= MAX_PEOPLE) {
                                truncated = true;
                            } else if (seen.add(met.subject())) {
                                p.contacts().add(met);
                                next.add(met);
                            }
                        }
                    }
                }
                level = next;
            }
            Trace trace = new Trace(from, to, depth, seen.size(), truncated, root);
            audit.record(askedBy, "trace", f0, from, to, depth, seen.size());
            return trace;
        } catch (SQLException e) {
            throw new IllegalStateException("contact tracing failed", e);
        }
    }

    private List<Visit> visits(PreparedStatement s, Subject subject, Instant from, Instant to) throws SQLException {
        List<Visit> visits = new ArrayList<>();
        s.setString(1, subject.hash());
        s.setString(2, subject.type().name());
        s.setTimestamp(3, Timestamp.from(from));
        s.setTimestamp(4, Timestamp.from(to));
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Instant in = rs.getTimestamp(5).toInstant();
                visits.add(new Visit(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(3), in,
                        end(in, rs.getTimestamp(6), rs.getString(4))));
            }
        }
        return visits;
    }

    /** The people whose own visit to the venue overlaps this one, with the overlap as where they met. */
    private List<Person> presentAt(PreparedStatement s, Visit visit, String level) throws SQLException {
        List<Person> met = new ArrayList<>();
        s.setString(1, visit.venueId());
        s.setTimestamp(2, Timestamp.from(visit.to()));
        s.setTimestamp(3, Timestamp.from(visit.from().minus(LONGEST_VISIT)));
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Instant in = rs.getTimestamp(3).toInstant();
                Instant out = end(in, rs.getTimestamp(4), visit.venueType());
                if (out.isAfter(visit.from())) {
                    Visit overlap = new Visit(visit.venueId(), visit.venueName(), visit.venueType(),
                            visit.wardCode(), max(in, visit.from()), min(out, visit.to()));
                    met.add(new Person(level, new Subject(SubjectType.valueOf(rs.getString(1)), rs.getString(2)),
                            overlap, new ArrayList<>(), new ArrayList<>()));
                }
            }
        }
        return met;
    }

    /** The end of a visit: its check-out, or the dwell time of the venue's type. */
    private Instant end(Instant in, Timestamp checkOut, String venueType) {
        if (checkOut != null) {
            return checkOut.toInstant();
        }
        return in.plus(housekeeping.dwell(venueType == null ? VenueType.OTHER : VenueType.valueOf(venueType)));
    }

    private void checkPeriod(Instant from, Instant to) {
        Params.requirePeriod(from, to);
        if (Duration.between(from, to).compareTo(ingest.retention()) > 0) {
            throw ProblemException.invalidField("to", "the period is at most " + ingest.retention().toDays()
                    + " days: older check-ins are deleted");
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
