package vn.vungxanh.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Command-line options, {@code --name=value}; tokens from the environment (ADMIN_TOKEN, INSPECTOR_TOKEN). */
record Options(
        String scenario,
        String description,
        String checkinUrl,
        String checkpointUrl,
        String alertUrl,
        String bootstrap,
        String db,
        String adminToken,
        String inspectorToken,
        String district,
        int wardIndex,
        int events,
        int clients,
        double duringRate,
        String fault,
        Path faultLog,
        Path results,
        Duration retryFor,
        Duration settleTimeout) {

    static final String USAGE = """
            usage: reliability scenario --name=NAME --fault='command' [--name=value ...]
                   reliability table RESULTS.tsv      (prints the verdict table; exit 1 on any FAIL)
              --description=TEXT          what the fault does, for the table
              --checkin-url=http://127.0.0.1:8081 --checkpoint-url=... --alert-url=...
              --bootstrap=127.0.0.1:9092  Kafka, for the dead-letter count and consumer lag
              --db=127.0.0.1:3317         the suite's private MariaDB (root, no password)
              --district=004 --ward-index=0   the ward of the scenario's places (one ward per scenario)
              --events=600                scans posted (4 in 5 check-ins, 1 in 5 passages)
              --clients=6                 concurrent retrying clients
              --during-rate=10            scans a second posted while the fault command runs
              --fault-log=FILE            the fault command's output
              --results=FILE              the verdict row is appended here (tab-separated)
              --retry-for=PT3M            how long a client retries one scan (same event id) before giving up
              --settle-timeout=PT3M       how long to wait for consumers to catch up after the load
            """;

    static Options parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("cannot read option '" + arg + "'\n" + USAGE);
            }
            o.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String name = required(o, "name");
        return new Options(name, o.getOrDefault("description", name),
                o.getOrDefault("checkin-url", "http://127.0.0.1:8081"),
                o.getOrDefault("checkpoint-url", "http://127.0.0.1:8082"),
                o.getOrDefault("alert-url", "http://127.0.0.1:8083"),
                o.getOrDefault("bootstrap", "127.0.0.1:9092"),
                required(o, "db"),
                env("ADMIN_TOKEN"), env("INSPECTOR_TOKEN"),
                o.getOrDefault("district", "004"),
                Integer.parseInt(o.getOrDefault("ward-index", "0")),
                Integer.parseInt(o.getOrDefault("events", "600")),
                Integer.parseInt(o.getOrDefault("clients", "6")),
                Double.parseDouble(o.getOrDefault("during-rate", "10")),
                o.getOrDefault("fault", ""),
                Path.of(o.getOrDefault("fault-log", "fault-" + name + ".log")),
                Path.of(o.getOrDefault("results", "results.tsv")),
                Duration.parse(o.getOrDefault("retry-for", "PT3M")),
                Duration.parse(o.getOrDefault("settle-timeout", "PT3M")));
    }

    private static String required(Map<String, String> o, String name) {
        String value = o.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
        }
        return value;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " is required");
        }
        return value;
    }
}
