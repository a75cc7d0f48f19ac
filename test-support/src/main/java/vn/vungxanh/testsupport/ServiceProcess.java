package vn.vungxanh.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code java -jar <service>/target/quarkus-app/quarkus-run.jar}) started as its own process,
 * configured only by environment variables, as operators run it.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the service from its packaged jar and waits until {@code /q/health/ready} answers 200. Its heap is
     * 256 MB unless the system property {@code vx.service.heap} says otherwise (the benchmark gives it more).
     *
     * @param projectRoot the repository root
     * @param env environment variables (VX_...)
     */
    public static ServiceProcess start(Path projectRoot, String service, int port, Map<String, String> env, Path logDir)
            throws IOException, InterruptedException {
        Path jar = projectRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(service + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("vx.service.heap", "256m"), "-jar", jar.toString()))
                .directory(projectRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("VX_HTTP_PORT", Integer.toString(port));
        ServiceProcess started = new ServiceProcess(service, builder.start(), log, port);
        started.awaitReady(Duration.ofSeconds(180)); // a busy machine of two cores has taken over 90 s
        return started;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException(name + " was not ready within " + timeout + ": " + last + "; see " + log);
    }

    /**
     * Stops several services together, each asked to shut down at once and killed if still running after
     * {@code grace}: a JVM that is itself shutting down has little time, and one by one with a minute each, the last
     * would outlive it.
     */
    public static void stopAll(Duration grace, ServiceProcess... services) {
        for (ServiceProcess s : services) {
            s.process.destroy();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ServiceProcess s : services) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !s.process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    s.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                s.process.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        stopAll(Duration.ofSeconds(60), this);
    }
}
