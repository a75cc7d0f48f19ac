package vn.vungxanh.checkpoint.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.vungxanh.events.PassageEvent.PermitStatus;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;

class PermitStatusTest {

    private static final Instant FROM = Instant.parse("2021-08-16T00:00:00Z");
    private static final Instant TO = Instant.parse("2021-08-17T00:00:00Z");
    private static final PermitVerifier.Claims PERMIT = new PermitVerifier.Claims("p1",
            new Subject(SubjectType.CCCD, "h"), "00118", FROM.toEpochMilli(), TO.toEpochMilli());

    @Test
    void theScanTimeAndDestinationDecide() {
        Instant during = FROM.plusSeconds(3600);
        assertEquals(PermitStatus.VALID, PermitVerifier.status(PERMIT, false, during, "00118"));
        assertEquals(PermitStatus.WRONG_ROUTE, PermitVerifier.status(PERMIT, false, during, "00001"));
        assertEquals(PermitStatus.NOT_YET_VALID, PermitVerifier.status(PERMIT, false, FROM.minusSeconds(1), "00118"));
        assertEquals(PermitStatus.EXPIRED, PermitVerifier.status(PERMIT, false, TO.plusSeconds(1), "00118"));
        assertEquals(PermitStatus.REVOKED, PermitVerifier.status(PERMIT, true, during, "00118"));
    }
}
