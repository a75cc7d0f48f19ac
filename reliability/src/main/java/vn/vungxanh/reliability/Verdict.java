package vn.vungxanh.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One scenario's counts and verdict: a tab-separated row in the results file, a line of the printed table. */
record Verdict(String scenario, String fault, long checkinsPosted, long checkinsAcked, long checkinsStored,
        long checkinsCounted, long passagesPosted, long passagesAcked, long passagesStored, long alertsExpected,
        long alertsOpened, long deadLettered, String verdict, double faultSeconds, double seconds, String notes) {

    private static final String[] HEADER = { "scenario", "fault", "check-ins posted", "acked", "stored", "counted",
        "passages posted", "acked", "stored", "alerts expected", "opened", "dead-lettered", "verdict", "fault s",
        "scenario s" };

    String tsv() {
        return String.join("\t", scenario, fault, str(checkinsPosted), str(checkinsAcked), str(checkinsStored),
                str(checkinsCounted), str(passagesPosted), str(passagesAcked), str(passagesStored), str(alertsExpected),
                str(alertsOpened), str(deadLettered), verdict, String.format(Locale.ROOT, "%.1f", faultSeconds),
                String.format(Locale.ROOT, "%.1f", seconds), notes.replace('\t', ' '));
    }

    private static String str(long n) {
        return Long.toString(n);
    }

    /** Prints the rows of a results file as a table with the notes of each failure below; true when all passed. */
    static boolean printTable(Path results) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        List<String> notes = new ArrayList<>();
        boolean allPass = true;
        for (String line : Files.readAllLines(results)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String[] cells = new String[HEADER.length];
            System.arraycopy(f, 0, cells, 0, HEADER.length);
            rows.add(cells);
            allPass &= "PASS".equals(f[12]);
            if (f.length > 15 && !f[15].isBlank()) {
                notes.add(f[0] + ": " + f[15]);
            }
        }
        if (rows.size() == 1) {
            System.out.println("no scenario ran");
            return false;
        }
        int[] width = new int[HEADER.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < rows.size(); n++) {
            String[] r = rows.get(n);
            out.append('|');
            for (int i = 0; i < r.length; i++) {
                boolean number = i >= 2 && i != 12 && n > 0;
                out.append(' ').append(number ? pad(r[i], width[i], true) : pad(r[i], width[i], false)).append(" |");
            }
            out.append('\n');
            if (n == 0) {
                out.append('|');
                for (int w : width) {
                    out.append('-').append("-".repeat(w)).append("-|");
                }
                out.append('\n');
            }
        }
        System.out.print(out);
        notes.forEach(n -> System.out.println("  " + n));
        System.out.println(allPass ? "all scenarios passed" : "FAILED: see the notes above");
        return allPass;
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }
}
