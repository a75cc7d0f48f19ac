package vn.vungxanh.certificates;

import java.util.Optional;

/** What verification found: the status, a human-readable detail, and the certificate when it is {@link Status#VALID}. */
public record Verdict(Status status, String detail, Optional<HealthCertificate> certificate) {

    static Verdict failed(Status status, String detail) {
        return new Verdict(status, detail, Optional.empty());
    }

    static Verdict valid(HealthCertificate certificate) {
        return new Verdict(Status.VALID, "signature, validity and content verified", Optional.of(certificate));
    }

    public boolean valid() {
        return status == Status.VALID;
    }
}
