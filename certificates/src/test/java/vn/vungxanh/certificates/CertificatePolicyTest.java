package vn.vungxanh.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.vungxanh.certificates.CertificatePolicy.Refusal;

class CertificatePolicyTest {

    static final Instant NOW = Instant.parse("2022-06-15T08:00:00Z");
    final CertificatePolicy policy = new CertificatePolicy(14, Duration.ofHours(72), ZoneId.of("Asia/Ho_Chi_Minh"));

    Optional<Refusal> assess(HealthCertificate.Entry entry) {
        return policy.assess(new HealthCertificate("VN", NOW, NOW.plusSeconds(1),
                new HealthCertificate.Holder("NGUYEN", "AN", "1980-05-17"), entry), NOW);
    }

    @Test
    void completeVaccinationOlderThanTheWaitingPeriodIsAccepted() {
        assertEquals(Optional.empty(), assess(new HealthCertificate.Vaccination(2, 2, LocalDate.parse("2022-06-01"))));
        assertEquals(Optional.of(Refusal.VACCINATION_TOO_RECENT), assess(new HealthCertificate.Vaccination(2, 2, LocalDate.parse("2022-06-02"))));
        assertEquals(Optional.of(Refusal.VACCINATION_INCOMPLETE), assess(new HealthCertificate.Vaccination(1, 2, LocalDate.parse("2022-01-01"))));
    }

    @Test
    void aNegativeTestCountsForSeventyTwoHours() {
        assertEquals(Optional.empty(), assess(new HealthCertificate.Test(false, NOW.minus(Duration.ofHours(71)))));
        assertEquals(Optional.of(Refusal.TEST_TOO_OLD), assess(new HealthCertificate.Test(false, NOW.minus(Duration.ofHours(73)))));
        assertEquals(Optional.of(Refusal.TEST_POSITIVE), assess(new HealthCertificate.Test(true, NOW.minus(Duration.ofHours(1)))));
        assertEquals(Optional.of(Refusal.TEST_IN_FUTURE), assess(new HealthCertificate.Test(false, NOW.plus(Duration.ofHours(1)))));
    }

    @Test
    void aRecoveryCountsWithinItsValidity() {
        assertEquals(Optional.empty(), assess(new HealthCertificate.Recovery(LocalDate.parse("2022-05-01"), LocalDate.parse("2022-06-15"))));
        assertEquals(Optional.of(Refusal.RECOVERY_NOT_VALID), assess(new HealthCertificate.Recovery(LocalDate.parse("2022-05-01"), LocalDate.parse("2022-06-14"))));
    }
}
