package vn.vungxanh.checkin.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.vungxanh.testsupport.BenchResults;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.MariaDb;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.ServiceProcess;
import vn.vungxanh.testsupport.Tokens;

/**
 * Ingest benchmark (a plain main, run by bench/run.sh from the repository root):
 * starts a Kafka broker and the packaged checkin-service, then measures with wrk in one run
 * <ol>
 * <li>requests/s and latency of POST /api/v1/checkins against a plain endpoint of the same service that reads the
 * same JSON and answers 202 ({@code /bench/baseline}, only in the build run.sh makes), with the same wrk parameters,
 * measured back to back in two rounds; then both at a range of connection counts (latency against load),</li>
 * <li>records/s of POST /api/v1/checkins/batch (500 events a request) against the raw rate of a Kafka producer
 * (300-byte records, acks=all, idempotent, one partition; once with Kafka's default batching, once with the scan
 * producer's; the better of two runs each, measured first, while the service is idle).</li>
 * </ol>
 * Every event id is new (checkin.lua), and every answer is counted by kind: a run with any DUPLICATE answer or any
 * error measured something else than ingest, and is refused (exit status 1). Arguments: seconds per measurement
 * (default 20), connections (default 64), and {@code single}, {@code batch} or {@code all} (default), or
 * {@code smoke}: a few seconds of each path and then a replay of the same ids, which must be refused.
 * Environment: {@code VX_STORE_CHECKINS=false} measures an ingest-only replica (the store consumer runs elsewhere);
 * by default the service also stores every check-in in MariaDB, on the same cores. {@code VX_SCAN_PRODUCER_*} reach
 * the service (the scan producer's settings), and {@code VX_BENCH_SERVICE_JAVA_OPTIONS} its JVM (say, a flight
 * recording).
 */
public final class IngestBench {

    private static final int WARM_UP_SECONDS = 20;
    private static final int BATCH = 500;
    private static final int[] LOAD_CONNECTIONS = { 4, 16, 64, 128 };
    private static final Pattern RESULT = Pattern.compile("RESULT requests=(\\d+) seconds=([\\d.]+) rps=([\\d.]+)"
            + " non2xx=(\\d+) p50ms=([\\d.]+) p99ms=([\\d.]+) accepted=(\\d+) duplicate=(\\d+) errors=(\\d+)"
            + " socket_errors=(\\d+)");
    private static final SecureRandom RUN_IDS = new SecureRandom();

    private IngestBench() {
    }

    /** What wrk measured, its answers counted by kind. */
    record Run(double rps, double p50Millis, double p99Millis, long requests, long accepted, long duplicate,
            long errors) {
    }

    /** A run that did not measure fresh scans taken: its figures must not be used. */
    static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        String mode = args.length > 2 ? args[2] : "all";
        Path root = Path.of(System.getProperty("vx.project.root", ".")).toAbsolutePath().normalize();
        Path lua = root.resolve("checkin-service/bench/checkin.lua");
        String command = "bench/run.sh ingest " + seconds + " " + connections + " " + mode;

