package vn.vungxanh.common.ingest;

import java.util.List;

import vn.vungxanh.common.problem.Problem;
import vn.vungxanh.common.problem.ProblemException;

/** 422: a scan refused because its signed code is forged, unknown, expired or revoked; the refusal is published. */
public class RejectedScan extends ProblemException {

    private final String reason;

    public RejectedScan(String field, String reason, String message) {
        super(new Problem("https://vungxanh.vn/problems/rejected-scan", "Rejected scan", 422,
                field + ": " + message + " (" + reason + ")", List.of(new Problem.FieldError(field, message))));
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
