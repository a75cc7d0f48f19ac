package vn.vungxanh.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void textIsQuotedWhenItMustBeNumbersAndEmptyCellsAreAsTheyAre() {
        assertEquals("\"Ngọc Lâm, \"\"chợ\"\"\",00115,6,,0.8000\r\n", CsvRows.row("Ngọc Lâm, \"chợ\"", "00115", 6,
                null, new BigDecimal("0.8000")));
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        // a name someone typed in, opened by an inspector in a spreadsheet: shown as text, never evaluated
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\r\n",
                CsvRows.row("=HYPERLINK(\"http://x\",\"click\")"));
        for (String formula : new String[] { "+1+1", "-1+1", "@SUM(A1)", "\t=1" }) {
            assertEquals("'" + formula + "\r\n", CsvRows.row(formula), formula);
        }
        assertEquals("\"'\r=1\"\r\n", CsvRows.row("\r=1"));
        assertEquals("Chợ 1=1\r\n", CsvRows.row("Chợ 1=1")); // only a leading sign is a formula
        assertEquals("-5\r\n", CsvRows.row(-5)); // a number is a number
    }
}
