package vn.vungxanh.checkin.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.MariaDb;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.ServiceProcess;
import vn.vungxanh.testsupport.Tokens;

/**
 * Ingest benchmark (a plain main, run by checkin-service/bench/run.sh from the repository root): starts a Kafka
 * broker and the packaged checkin-service, then measures with wrk in one run
 * <ol>
 * <li>requests/s of POST /api/v1/checkins against a plain endpoint of the same service that reads the same JSON and
 * answers 202 ({@code /bench/baseline}, only in the build run.sh makes),</li>
 * <li>records/s of POST /api/v1/checkins/batch (500 events a request) against the raw rate of a Kafka producer
 * (300-byte records, acks=all, idempotent, one partition; once with Kafka's default batching, once with the scan
 * producer's; the better of two runs each, measured first, while the service is idle),</li>
 * </ol>
 * each path right after a warm-up of its own, and prints the ratios. Arguments: seconds per measurement (default 20),
 * connections (default 64), and {@code single} or {@code batch} to measure that path alone (no baseline, no ratio:
 * for profiling). Environment: {@code VX_STORE_CHECKINS=false} measures an ingest-only replica (the store consumer
 * runs elsewhere); by default the service also stores every check-in in MariaDB, on the same two cores.
 */
public final class IngestBench {

    private static final int WARM_UP_SECONDS = 20;
    private static final Pattern RESULT = Pattern.compile("RESULT requests=(\\d+) seconds=([\\d.]+) rps=([\\d.]+) non2xx=(\\d+)");

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        String only = args.length > 2 ? args[2] : ""; // "single" or "batch": that path alone, for profiling
        Path root = Path.of(System.getProperty("vx.project.root", ".")).toAbsolutePath().normalize();
        Path lua = root.resolve("checkin-service/bench/checkin.lua");

        ServiceInfrastructure.createTopics();
        Map<String, String> env = Map.ofEntries(Map.entry("VX_STORE_CHECKINS", System.getenv().getOrDefault("VX_STORE_CHECKINS", "true")),
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
                Map.entry("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL", "ERROR"));
        try (ServiceProcess service = ServiceProcess.start(root, "checkin-service", freePort(), env,
                root.resolve("checkin-service/target/bench-logs"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, "bench-service-stop"));
            String token = deviceToken(service.baseUri());
            String checkins = service.baseUri() + "/api/v1/checkins";

            String baselineUrl = service.baseUri() + "/bench/baseline";
            if (only.equals("single")) {
                measure(lua, checkins, token, 0, seconds, connections);
                System.exit(0);
            }
            if (only.equals("batch")) {
                measure(lua, checkins + "/batch", token, 500, seconds, 8);
                System.exit(0);
            }
            // before the service is busy: with Kafka's default batching, and with the scan producer's
            double rawDefault = Math.max(rawProducerRate(1_000_000, false), rawProducerRate(1_000_000, false));
            double raw = Math.max(rawProducerRate(1_000_000, true), rawProducerRate(1_000_000, true));
            double baseline = measure(lua, baselineUrl, token, 0, seconds, connections);
            double ingest = measure(lua, checkins, token, 0, seconds, connections);
            double batchRequests = measure(lua, checkins + "/batch", token, 500, seconds, 8);
            double batchRecords = batchRequests * 500;

            System.out.printf("%nplain 202 endpoint         %,12.0f requests/s%n", baseline);
            System.out.printf("POST /api/v1/checkins      %,12.0f requests/s   ratio %.2f%n", ingest, ingest / baseline);
            System.out.printf("raw Kafka producer, default batching        %,12.0f records/s%n", rawDefault);
            System.out.printf("raw Kafka producer, scan producer's batching %,11.0f records/s%n", raw);
            System.out.printf("POST /api/v1/checkins/batch %,11.0f records/s    ratio %.2f to the first, %.2f to the second%n",
                    batchRecords, batchRecords / rawDefault, batchRecords / raw);
        }
        System.exit(0);
    }

    /**
     * Requests per second of one path, measured right after a warm-up of the same path: long enough for the JIT to
     * have compiled it (on two cores that takes most of a minute), and close to the measurement, so that no other
     * path's work (the store consumer catching up after a batch run, say) is still going on.
     */
    private static double measure(Path lua, String url, String token, int batch, int seconds, int connections)
            throws IOException, InterruptedException {
        System.out.println("warming up " + url + "...");
        wrk(lua, url, token, batch, WARM_UP_SECONDS, connections);
        return wrk(lua, url, token, batch, seconds, connections);
    }

    /** Requests per second that wrk measured; aborts on any non-2xx answer. */
    private static double wrk(Path lua, String url, String token, int batch, int seconds, int connections)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", lua.toString(), url)).redirectErrorStream(true);
        pb.environment().put("TOKEN", token);
        pb.environment().put("BATCH", Integer.toString(batch));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(seconds + 60L, TimeUnit.SECONDS);
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no result:\n" + out);
        }
        if (Long.parseLong(m.group(4)) > 0) {
            throw new IllegalStateException(m.group(4) + " answers were not 2xx at " + url + ":\n" + out);
        }
        System.out.println(url + (batch > 0 ? " (batches of " + batch + ")" : "") + ": " + m.group(0));
        return Double.parseDouble(m.group(3));
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
