package vn.vungxanh.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * What a benchmark measured, appended as tab-separated lines to the file named by the system property
 * {@code vx.bench.results} (the harness, bench/run.sh, reads it into one table and its plots); printed as well.
 * {@code figure} lines pair a figure with the baseline measured in the same run; {@code point} lines are the points
 * of a plotted series.
 */
public final class BenchResults {

    private BenchResults() {
    }

    /** A figure and its baseline, measured back to back in the same run; {@code command} reproduces both. */
    public static void figure(String figure, double value, String baseline, double baselineValue, String unit,
            String command) {
        System.out.printf(Locale.ROOT, "%s: %,.0f %s; %s: %,.0f; ratio %.2f%n", figure, value, unit, baseline,
                baselineValue, value / baselineValue);
        append(String.join("\t", "figure", figure, number(value), baseline, number(baselineValue), unit, command));
    }

    /** One point of a plot: {@code series} of {@code chart}, y against x. */
    public static void point(String chart, String series, double x, double y) {
        append(String.join("\t", "point", chart, series, number(x), number(y)));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static synchronized void append(String line) {
        String file = System.getProperty("vx.bench.results");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
