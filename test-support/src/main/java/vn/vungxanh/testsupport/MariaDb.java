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
 * A real MariaDB server for tests: the one at 127.0.0.1:3306 (root, empty password) when it answers,
 * otherwise a private server started from the installed MariaDB binaries in a temporary data directory.
 * Every call of {@link #freshDatabase(String)} creates a new, empty database that is dropped when the JVM exits.
 */
public final class MariaDb {

    private static final String USER = "root";
    private static final String PASSWORD = "";
    private static String hostPort;

    private MariaDb() {
    }

    /** JDBC URL of a new empty database whose name starts with the given prefix. */
    public static synchronized String freshDatabase(String prefix) {
        String server = server();
        String name = (prefix + "_t" + Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36)).toLowerCase(Locale.ROOT);
        execute(server, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(server, "DROP DATABASE IF EXISTS `" + name + "`");
            } catch (RuntimeException ignored) {
                // the server may already be gone
            }
        }, "drop-test-database"));
        return "jdbc:mariadb://" + server + "/" + name;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static String server() {
        if (hostPort == null) {
            String configured = System.getenv("VX_TEST_MARIADB");
            if (configured != null && !configured.isBlank()) {
                hostPort = configured;
            } else if (answers("127.0.0.1", 3306)) {
                hostPort = "127.0.0.1:3306";
            } else {
                hostPort = startPrivateServer();
            }
        }
        return hostPort;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
        } catch (IOException e) {
            return false;
        }
        try (Connection ignored = DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/", USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(String server, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + server + "/", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + server + " refused: " + sql, e);
        }
    }

    /** Starts mariadbd from the Debian package in a temporary data directory, on a free port. */
    private static String startPrivateServer() {
        Path daemon = firstExisting("/usr/sbin/mariadbd", "/usr/sbin/mysqld", "/usr/bin/mariadbd");
        Path installDb = firstExisting("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db",
                "/usr/scripts/mariadb-install-db");
        if (daemon == null || installDb == null) {
            throw new IllegalStateException("No MariaDB answers on 127.0.0.1:3306 and no MariaDB server is installed: "
                    + "install the Debian package mariadb-server (the project's .ci/run does) or set VX_TEST_MARIADB=host:port");
        }
        try {
            Path base = Files.createTempDirectory("vungxanh-mariadb");
            Path data = base.resolve("data");
            int port = freePort();
            run(List.of(installDb.toString(), "--no-defaults", "--datadir=" + data, "--user=root",
                    "--auth-root-authentication-method=normal", "--skip-test-db"), base.resolve("install.log"));
            Process server = new ProcessBuilder(daemon.toString(), "--no-defaults", "--datadir=" + data,
                    "--socket=" + base.resolve("mariadb.sock"), "--port=" + port, "--bind-address=127.0.0.1",
                    "--user=root", "--skip-grant-tables", "--pid-file=" + base.resolve("mariadb.pid"),
                    "--log-error=" + base.resolve("error.log"))
                    .redirectErrorStream(true)
                    .redirectOutput(base.resolve("server.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.destroy();
                try {
                    server.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }, "mariadb-test-server-stop"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("private MariaDB exited; see " + base.resolve("error.log"));
                }
                if (answers("127.0.0.1", port)) {
                    return "127.0.0.1:" + port;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("private MariaDB did not answer within 30 s; see " + base.resolve("error.log"));
        } catch (IOException e) {
            throw new IllegalStateException("could not start a private MariaDB", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
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
