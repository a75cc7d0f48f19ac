package vn.vungxanh.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A private MariaDB server from the installed MariaDB binaries (the Debian package mariadb-server), in its own
 * temporary data directory on a free port of 127.0.0.1 (root, empty password). A test can {@link #stop()} it and
 * {@link #start()} it again on the same port and data directory, to see what a service does while its database is
 * away and after it is back. The server is stopped when the JVM exits.
 */
public final class MariaDbServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration INSTALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    private static final long POLL_MILLIS = 100;

    private final Path daemon;
    private final Path base;
    private final Path data;
    private final int port;
    private Process process;

    private MariaDbServer(Path daemon, Path base, int port) {
        this.daemon = daemon;
        this.base = base;
        this.data = base.resolve("data");
        this.port = port;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "mariadb-test-server-stop"));
    }

    /** A new server with an empty data directory on a free port, not started yet. */
    public static MariaDbServer create() {
        Path daemon = firstExisting("/usr/sbin/mariadbd", "/usr/sbin/mysqld", "/usr/bin/mariadbd");
        Path installDb = firstExisting("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db",
                "/usr/scripts/mariadb-install-db");
        if (daemon == null || installDb == null) {
            throw new IllegalStateException("No MariaDB server is installed: install the Debian package mariadb-server"
                    + " (the project's .ci/run does) or set VX_TEST_MARIADB=host:port");
        }
        try {
            Path base = Files.createTempDirectory("vungxanh-mariadb");
            run(List.of(installDb.toString(), "--no-defaults", "--datadir=" + base.resolve("data"), "--user=root",
                    "--auth-root-authentication-method=normal", "--skip-test-db"), base.resolve("install.log"));
            return new MariaDbServer(daemon, base, freePort());
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare a private MariaDB", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server (again) on its port and data directory and waits until it answers. */
    public synchronized MariaDbServer start() {
        if (running()) {
            return this;
        }
        try {
            process = new ProcessBuilder(daemon.toString(), "--no-defaults", "--datadir=" + data,
                    "--socket=" + base.resolve("mariadb.sock"), "--port=" + port, "--bind-address=127.0.0.1",
                    "--user=root", "--skip-grant-tables", "--pid-file=" + base.resolve("mariadb.pid"),
                    "--log-error=" + base.resolve("error.log"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("server.log").toFile()))
                    .start();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("private MariaDB exited; see " + base.resolve("error.log"));
                }
                if (answers("127.0.0.1", port)) {
                    return this;
                }
                Thread.sleep(POLL_MILLIS);
            }
            throw new IllegalStateException("private MariaDB did not answer within " + START_TIMEOUT + "; see "
                    + base.resolve("error.log"));
        } catch (IOException e) {
            throw new IllegalStateException("could not start a private MariaDB", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Shuts the server down (as its service manager would) and waits until its port refuses connections. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Instant deadline = Instant.now().plus(STOP_TIMEOUT);
            while (listening(port) && Instant.now().isBefore(deadline)) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Stops the server and starts it again, same port, same data. */
    public MariaDbServer restart() {
        stop();
        return start();
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** {@code 127.0.0.1:<port>}. */
    public String hostPort() {
        return "127.0.0.1:" + port;
    }

    /** JDBC URL of a new empty database on this server whose name starts with the given prefix. */
    public String freshDatabase(String prefix) {
        return "jdbc:mariadb://" + hostPort() + "/" + createDatabase(hostPort(), prefix);
    }

    @Override
    public void close() {
        stop();
    }

    /** Creates a new empty database on the server whose name starts with the prefix, and returns its name. */
    static String createDatabase(String server, String prefix) {
        String name = (prefix + "_t" + Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36)).toLowerCase(Locale.ROOT);
        execute(server, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return name;
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
        } catch (IOException e) {
            return false;
        }
        try (Connection ignored = DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/",
                MariaDb.user(), MariaDb.password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static void execute(String server, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + server + "/", MariaDb.user(),
                MariaDb.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + server + " refused: " + sql, e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) CONNECT_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(INSTALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed; see " + log);
        }
    }

    private static Path firstExisting(String... candidates) {
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
