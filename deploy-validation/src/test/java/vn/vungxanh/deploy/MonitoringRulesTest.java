package vn.vungxanh.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operators' alerting rules pass {@code promtool check rules} and their unit tests ({@code promtool test rules},
 * Debian package prometheus), every alert has a test that fires it and a runbook; the dashboard is JSON.
 */
class MonitoringRulesTest {

    private static final String PROMTOOL = "/usr/bin/promtool";

    @Test
    void theRulesAreValidAndEachAlertFiresInItsUnitTest() throws Exception {
        Path dir = Files.createTempDirectory("rules");
        Path tests = Monitoring.writeRules(dir);
        promtool(dir, "check", "rules", Monitoring.RULE_FILE);
        promtool(dir, "test", "rules", tests.getFileName().toString());

        Set<String> tested = new TreeSet<>();
        for (Object test : Trees.list(Yaml.documents(Yaml.read(Monitoring.RULE_TESTS)).get(0), "tests")) {
            for (Object check : Trees.list(test, "alert_rule_test")) {
                if (!Trees.list(check, "exp_alerts").isEmpty()) {
                    tested.add(Trees.string(check, "alertname"));
                }
            }
        }
        assertEquals(new TreeSet<>(Monitoring.alerts()), tested, "alerts without a unit test that fires them");
    }

    @Test
    void everyAlertHasARunbook() {
        String runbook = Yaml.read(Project.ROOT.resolve("deploy/README.md"));
        List<String> missing = new ArrayList<>();
        for (String alert : Monitoring.alerts()) {
            if (!runbook.contains("### " + alert + "\n")) {
                missing.add(alert);
            }
        }
        assertEquals(List.of(), missing, "deploy/README.md has no '### <alert>' runbook for these");
    }

    @Test
    void theDashboardIsJsonAndQueriesMetrics() {
        assertTrue(Monitoring.dashboard().path("panels").size() >= 5, "a dashboard with its panels");
        assertTrue(Monitoring.dashboardMetrics().contains("vx_ingest_events_total"),
                Monitoring.dashboardMetrics().toString());
        assertEquals(Set.of("http_server_requests_seconds_count", "kafka_consumergroup_lag"),
                Monitoring.metricNames("sum by (container) (rate(http_server_requests_seconds_count{status=~\"5..\"}"
                        + "[5m])) / on (x) kafka_consumergroup_lag > 0 and bool vector(1)"));
    }

    private static void promtool(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PROMTOOL));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "promtool " + String.join(" ", args) + ":\n" + output);
    }
}
