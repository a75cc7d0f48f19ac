package vn.vungxanh.common.rest;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Writes CSV rows for downloads (RFC 4180: comma-separated, CRLF line ends); every CSV the services write goes here. */
public final class CsvRows {

    private CsvRows() {
    }

    /**
     * One row, CRLF-terminated: numbers as they are, text quoted when it holds a comma, quote or line end, and text a
     * spreadsheet would run as a formula (starting with = + - @, tab or CR) prefixed with a single quote, so that it
     * shows as the text it is.
     */
    public static String row(Object... cells) {
        return Arrays.stream(cells).map(CsvRows::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof String raw)) {
            return String.valueOf(value);
        }
        String text = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        boolean quoted = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
