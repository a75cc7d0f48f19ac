package vn.vungxanh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @TempDir
    Path dir;

    @Test
    void aRunBecomesATableWithRatiosAndAPlotInsideTheGeneratedPartOfThePage() throws Exception {
        Path results = dir.resolve("results.tsv");
        Files.writeString(results, """
                figure\tPOST /api/v1/checkins\t18000\tplain 202 endpoint\t24000\trequests/s\tbench/run.sh
                point\tingest-latency\tcheck-in p99\t9000\t4.5
                point\tingest-latency\tcheck-in p99\t18000\t12.0
                """);
        Path page = dir.resolve("docs/BENCHMARKS.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "# Benchmarks\n\n" + BenchReport.BEGIN + "\nold table\n" + BenchReport.END + "\n\nafter\n");

        BenchReport.main(new String[] { results.toString(), page.toString(), "Run of today" });

        String text = Files.readString(page);
        assertTrue(text.contains("| POST /api/v1/checkins | 18,000 requests/s | plain 202 endpoint | 24,000 | **0.75** |"),
                text);
        assertTrue(text.contains("![ingest-latency](bench/ingest-latency.png)"), text);
        assertTrue(text.startsWith("# Benchmarks\n\n") && text.endsWith("\n\nafter\n") && !text.contains("old table"),
                text);
        assertTrue(Files.size(dir.resolve("docs/bench/ingest-latency.png")) > 1000);
    }

    @Test
    void pointsAreGroupedByChartAndSeries() throws Exception {
        Path results = dir.resolve("r.tsv");
        Files.writeString(results, "point\ta\ts1\t1\t2\npoint\ta\ts2\t1\t3\npoint\tb\ts1\t1\t4\n");
        List<BenchReport.Figure> figures = new ArrayList<>();
        List<BenchReport.Point> points = new ArrayList<>();
        BenchReport.read(results, figures, points);
        assertEquals(List.of("a", "b"), BenchReport.plot(points, dir));
    }
}
