package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

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

    /**
     * The most connections a workload can open: its pool size (quarkus.datasource.jdbc.max-size with the pod's
     * environment) times its most pods (the autoscaler's maximum, else its replicas, plus a rollout's surge pod) fit
     * in its database user's maxUserConnections.
     */
    static void connectionBudget(Manifests manifests, Pods.Pod pod, Map<String, String> env,
            List<String> violations) {
        String url = env.get("VX_DB_URL");
        if (url == null) {
            return;
        }
        String server = databaseServer(url).replaceFirst(PRIMARY + "$", "");
        GenericKubernetesResource user = manifests.custom("User").stream().filter(u -> server.equals(
                u.get("spec", "mariaDbRef", "name")) && Objects.equals(env.get("VX_DB_USER"), u.get("spec", "name")))
                .findFirst().orElse(null);
        Object limit = user == null ? null : user.get("spec", "maxUserConnections");
        if (limit == null) {
            return;
        }
        String poolSetting = Project.sharedDefaults().getProperty("quarkus.datasource.jdbc.max-size");
        int pool = Integer.parseInt(Project.resolve(poolSetting, env));
        String kind = pod.owner().getKind();
        String name = pod.owner().getMetadata().getName();
        int pods = manifests.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> kind.equals(h.getSpec().getScaleTargetRef().getKind())
                        && name.equals(h.getSpec().getScaleTargetRef().getName()))
                .map(h -> h.getSpec().getMaxReplicas()).findFirst()
                .orElseGet(() -> {
                    Integer replicas = pod.owner() instanceof Deployment d ? d.getSpec().getReplicas()
                            : ((StatefulSet) pod.owner()).getSpec().getReplicas();
                    return replicas == null ? 1 : replicas;
                });
        if (pod.owner() instanceof Deployment d && d.getSpec().getStrategy() != null
                && d.getSpec().getStrategy().getRollingUpdate() != null
                && d.getSpec().getStrategy().getRollingUpdate().getMaxSurge() != null) {
            IntOrString surge = d.getSpec().getStrategy().getRollingUpdate().getMaxSurge();
            pods += surge.getIntVal() != null ? surge.getIntVal()
                    : (int) Math.ceil(pods * Integer.parseInt(surge.getStrVal().replace("%", "")) / 100.0);
        }
        int connections = pool * pods;
        if (connections > ((Number) limit).intValue()) {
            violations.add(pod.id() + ": up to " + pods + " pods x pool " + pool + " = " + connections
                    + " connections, but User " + env.get("VX_DB_USER") + " may open " + limit);
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
