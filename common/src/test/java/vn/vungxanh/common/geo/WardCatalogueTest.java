package vn.vungxanh.common.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.vungxanh.common.problem.ProblemException;

class WardCatalogueTest {

    private static final WardCatalogue CATALOGUE = new WardCatalogue();

    @Test
    void holdsTheWholeOfficialCatalogue() {
        assertEquals(63, CATALOGUE.provinceCount());
        assertEquals(705, CATALOGUE.districtCount());
        assertEquals(10_599, CATALOGUE.wardCount());
    }

    @Test
    void theSeedDistrictsHaveTheirWards() {
        assertEquals(14, CATALOGUE.district("004").orElseThrow().wards().size(), "Long Biên");
        assertEquals(14, CATALOGUE.district("001").orElseThrow().wards().size(), "Ba Đình");
        assertEquals(8, CATALOGUE.district("306").orElseThrow().wards().size(), "Hải An");
        assertEquals(8, CATALOGUE.district("202").orElseThrow().wards().size(), "Ba Chẽ");
    }

    @Test
    void aWardNamesItsDistrictAndProvince() {
        WardCatalogue.Ward phucXa = CATALOGUE.requireWard("00001", "wardCode");
        assertEquals("001", phucXa.districtCode());
        assertEquals("01", phucXa.provinceCode());
        assertTrue(phucXa.name().contains("Phúc Xá"));
        assertTrue(CATALOGUE.isProvince("31"));
        assertFalse(CATALOGUE.isProvince("99"));
    }

    @Test
    void anUnknownWardIs422() {
        ProblemException e = assertThrows(ProblemException.class, () -> CATALOGUE.requireWard("99999", "wardCode"));
        assertEquals(422, e.problem().status());
        assertEquals("wardCode", e.problem().errors().get(0).field());
    }
}
