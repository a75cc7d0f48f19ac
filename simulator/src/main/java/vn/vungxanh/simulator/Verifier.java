package vn.vungxanh.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vungxanh.events.Rule;

/**
 * Checks that each planted misbehaviour raised the alert that must catch it and that compliant places raised none;
 * prints precision and recall per rule.
 */
final class Verifier {

    /** The largest page the alerts API serves. */
    private static final int PAGE = 200;

    private final Api api;
    private final SimulatorOptions options;
    private final World world;
    /** What the alerts API said of each alert seen: its start and evidence. */
    private final Map<String, String> details = new HashMap<>();

    Verifier(Api api, SimulatorOptions options, World world) {
        this.api = api;
        this.options = options;
        this.world = world;
    }

    /** Polls until the expectation holds or the timeout passes; prints the last result. */
    boolean verify(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Result result = evaluate();
        while (!result.passed() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10_000);
            result = evaluate();
        }
        result.print();
        result.wrong().stream().limit(10).forEach(key -> System.out.println("  not expected: " + key + " "
                + details.getOrDefault(key, "")));
        return result.passed();
    }

    Result evaluate() {
        Map<String, Misbehaviour> planted = new HashMap<>();
        world.venues().forEach(v -> planted.put(v.id(), v.planted()));
        world.checkpoints().forEach(c -> planted.put(c.id(), c.planted()));
        Set<String> raised = new HashSet<>();
        for (String district : world.districts()) {
            for (int page = 0;; page++) {
                JsonNode items = api.call("GET", options.alertUrl() + "/api/v1/alerts?districtCode=" + district
                        + "&page=" + page + "&size=" + PAGE, options.adminToken(), null).path("items");
                items.forEach(a -> {
                    String key = a.path("rule").asText() + "|"
                            + a.path(a.hasNonNull("venueId") ? "venueId" : "checkpointId").asText();
                    raised.add(key);
                    details.put(key, a.path("startsAt").asText() + " " + a.path("evidence"));
                });
                if (items.size() < PAGE) {
                    break;
                }
            }
        }
        return score(planted, raised);
    }

    /**
     * @param planted what each place was given (null: compliant)
     * @param raised alerts seen, as {@code RULE|placeId}
     */
    static Result score(Map<String, Misbehaviour> planted, Set<String> raised) {
        Map<Rule, int[]> counts = new EnumMap<>(Rule.class); // true positives, false positives, expected
        int falseOnCompliant = 0;
        List<String> wrong = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            counts.put(rule, new int[3]);
        }
        for (Map.Entry<String, Misbehaviour> place : planted.entrySet()) {
            Misbehaviour m = place.getValue();
            if (m != null) {
                m.caughtBy.forEach(rule -> {
                    counts.get(rule)[2]++;
                    if (raised.contains(rule + "|" + place.getKey())) {
                        counts.get(rule)[0]++;
                    }
                });
            }
        }
        for (String alert : raised) {
            Rule rule = Rule.valueOf(alert.substring(0, alert.indexOf('|')));
            String placeId = alert.substring(alert.indexOf('|') + 1);
            if (!planted.containsKey(placeId)) {
                continue; // a place someone else registered
            }
            Misbehaviour m = planted.get(placeId);
            if (m == null) {
                falseOnCompliant++;
                counts.get(rule)[1]++;
                wrong.add(alert);
            } else if (!m.caughtBy.contains(rule) && !m.tolerated.contains(rule)) {
                counts.get(rule)[1]++;
                wrong.add(alert);
            }
        }
        return new Result(counts, falseOnCompliant, raised.size(), wrong);
    }

    /** {@code wrong}: the alerts raised where none was expected, as {@code RULE|placeId}. */
    record Result(Map<Rule, int[]> counts, int falseOnCompliant, int alerts, List<String> wrong) {

        boolean passed() {
            return falseOnCompliant == 0 && counts.values().stream().allMatch(c -> c[0] == c[2]);
        }

        void print() {
            System.out.printf("%-20s %8s %8s %10s %7s%n", "rule", "planted", "caught", "precision", "recall");
            counts.forEach((rule, c) -> System.out.printf("%-20s %8d %8d %10s %7s%n", rule, c[2], c[0],
                    c[0] + c[1] == 0 ? "-" : String.format("%.2f", (double) c[0] / (c[0] + c[1])),
                    c[2] == 0 ? "-" : String.format("%.2f", (double) c[0] / c[2])));
            System.out.printf("alerts seen: %d; alerts on compliant places: %d; %s%n", alerts, falseOnCompliant,
                    passed() ? "PASSED" : "FAILED");
        }
    }
}
