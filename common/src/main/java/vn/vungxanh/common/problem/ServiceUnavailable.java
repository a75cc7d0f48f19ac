package vn.vungxanh.common.problem;

/** 503 with Retry-After: something the request depends on is away for a moment; nothing was accepted. */
public class ServiceUnavailable extends ProblemException {

    private final int retryAfterSeconds;

    public ServiceUnavailable(String detail, int retryAfterSeconds, Throwable cause) {
        super(Problem.of(503, "Service unavailable", detail));
        this.retryAfterSeconds = retryAfterSeconds;
        initCause(cause);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
