package vn.vungxanh.testsupport;

/**
 * A real MariaDB server for tests: the one at 127.0.0.1:3306 (root, empty password) when it answers,
 * otherwise a private {@link MariaDbServer} started from the installed MariaDB binaries in a temporary data directory.
 * Every call of {@link #freshDatabase(String)} creates a new, empty database that is dropped when the JVM exits.
 */
public final class MariaDb {

    private static final String USER = "root";
    private static final String PASSWORD = "";
    private static final String LOCAL = "127.0.0.1";
    private static final int LOCAL_PORT = 3306;
    private static String hostPort;

    private MariaDb() {
    }

    /** JDBC URL of a new empty database whose name starts with the given prefix. */
    public static synchronized String freshDatabase(String prefix) {
        String server = server();
        String name = MariaDbServer.createDatabase(server, prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                MariaDbServer.execute(server, "DROP DATABASE IF EXISTS `" + name + "`");
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
            } else if (MariaDbServer.answers(LOCAL, LOCAL_PORT)) {
                hostPort = LOCAL + ":" + LOCAL_PORT;
            } else {
                hostPort = MariaDbServer.create().start().hostPort();
            }
        }
        return hostPort;
    }
}
