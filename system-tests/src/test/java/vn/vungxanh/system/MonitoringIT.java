package vn.vungxanh.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.vungxanh.deploy.Monitoring;
import vn.vungxanh.testsupport.ServiceProcess;
import vn.vungxanh.testsupport.Tokens;

/**
 * What operators scrape from the packaged services: each {@code /q/metrics} passes {@code promtool check metrics}
 * (parses, the project's own metrics lint clean),
 * and every metric the Grafana dashboard and the alerting rules of deploy/monitoring query is one the services
 * expose (or the Kafka Exporter's, or one a service registers on first use and says so).
 */
class MonitoringIT {

    private static final String PROMTOOL = "/usr/bin/promtool";
    /** Cầu Giấy (005), Nghĩa Đô: a district no other system test touches. */
    private static final String NGHIA_DO = "00157";

    private static SystemStack stack;

    @BeforeAll
    static void startServices() throws Exception {
        stack = SystemStack.get();
    }

    @Test
    void everyServiceExposesValidMetricsAndEveryMetricTheDashboardAndAlertsQuery() throws Exception {
        traffic();
        Map<String, String> scrapes = new TreeMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            for (ServiceProcess service : List.of(stack.checkin, stack.checkpoint, stack.alert)) {
                scrapes.put(service.baseUri(), given().baseUri(service.baseUri()).when().get("/q/metrics")
                        .then().statusCode(200).extract().asString());
            }
            return names(scrapes.values()).containsAll(Set.of("vx_alerts_open", "vx_ingest_events_total"));
        });
        for (Map.Entry<String, String> scrape : scrapes.entrySet()) {
            // it parses, and the project's own metrics are named and labelled as the lint wants. Left alone: the
            // lint's remarks on the libraries' metrics (Kafka clients, JVM, fault tolerance: _ns in names, camelCase
            // labels) and "no help text" on counters: the registry writes a counter's HELP and TYPE under its family
            // name (vx_ingest_events) and its samples as vx_ingest_events_total, which promtool 2.42 does not join
            List<String> problems = promtoolCheckMetrics(scrape.getValue()).lines()
                    .filter(l -> l.startsWith("error") || l.startsWith("vx_") && !l.endsWith("no help text")).toList();
            assertEquals(List.of(), problems, scrape.getKey() + "/q/metrics");
        }
        Set<String> exposed = names(scrapes.values());
        Set<String> dashboard = new TreeSet<>(Monitoring.dashboardMetrics());
        dashboard.removeAll(Monitoring.KAFKA_EXPORTER);
        dashboard.removeAll(exposed);
        assertEquals(Set.of(), dashboard, "the dashboard queries metrics no service exposes");
        Set<String> rules = new TreeSet<>(Monitoring.ruleMetrics());
        rules.removeAll(Monitoring.KAFKA_EXPORTER);
        rules.removeAll(Monitoring.ON_FIRST_USE);
        rules.removeAll(exposed);
        assertEquals(Set.of(), rules, "the alerting rules query metrics no service exposes");
    }

    /** A rejected and an accepted check-in, and an alert (a traveller with fever let through). */
    private static void traffic() {
        given().baseUri(stack.checkin.baseUri()).contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","venueQr":"not-a-poster","subject":{"type":"PHONE","value":"0912000222"},
                         "direction":"IN","scannedAt":"%s"}
                        """.formatted(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0)))
                .when().post("/api/v1/checkins").then().statusCode(greaterThanOrEqualTo(400));
        String checkpointId = given().baseUri(stack.checkpoint.baseUri()).auth().oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Chốt đường Hoàng Quốc Việt","kind":"DISTRICT_BORDER","wardCode":"%s"}
                        """.formatted(NGHIA_DO))
                .when().post("/api/v1/checkpoints").then().statusCode(201).extract().path("id");
        String device = given().baseUri(stack.checkpoint.baseUri()).auth().oauth2(Tokens.admin())
                .when().post("/api/v1/checkpoints/{id}/devices", checkpointId)
                .then().statusCode(201).extract().path("token");
        given().baseUri(stack.checkpoint.baseUri()).auth().oauth2(device).contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","subject":{"type":"CCCD","value":"001090777888"},"direction":"INBOUND",
                         "scannedAt":"%s","originProvinceCode":"31","destinationWardCode":"%s","decision":"ALLOWED",
                         "temperatureC":38.9}
                        """.formatted(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0),
                        NGHIA_DO))
                .when().post("/api/v1/passages").then().statusCode(202);
    }

    /** The sample names of Prometheus text expositions. */
    private static Set<String> names(Iterable<String> scrapes) {
        Set<String> names = new TreeSet<>();
        for (String scrape : scrapes) {
            scrape.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> names.add(l.split("[{ ]", 2)[0]));
        }
        return names;
    }

    /** promtool's complaints about an exposition (empty when it has none). */
    private static String promtoolCheckMetrics(String exposition) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PROMTOOL, "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(exposition.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes()).trim();
        assertTrue(p.waitFor() == 0 || !output.isEmpty(), "promtool failed without saying why");
        return output;
    }
}
