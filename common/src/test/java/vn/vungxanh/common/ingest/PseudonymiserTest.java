package vn.vungxanh.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;

class PseudonymiserTest {

    private final Pseudonymiser pseudonymiser = new Pseudonymiser("a-test-secret-of-enough-length");

    @Test
    void samePersonWrittenDifferentlyGetsOnePseudonym() {
        Subject plain = pseudonymiser.pseudonymise(SubjectType.PHONE, "0912345678", "subject.value");
        Subject international = pseudonymiser.pseudonymise(SubjectType.PHONE, "+84 912 345 678", "subject.value");
        Subject dotted = pseudonymiser.pseudonymise(SubjectType.PHONE, "0912.345.678", "subject.value");
        assertEquals(plain, pseudonymiser.pseudonymise(SubjectType.PHONE, "(091) 234-5678", "subject.value"));
        assertEquals(plain, international);
        assertEquals(plain, dotted);
        assertEquals(pseudonymiser.pseudonymise(SubjectType.PASSPORT, "c1234567", "v"),
                pseudonymiser.pseudonymise(SubjectType.PASSPORT, "C1234567", "v"));
    }

    @Test
    void pseudonymHidesTheIdentifierAndDependsOnTheSecret() {
        Subject subject = pseudonymiser.pseudonymise(SubjectType.CCCD, "001090012345", "subject.value");
        assertFalse(subject.hash().contains("001090012345"));
        assertEquals(43, subject.hash().length());
        Subject otherSecret = new Pseudonymiser("another-secret-of-enough-length")
                .pseudonymise(SubjectType.CCCD, "001090012345", "subject.value");
        assertNotEquals(subject.hash(), otherSecret.hash());
    }

    @Test
    void sameDigitsUnderAnotherKindAreAnotherPerson() {
        assertNotEquals(pseudonymiser.pseudonymise(SubjectType.APP, "001090012345", "v").hash(),
                pseudonymiser.pseudonymise(SubjectType.CCCD, "001090012345", "v").hash());
    }

    @Test
    void malformedIdentifiersAreRefusedNamingTheField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> pseudonymiser.pseudonymise(SubjectType.CCCD, "12345", "subject.value"));
        assertEquals(422, e.problem().status());
        assertEquals("subject.value", e.problem().errors().get(0).field());
        assertThrows(ProblemException.class, () -> pseudonymiser.pseudonymise(SubjectType.PHONE, "+1 202 555 0100", "v"));
        assertThrows(ProblemException.class, () -> pseudonymiser.pseudonymise(SubjectType.APP, " ", "v"));
        assertThrows(ProblemException.class, () -> pseudonymiser.pseudonymise(SubjectType.CCCD, "00109001234a", "v"));
        assertThrows(ProblemException.class, () -> pseudonymiser.pseudonymise(SubjectType.PHONE, "09123456789", "v"));
        assertThrows(ProblemException.class, () -> pseudonymiser.pseudonymise(SubjectType.PASSPORT, "C123-567", "v"));
        assertThrows(ProblemException.class, () -> pseudonymiser.pseudonymise(SubjectType.PASSPORT, "C1234", "v"));
    }

    @Test
    void shortSecretsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Pseudonymiser("short"));
    }
}
