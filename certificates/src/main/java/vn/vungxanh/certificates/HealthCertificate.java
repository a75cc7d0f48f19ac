package vn.vungxanh.certificates;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A verified EU Digital COVID Certificate: the CWT's issuer and times, the holder and the one entry it certifies
 * (hcert specification: {@code nam}, {@code dob}, {@code ver} and one of {@code v}, {@code t}, {@code r}).
 */
public record HealthCertificate(String issuerCountry, Instant issuedAt, Instant expiresAt, Holder holder, Entry entry) {

    /** The standardised (ICAO 9303) names, which identify a holder across spellings, and the date of birth as written. */
    public record Holder(String familyNameStandard, String givenNameStandard, String dateOfBirth) {

        /** One string per person, to be pseudonymised like any other identifier. */
        public String key() {
            return familyNameStandard + "<<" + (givenNameStandard == null ? "" : givenNameStandard) + "|" + dateOfBirth;
        }
    }

    public sealed interface Entry permits Vaccination, Test, Recovery {
    }

    /** {@code v}: dose {@code dn} of {@code sd}, given on {@code dt}. */
    public record Vaccination(int doseNumber, int totalDoses, LocalDate date) implements Entry {
    }

    /** {@code t}: sample taken at {@code sc}; {@code tr} 260415000 is "not detected", 260373001 "detected". */
    public record Test(boolean detected, Instant sampleCollectedAt) implements Entry {
    }

    /** {@code r}: valid from {@code df} until {@code du}. */
    public record Recovery(LocalDate validFrom, LocalDate validUntil) implements Entry {
    }
}
