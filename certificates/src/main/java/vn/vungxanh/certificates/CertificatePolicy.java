package vn.vungxanh.certificates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Whether a verified certificate lets a traveller through: vaccination complete and at least {@code minDaysSinceDose}
 * days old, a negative test taken within {@code maxTestAge}, or a recovery certificate within its validity.
 * Thresholds are configuration, like the compliance rules' (a stricter level may require a fresher test).
 */
public record CertificatePolicy(int minDaysSinceDose, Duration maxTestAge, ZoneId zone) {

    public enum Refusal {
        VACCINATION_INCOMPLETE, VACCINATION_TOO_RECENT, TEST_POSITIVE, TEST_TOO_OLD, TEST_IN_FUTURE, RECOVERY_NOT_VALID
    }

    /** Empty when the certificate is accepted at {@code now}; otherwise why not. */
    public Optional<Refusal> assess(HealthCertificate certificate, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        HealthCertificate.Entry entry = certificate.entry();
        if (entry instanceof HealthCertificate.Vaccination v) {
            if (v.doseNumber() < v.totalDoses()) {
                return Optional.of(Refusal.VACCINATION_INCOMPLETE);
            }
            return v.date().plusDays(minDaysSinceDose).isAfter(today) ? Optional.of(Refusal.VACCINATION_TOO_RECENT) : Optional.empty();
        }
        if (entry instanceof HealthCertificate.Test t) {
            if (t.detected()) {
                return Optional.of(Refusal.TEST_POSITIVE);
            }
            if (t.sampleCollectedAt().isAfter(now)) {
                return Optional.of(Refusal.TEST_IN_FUTURE);
            }
            return t.sampleCollectedAt().plus(maxTestAge).isBefore(now) ? Optional.of(Refusal.TEST_TOO_OLD) : Optional.empty();
        }
        HealthCertificate.Recovery r = (HealthCertificate.Recovery) entry;
        return today.isBefore(r.validFrom()) || today.isAfter(r.validUntil()) ? Optional.of(Refusal.RECOVERY_NOT_VALID) : Optional.empty();
    }
}
