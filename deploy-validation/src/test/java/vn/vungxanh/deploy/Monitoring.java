package vn.vungxanh.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/monitoring: the operators' alerting rules (a PrometheusRule), their promtool unit tests and the Grafana
 * dashboard, and the metric names each of them queries.
 */
public final class Monitoring {

    public static final Path DIR = Project.ROOT.resolve("deploy/monitoring");
    public static final Path RULE = DIR.resolve("prometheus-rule.yaml");
    public static final Path RULE_TESTS = DIR.resolve("prometheus-rule.test.yaml");
    public static final Path DASHBOARD = DIR.resolve("grafana-dashboard.json");
    /** The rule file name the unit tests load. */
    static final String RULE_FILE = "vungxanh.rules.yaml";
    /** Metrics of the Kafka Exporter that Strimzi runs beside the brokers, not of the services. */
    public static final Set<String> KAFKA_EXPORTER = Set.of("kafka_consumergroup_lag",
            "kafka_topic_partition_current_offset");
    /** Metrics a service registers on first use: a webhook receiver's drops (none configured in the tests). */
    public static final Set<String> ON_FIRST_USE = Set.of("vx_webhook_dropped_total");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan");

    private Monitoring() {
    }

    /** The rule groups of the PrometheusRule: what a plain Prometheus loads from a rule file. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> ruleGroups() {
        return (Map<String, Object>) Trees.map(Yaml.objects(RULE).get(0), "spec");
    }

    /** Writes the rule file and its unit tests into {@code dir}, as promtool wants them side by side. */
    static Path writeRules(Path dir) throws IOException {
        Files.writeString(dir.resolve(RULE_FILE), JSON.writeValueAsString(ruleGroups()));
        return Files.copy(RULE_TESTS, dir.resolve(RULE_TESTS.getFileName()));
    }

    static List<String> alerts() {
        List<String> alerts = new ArrayList<>();
        for (Object group : Trees.list(ruleGroups(), "groups")) {
            Trees.list(group, "rules").forEach(r -> alerts.add(Trees.string(r, "alert")));
        }
        return alerts;
    }

    /** Every metric the alerting rules query. */
    public static Set<String> ruleMetrics() {
        Set<String> names = new TreeSet<>();
        for (Object group : Trees.list(ruleGroups(), "groups")) {
            Trees.list(group, "rules").forEach(r -> names.addAll(metricNames(Trees.string(r, "expr"))));
        }
        return names;
    }

    /** Every metric the dashboard's panels query. */
    public static Set<String> dashboardMetrics() {
        Set<String> names = new TreeSet<>();
        dashboard().findValues("expr").forEach(e -> names.addAll(metricNames(e.asText())));
        return names;
    }

    static JsonNode dashboard() {
        try {
            return JSON.readTree(DASHBOARD.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(DASHBOARD + " is not valid JSON", e);
        }
    }

    /** The metric names of a PromQL expression (not its functions, label names, keywords or durations). */
    static Set<String> metricNames(String promql) {
        String bare = promql.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ")
                .replaceAll("\"[^\"]*\"", " ");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            if (!KEYWORDS.contains(m.group(1).toLowerCase())) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
