package vn.vungxanh.common.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.SubjectType;

/** Query parameters read by hand, so that a bad value is a 422 naming the parameter. */
public final class Params {

    private Params() {
    }

    /** An ISO-8601 timestamp with offset, or null when absent. */
    public static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not ISO-8601 with offset, e.g. 2021-08-16T07:30:00+07:00");
        }
    }

    /** A period given by {@code from} and {@code to}: both required, {@code to} after {@code from}. */
    public static void requirePeriod(Instant from, Instant to) {
        if (from == null) {
            throw ProblemException.invalidField("from", "is required: ISO-8601 with offset");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "is required: ISO-8601 with offset");
        }
        if (!to.isAfter(from)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
    }

    /** The {@code subjectType} of a query about one person: required. */
    public static void requireSubjectType(SubjectType type) {
        if (type == null) {
            throw ProblemException.invalidField("subjectType", "is required: CCCD, PHONE, PASSPORT or APP");
        }
    }
}