        ServiceInfrastructure.createTopics();
        Map<String, String> env = new HashMap<>(Map.ofEntries(Map.entry("VX_STORE_CHECKINS", System.getenv().getOrDefault("VX_STORE_CHECKINS", "true")),
                Map.entry("VX_KAFKA_BOOTSTRAP", KafkaBroker.bootstrapServers()),
                Map.entry("VX_DB_URL", MariaDb.freshDatabase("vx_bench")),
                Map.entry("VX_DB_USER", MariaDb.user()),
                Map.entry("VX_DB_PASSWORD", MariaDb.password()),
                Map.entry("VX_JWT_PUBLIC_KEY_LOCATION", Tokens.publicKeyLocation()),
                Map.entry("VX_JWT_ISSUER", Tokens.ISSUER),
                Map.entry("VX_DEVICE_JWT_ISSUER", Tokens.DEVICE_ISSUER),
                Map.entry("VX_DEVICE_JWT_PUBLIC_KEY_LOCATION", Tokens.devicePublicKeyLocation()),
                Map.entry("VX_DEVICE_JWT_SIGN_KEY_LOCATION", Tokens.devicePrivateKeyLocation()),
                Map.entry("VX_PSEUDONYM_SECRET", "bench-secret-" + UUID.randomUUID()),
                Map.entry("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL", "ERROR")));
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("VX_SCAN_PRODUCER_")) {
                env.put(name, value); // the scan producer's settings, e.g. VX_SCAN_PRODUCER_LINGER_MS
            }
        });
        if (System.getenv("VX_BENCH_SERVICE_JAVA_OPTIONS") != null) { // e.g. -XX:StartFlightRecording=...
            env.put("JAVA_TOOL_OPTIONS", System.getenv("VX_BENCH_SERVICE_JAVA_OPTIONS"));
        }
        int status = 0;
        try (ServiceProcess service = ServiceProcess.start(root, "checkin-service", freePort(), env,
                root.resolve("checkin-service/target/bench-logs"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, "bench-service-stop"));
            Wrk wrk = new Wrk(lua, deviceToken(service.baseUri()));
            String single = service.baseUri() + "/api/v1/checkins";
            String plain = service.baseUri() + "/bench/baseline";
            switch (mode) {
                case "smoke" -> smoke(wrk, single, plain, seconds);
                case "single" -> single(wrk, single, plain, seconds, connections, command);
                case "batch" -> batch(wrk, single + "/batch", seconds, command);
                case "all" -> {
                    single(wrk, single, plain, seconds, connections, command);
                    batch(wrk, single + "/batch", seconds, command);
                    latencyAgainstLoad(wrk, single, plain, Math.max(5, seconds / 2));
                }
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        } catch (Refused refused) {
            System.err.println("REFUSED: " + refused.getMessage());
            status = 1;
        } catch (Exception | Error failure) {
            failure.printStackTrace();
            status = 1; // exit all the same: the broker's threads would keep this JVM alive
        }
        System.exit(status);
    }

    /** Single-scan ingest against the plain 202 endpoint: same wrk parameters, back to back, two rounds. */
    private static void single(Wrk wrk, String single, String plain, int seconds, int connections, String command)
            throws IOException, InterruptedException {
        wrk.warmUp(plain, 0, connections);
        wrk.warmUp(single, 0, connections);
        Run[] plainRuns = new Run[2];
        Run[] singleRuns = new Run[2];
        for (int round = 0; round < 2; round++) {
            plainRuns[round] = wrk.run(plain, 0, seconds, connections, null);
            singleRuns[round] = wrk.run(single, 0, seconds, connections, null);
            System.out.printf(Locale.ROOT, "round %d: single/plain = %.2f%n", round + 1,
                    singleRuns[round].rps() / plainRuns[round].rps());
        }
        double plainRps = (plainRuns[0].rps() + plainRuns[1].rps()) / 2;
        double singleRps = (singleRuns[0].rps() + singleRuns[1].rps()) / 2;
        BenchResults.figure("POST /api/v1/checkins, requests/s (" + connections + " connections)", singleRps,
                "plain 202 endpoint", plainRps, "requests/s", command);
        BenchResults.figure("POST /api/v1/checkins, p99 ms (" + connections + " connections)",
                Math.max(singleRuns[0].p99Millis(), singleRuns[1].p99Millis()), "plain 202 endpoint p99 ms",
                Math.max(plainRuns[0].p99Millis(), plainRuns[1].p99Millis()), "ms", command);
    }

    /** Batch ingest against the raw producer, with Kafka's default batching and with the scan producer's. */
    private static void batch(Wrk wrk, String url, int seconds, String command) throws Exception {
        double rawDefault = Math.max(rawProducerRate(1_000_000, false), rawProducerRate(1_000_000, false));
        double raw = Math.max(rawProducerRate(1_000_000, true), rawProducerRate(1_000_000, true));
        wrk.warmUp(url, BATCH, 8);
        double records = wrk.run(url, BATCH, seconds, 8, null).rps() * BATCH;
        BenchResults.figure("POST /api/v1/checkins/batch, events/s", records, "raw producer, default batching",
                rawDefault, "records/s", command);
        BenchResults.figure("POST /api/v1/checkins/batch, events/s", records, "raw producer, scan producer's batching",
                raw, "records/s", command);
    }

    /** Latency percentiles of both endpoints as the number of connections (the offered load) grows. */
    private static void latencyAgainstLoad(Wrk wrk, String single, String plain, int seconds)
            throws IOException, InterruptedException {
        for (int c : LOAD_CONNECTIONS) {
            Run p = wrk.run(plain, 0, seconds, c, null);
            Run s = wrk.run(single, 0, seconds, c, null);
            BenchResults.point("ingest-latency", "plain 202 p50", p.rps(), p.p50Millis());
            BenchResults.point("ingest-latency", "plain 202 p99", p.rps(), p.p99Millis());
            BenchResults.point("ingest-latency", "check-in p50", s.rps(), s.p50Millis());
            BenchResults.point("ingest-latency", "check-in p99", s.rps(), s.p99Millis());
        }
    }

    /** Seconds of each path, then the same event ids once more: the replay must be refused. */
    private static void smoke(Wrk wrk, String single, String plain, int seconds) throws IOException, InterruptedException {
        wrk.run(plain, 0, seconds, 8, null);
        long runId = RUN_IDS.nextInt() & 0xffffffffL;
        Run first = wrk.run(single, 0, seconds, 8, runId);
        wrk.run(single.replace("/checkins", "/checkins/batch"), 20, seconds, 2, null);
        try {
            wrk.run(single, 0, 1, 8, runId);
        } catch (Refused expected) {
            System.out.println("smoke: a replay of " + first.accepted() + " event ids was refused, as it must be: "
                    + expected.getMessage());
            return;
        }
        throw new IllegalStateException("smoke: a replay of the same event ids was not refused");
    }

    /** Runs wrk with checkin.lua and refuses any run that was not answered ACCEPTED throughout. */
    private record Wrk(Path lua, String token) {

        void warmUp(String url, int batch, int connections) throws IOException, InterruptedException {
            System.out.println("warming up " + url + "...");
            run(url, batch, WARM_UP_SECONDS, connections, null);
        }

        /** @param runId the event ids' prefix; null for a new one */
        Run run(String url, int batch, int seconds, int connections, Long runId)
                throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                    "--timeout", "10s", "-s", lua.toString(), url)).redirectErrorStream(true);
            pb.environment().put("TOKEN", token);
            pb.environment().put("BATCH", Integer.toString(batch));
            pb.environment().put("RUN", Long.toString(runId != null ? runId : RUN_IDS.nextInt() & 0xffffffffL));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(seconds + 60L, TimeUnit.SECONDS);
            Matcher m = RESULT.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("wrk printed no result:\n" + out);
            }
            Run r = new Run(Double.parseDouble(m.group(3)), Double.parseDouble(m.group(5)),
                    Double.parseDouble(m.group(6)), Long.parseLong(m.group(1)), Long.parseLong(m.group(7)),
                    Long.parseLong(m.group(8)), Long.parseLong(m.group(9)) + Long.parseLong(m.group(10)));
            System.out.println(url + " (" + connections + " connections" + (batch > 0 ? ", batches of " + batch : "")
                    + "): " + m.group(0));
            long expected = r.requests() * Math.max(1, batch);
            if (r.duplicate() > 0 || r.errors() > 0 || Long.parseLong(m.group(4)) > 0 || r.accepted() != expected) {
                throw new Refused(url + ": " + r.accepted() + " of " + expected + " events ACCEPTED, " + r.duplicate()
                        + " DUPLICATE, " + r.errors() + " errors: this run did not measure fresh scans being taken");
            }
            return r;
        }
    }

    /**
     * Records per second of a plain producer: 300-byte values, acks=all, idempotent, one partition; with Kafka's
     * default batching, or with the scan producer's (checkin-service application.properties).
     */
    static double rawProducerRate(int records, boolean scanProducerBatching) throws Exception {
        String topic = "vx.bench.raw." + UUID.randomUUID();
        try (var admin = KafkaBroker.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        if (scanProducerBatching) {
            props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            props.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        }
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        byte[] value = new byte[300];
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < 50_000; i++) {
                producer.send(new ProducerRecord<>(topic, "warm", value));
            }
            producer.flush();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, "venue-" + (i % 1000), value));
            }
            producer.flush();
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static String deviceToken(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String venue = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/venues"))
                .header("Authorization", "Bearer " + Tokens.admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"Chợ Ngọc Lâm","type":"MARKET","wardCode":"00118","capacity":300,
                         "openingHours":[{"days":"MON-SUN","opens":"00:00","closes":"00:00"}]}
                        """)).build(), HttpResponse.BodyHandlers.ofString()).body();
        String venueId = field(venue, "id");
        String device = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/venues/" + venueId + "/devices"))
                .header("Authorization", "Bearer " + Tokens.admin()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return field(device, "token");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
