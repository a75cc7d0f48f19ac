package vn.vungxanh.checkin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import vn.vungxanh.common.ingest.SubjectInput;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.SubjectType;

/** The ingest path skips the validator for a plainly valid scan: that must be exactly when the validator finds nothing. */
class CheckinRequestValidityTest {

    @Test
    void plainlyValidExactlyWhenTheValidatorFindsNoViolation() {
        UUID[] eventIds = {null, UUID.randomUUID()};
        String[] venueQrs = {null, "", "x".repeat(4096), "x".repeat(4097)};
        SubjectInput[] subjects = {null, new SubjectInput(null, "001090012345"), new SubjectInput(SubjectType.CCCD, null),
                new SubjectInput(SubjectType.CCCD, ""), new SubjectInput(SubjectType.CCCD, " \t"),
                new SubjectInput(SubjectType.PHONE, "\u2003"), new SubjectInput(SubjectType.CCCD, "\u0001"),
                new SubjectInput(SubjectType.CCCD, "001090012345")};
        CheckinEvent.Direction[] directions = {null, CheckinEvent.Direction.IN};
        OffsetDateTime[] times = {null, OffsetDateTime.now()};
        BigDecimal[] temperatures = Arrays.stream(new String[] {null, "29.99", "30.0", "30", "36.6", "45.00", "45.01", "-40"})
                .map(t -> t == null ? null : new BigDecimal(t)).toArray(BigDecimal[]::new);
        int valid = 0;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (UUID eventId : eventIds) {
                for (String venueQr : venueQrs) {
                    for (SubjectInput subject : subjects) {
                        for (CheckinEvent.Direction direction : directions) {
                            for (OffsetDateTime time : times) {
                                for (BigDecimal temperature : temperatures) {
                                    CheckinRequest request = new CheckinRequest(eventId, venueQr, subject, direction, time,
                                            temperature);
                                    boolean none = validator.validate(request).isEmpty();
                                    assertEquals(none, request.plainlyValid(), request::toString);
                                    valid += none ? 1 : 0;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertEquals(3 * 2 * 5, valid, "valid: 3 poster payloads x 2 subjects (\\u0001 is not blank) x 5 temperatures");
    }
}
