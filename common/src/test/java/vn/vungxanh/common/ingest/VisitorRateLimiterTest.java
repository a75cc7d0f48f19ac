package vn.vungxanh.common.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import vn.vungxanh.common.problem.ProblemException;

class VisitorRateLimiterTest {

    @Test
    void anAddressPastItsLimitGets429AndOtherAddressesAreNotAffected() {
        VisitorRateLimiter limiter = new VisitorRateLimiter(5);
        limiter.check("10.0.0.1", 3);
        limiter.check("10.0.0.1", 2);
        ProblemException e = assertThrows(ProblemException.class, () -> limiter.check("10.0.0.1", 1));
        assertEquals(429, e.problem().status());
        assertDoesNotThrow(() -> limiter.check("10.0.0.2", 5));
        assertThrows(ProblemException.class, () -> limiter.check("10.0.0.3", 6), "a batch counts each event");
    }
}
