package vn.vungxanh.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.MariaDb;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.ServiceProcess;
import vn.vungxanh.testsupport.Tokens;

/**
 * The three packaged services, started once for the system tests as operators run them ({@code java -jar}, configured
 * by environment variables) against the in-JVM broker and fresh databases. Silence thresholds are minutes, not
 * quarter hours, so that a short simulation sees the wall-clock rules fire.
 */
final class SystemStack {

    static final Path ROOT = Path.of(System.getProperty("vx.project.root", "..")).toAbsolutePath().normalize();

    private static SystemStack started;

    final ServiceProcess checkin;
    final ServiceProcess checkpoint;
    final ServiceProcess alert;

    private SystemStack() throws IOException, InterruptedException {
        ServiceInfrastructure.createTopics();
        Path logs = ROOT.resolve("system-tests/target/service-logs");
        checkin = ServiceProcess.start(ROOT, "checkin-service", freePort(), env("vx_sys_checkin"), logs);
        checkpoint = ServiceProcess.start(ROOT, "checkpoint-service", freePort(), env("vx_sys_checkpoint"), logs);
        Map<String, String> alertEnv = env("vx_sys_alert");
        alertEnv.put("VX_RULES_EVALUATION_INTERVAL", "5S");
        alertEnv.put("VX_RULES_SCANNING_SILENT_CROWDED", "5M,5M,5M,5M");
        alertEnv.put("VX_RULES_SCANNING_SILENT_CONVENIENCE_STORE", "5M,5M,5M,5M");
        alertEnv.put("VX_RULES_SCANNING_SILENT_OTHER", "5M,5M,5M,5M");
        alertEnv.put("VX_RULES_SCANNER_OFFLINE_AFTER", "2M");
        alertEnv.put("VX_RULES_CHECKPOINT_SILENT_AFTER", "3M,3M,3M,3M");
        alertEnv.put("VX_METRICS_OPEN_ALERTS_REFRESH", "5s");
        alert = ServiceProcess.start(ROOT, "alert-service", freePort(), alertEnv, logs);
        // within the test JVM's own exit timeout, so that no service outlives the test run
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> ServiceProcess.stopAll(Duration.ofSeconds(20), alert, checkpoint, checkin), "stop-system-under-test"));
    }

    static synchronized SystemStack get() throws IOException, InterruptedException {
        if (started == null) {
            started = new SystemStack();
        }
        return started;
    }

    private static Map<String, String> env(String database) {
        Map<String, String> env = new HashMap<>();
        env.put("VX_KAFKA_BOOTSTRAP", KafkaBroker.bootstrapServers());
        env.put("VX_DB_URL", MariaDb.freshDatabase(database));
        env.put("VX_DB_USER", MariaDb.user());
        env.put("VX_DB_PASSWORD", MariaDb.password());
        env.put("VX_JWT_PUBLIC_KEY_LOCATION", Tokens.publicKeyLocation());
        env.put("VX_JWT_ISSUER", Tokens.ISSUER);
        env.put("VX_DEVICE_JWT_ISSUER", Tokens.DEVICE_ISSUER);
        env.put("VX_DEVICE_JWT_PUBLIC_KEY_LOCATION", Tokens.devicePublicKeyLocation());
        env.put("VX_DEVICE_JWT_SIGN_KEY_LOCATION", Tokens.devicePrivateKeyLocation());
        env.put("VX_PSEUDONYM_SECRET", "system-test-secret-" + UUID.randomUUID());
        return env;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
