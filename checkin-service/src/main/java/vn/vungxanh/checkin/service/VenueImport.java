package vn.vungxanh.checkin.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.vungxanh.checkin.Venue;
import vn.vungxanh.checkin.config.CheckinConfig;
import vn.vungxanh.checkin.rest.VenueRequest;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.common.problem.ProblemMappers;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.VenueType;

/**
 * A district's venue list in one CSV: header {@code name,type,wardCode,address,capacity,openingHours}, opening hours
 * as {@code MON-SUN 06:00-18:00; SAT 19:00-23:00}. Every row is checked first; bad rows are reported with their line
 * and reason, good rows are registered (in chunks, each with its outbox events) and kept.
 */
@ApplicationScoped
public class VenueImport {

    static final List<String> HEADER = List.of("name", "type", "wardcode", "address", "capacity", "openinghours");
    private static final int CHUNK = 500;

    @Inject
    VenueService venues;

    @Inject
    Validator validator;

    @Inject
    CheckinConfig config;

    public Result run(String csv) {
        String[] lines = csv == null ? new String[0] : csv.split("\r?\n");
        if (lines.length == 0 || !header(lines[0])) {
            throw ProblemException.invalidField("body", "the first line must be the header " + String.join(",", HEADER));
        }
        if (lines.length - 1 > config.maxImportRows()) {
            throw ProblemException.invalidField("body", "holds " + (lines.length - 1) + " rows; at most "
                    + config.maxImportRows() + " per import");
        }
        List<RowError> errors = new ArrayList<>();
        List<Venue> good = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                good.add(venue(lines[i]));
            } catch (ProblemException e) {
                var field = e.problem().errors() == null || e.problem().errors().isEmpty() ? null : e.problem().errors().get(0);
                errors.add(new RowError(i + 1, field == null ? null : field.field(), field == null ? e.getMessage() : field.message()));
            }
        }
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < good.size(); from += CHUNK) {
            List<Venue> chunk = good.subList(from, Math.min(good.size(), from + CHUNK));
            QuarkusTransaction.requiringNew().run(() -> chunk.forEach(v -> {
                venues.register(v);
                ids.add(v.id);
            }));
        }
        return new Result(ids.size(), ids, errors);
    }

    private Venue venue(String line) {
        List<String> f = Csv.fields(line);
        if (f == null || f.size() != HEADER.size()) {
            throw ProblemException.invalidField("row", "expected " + HEADER.size() + " fields: " + String.join(",", HEADER));
        }
        VenueType type;
        try {
            type = VenueType.valueOf(f.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("type", "'" + f.get(1) + "' is not a venue type");
        }
        Integer capacity;
        try {
            capacity = Integer.valueOf(f.get(4));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("capacity", "'" + f.get(4) + "' is not a number");
        }
        VenueRequest request = new VenueRequest(f.get(0), type, f.get(2), f.get(3).isEmpty() ? null : f.get(3), capacity,
                hours(f.get(5)));
        Set<ConstraintViolation<VenueRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<VenueRequest> v = violations.iterator().next();
            throw ProblemException.invalidField(ProblemMappers.fieldOf(v), v.getMessage());
        }
        Venue venue = new Venue();
        venue.id = UUID.randomUUID().toString();
        venues.apply(venue, request, "");
        return venue;
    }

    /** {@code MON-SUN 06:00-18:00; SAT 19:00-23:00}. */
    static List<OpeningHours> hours(String text) {
        List<OpeningHours> hours = new ArrayList<>();
        for (String span : text.split(";")) {
            if (span.isBlank()) {
                continue;
            }
            String[] dayAndTimes = span.strip().split("\\s+");
            String[] times = dayAndTimes.length == 2 ? dayAndTimes[1].split("-") : new String[0];
            if (times.length != 2) {
                throw ProblemException.invalidField("openingHours", "'" + span.strip() + "' is not DAYS HH:mm-HH:mm");
            }
            hours.add(new OpeningHours(dayAndTimes[0], times[0], times[1]));
        }
        return hours;
    }

    private static boolean header(String line) {
        List<String> f = Csv.fields(line.replace("\uFEFF", ""));
        return f != null && f.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    /** What an import did: venues registered (ids in row order) and rows refused. */
    public record Result(int imported, List<String> ids, List<RowError> rejected) {
    }

    /** A refused row: its line in the file (the header is line 1), the field and why. */
    public record RowError(int line, String field, String message) {
    }
}
