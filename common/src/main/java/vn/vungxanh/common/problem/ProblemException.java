package vn.vungxanh.common.problem;

import java.util.List;

/** Thrown by services for a request they refuse; the REST layer answers it as a problem. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 422: the input is well-formed but a field's value is not acceptable. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.invalid(422, field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not found", what + " does not exist"));
    }

    public static ProblemException forbidden(String why) {
        return new ProblemException(Problem.of(403, "Forbidden", why));
    }
}
