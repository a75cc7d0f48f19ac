package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A service's connection settings against the Kafka and MariaDB resources of the manifests. */
final class Wiring {

    static final String PRIMARY = "-primary";

    private Wiring() {
    }

    static void check(Manifests manifests, String where, Map<String, String> env, List<String> violations) {
        kafka(manifests, where, env.get("VX_KAFKA_BOOTSTRAP"), violations);
        if (env.containsKey("VX_DB_URL")) {
            database(manifests, where, env, violations);
        }
    }

    private static void kafka(Manifests manifests, String where, String bootstrap, List<String> violations) {
        if (bootstrap == null) {
            violations.add(where + "no VX_KAFKA_BOOTSTRAP");
            return;
        }
        String[] hostPort = bootstrap.split(":");
        String cluster = hostPort[0].replaceFirst("-kafka-bootstrap$", "");
        GenericKubernetesResource kafka = manifests.custom("Kafka", cluster).orElse(null);
        boolean listener = kafka != null && hostPort.length == 2 && kafka.<List<Map<String, Object>>>get("spec",
                "kafka", "listeners").stream().anyMatch(l -> hostPort[1].equals(String.valueOf(l.get("port"))));
        if (!listener) {
            violations.add(where + "VX_KAFKA_BOOTSTRAP " + bootstrap
                    + " is not the bootstrap Service and listener port of a Kafka in the manifests");
        }
    }

    /** The MariaDB a JDBC URL points at: its host is the MariaDB's Service (or its primary's). */
    static String databaseServer(String jdbcUrl) {
        return URI.create(jdbcUrl.substring("jdbc:".length())).getHost();
    }

    private static void database(Manifests manifests, String where, Map<String, String> env,
            List<String> violations) {
        URI url = URI.create(env.get("VX_DB_URL").substring("jdbc:".length()));
        String host = url.getHost();
        String server = host.endsWith(PRIMARY) ? host.substring(0, host.length() - PRIMARY.length()) : host;
        GenericKubernetesResource mariadb = manifests.custom("MariaDB", server).orElse(null);
        if (mariadb == null) {
            violations.add(where + "VX_DB_URL host " + host + " is no MariaDB of the manifests");
            return;
        }
        boolean replicated = Boolean.TRUE.equals(mariadb.get("spec", "replication", "enabled"));
        if (replicated && !host.endsWith(PRIMARY)) {
            violations.add(where + "VX_DB_URL host " + host + " reaches every replica of a replicated MariaDB;"
                    + " write to " + server + PRIMARY);
        }
        if (!replicated && host.endsWith(PRIMARY)) {
            violations.add(where + "VX_DB_URL host " + host + ": MariaDB " + server + " is not replicated");
        }
        String database = url.getPath().substring(1);
        String user = env.get("VX_DB_USER");
        boolean hasDatabase = manifests.custom("Database").stream().anyMatch(d -> server.equals(d.get("spec",
                "mariaDbRef", "name")) && database.equals(d.get("spec", "name")));
        if (!hasDatabase) {
            violations.add(where + "no Database " + database + " on MariaDB " + server);
        }
        GenericKubernetesResource userResource = manifests.custom("User").stream().filter(u -> server.equals(
                u.get("spec", "mariaDbRef", "name")) && Objects.equals(user, u.get("spec", "name")))
                .findFirst().orElse(null);
        if (userResource == null) {
            violations.add(where + "VX_DB_USER " + user + " is no User on MariaDB " + server);
            return;
        }
        String password = "secret:" + userResource.get("spec", "passwordSecretKeyRef", "name") + "/"
                + userResource.get("spec", "passwordSecretKeyRef", "key");
        if (!password.equals(env.get("VX_DB_PASSWORD"))) {
            violations.add(where + "VX_DB_PASSWORD (" + env.get("VX_DB_PASSWORD") + ") is not the password of User "
                    + user + " (" + password + ")");
        }
        boolean granted = manifests.custom("Grant").stream().anyMatch(g -> server.equals(g.get("spec", "mariaDbRef",
                "name")) && user.equals(g.get("spec", "username")) && database.equals(g.get("spec", "database")));
        if (!granted) {
            violations.add(where + "no Grant for " + user + " on " + database);
        }
    }
}
