package vn.vungxanh.common.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vungxanh.common.problem.Problem;

/**
 * The outcome of one event of a batch: {@code ACCEPTED} or {@code DUPLICATE}, or {@code INVALID} with the problem
 * (HTTP-like {@code status}, {@code detail}, field {@code errors}), or {@code REJECTED} with a {@code reason} when a
 * signed code was refused (the refusal itself is published).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BatchItemResult(int index, String eventId, String status, Integer problemStatus, String reason,
        String detail, List<Problem.FieldError> errors) {

    public static BatchItemResult of(int index, ScanResult result) {
        return new BatchItemResult(index, result.eventId(), result.status().name(), null, null, null, List.of());
    }

    public static BatchItemResult invalid(int index, String eventId, Problem problem) {
        String status = problem.status() == 503 ? "UNAVAILABLE" : "INVALID";
        return new BatchItemResult(index, eventId, status, problem.status(), null, problem.detail(),
                problem.errors() == null ? List.of() : problem.errors());
    }

    public static BatchItemResult rejected(int index, String eventId, String reason, Problem problem) {
        return new BatchItemResult(index, eventId, "REJECTED", problem.status(), reason, problem.detail(),
                problem.errors() == null ? List.of() : problem.errors());
    }
}
