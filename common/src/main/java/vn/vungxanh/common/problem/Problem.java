package vn.vungxanh.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param errors for bad input: which field was wrong and why
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    public static Problem invalid(int status, String detail, List<FieldError> errors) {
        return new Problem("https://vungxanh.vn/problems/invalid-input", status == 400 ? "Malformed request" : "Invalid input",
                status, detail, errors);
    }

    public record FieldError(String field, String message) {
    }
}
