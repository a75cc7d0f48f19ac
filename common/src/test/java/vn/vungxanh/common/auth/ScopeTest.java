package vn.vungxanh.common.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.vungxanh.common.problem.ProblemException;

class ScopeTest {

    private final Scope admin = Scope.admin("admin:a");
    private final Scope district = Scope.inspector("004", null, "inspector:d");
    private final Scope ward = Scope.inspector("004", "00115", "inspector:w");

    @Test
    void anAdminSeesEverythingAndFiltersOnlyWhenAsked() {
        assertTrue(admin.allows("001", "00001"));
        assertNull(admin.districtFilter(null));
        assertEquals("001", admin.districtFilter("001"));
        assertNull(admin.wardFilter(null));
    }

    @Test
    void anInspectorIsHeldToTheirDistrict() {
        assertTrue(district.allows("004", "00118"));
        assertFalse(district.allows("001", "00001"));
        assertEquals("004", district.districtFilter(null));
        assertEquals("004", district.districtFilter("004"));
        assertEquals(403, assertThrows(ProblemException.class, () -> district.districtFilter("001")).problem().status());
        assertEquals(403, assertThrows(ProblemException.class, () -> district.require("001", "00001")).problem().status());
        assertNull(district.wardFilter(null));
    }

    @Test
    void anInspectorOfAWardIsHeldToTheirWard() {
        assertTrue(ward.allows("004", "00115"));
        assertFalse(ward.allows("004", "00118"));
        assertEquals("00115", ward.wardFilter(null));
        assertEquals(403, assertThrows(ProblemException.class, () -> ward.wardFilter("00118")).problem().status());
    }
}
