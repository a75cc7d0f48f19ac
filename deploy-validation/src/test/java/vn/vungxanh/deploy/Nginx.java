package vn.vungxanh.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx ({@code apt-get install nginx}) run as an ordinary process of the test, never the system's service:
 * its own prefix directory for configuration, logs, pid and temporary files, in the foreground, on a free port, and
 * as an unprivileged user (nobody, through util-linux's setpriv) when the tests run as root.
 */
public final class Nginx implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final int NOBODY = 65534;

    private final Process process;
    public final Path prefix;
    public final int port;

    private Nginx(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    /** Writes the configuration of an overlay's Ingress in front of {@code upstreams}, checks it and starts nginx. */
    public static Nginx start(IngressRoutes ingress, Map<String, String> upstreams, int port) throws IOException,
            InterruptedException {
        Path prefix = Files.createTempDirectory("ingress-nginx");
        Path conf = write(prefix, NginxConfig.render(ingress, prefix, port, upstreams));
        check(prefix, conf);
        Process process = new ProcessBuilder(command(prefix, conf)).redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        Nginx nginx = new Nginx(process, prefix, port);
        nginx.awaitListening(Duration.ofSeconds(10));
        return nginx;
    }

    /** {@code nginx -t}: the configuration parses and every directive is valid; fails with nginx's own words. */
    public static void check(Path prefix, Path conf) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(command(prefix, conf));
        command.add("-t");
        Process test = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(test.getInputStream().readAllBytes());
        if (test.waitFor() != 0) {
            throw new IllegalStateException("nginx -t refuses " + conf + ":\n" + output + "\n"
                    + Files.readString(conf));
        }
    }

    private static List<String> command(Path prefix, Path conf) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(List.of(BINARY.toString(), "-p", prefix + "/", "-e", prefix.resolve("error.log").toString(),
                "-c", conf.toString()));
        return command;
    }

    /** The configuration file, in a prefix directory nginx's user may write to. */
    static Path write(Path prefix, String configuration) throws IOException {
        Files.createDirectories(prefix);
        Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxrwxrwx"));
        return Files.writeString(prefix.resolve("nginx.conf"), configuration);
    }

    private void awaitListening(Duration patience) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("nginx.out")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx does not listen on " + port);
    }

    /** The access log: one line per request, with the status. */
    public String accessLog() throws IOException {
        Path log = prefix.resolve("access.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
