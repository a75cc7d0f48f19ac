package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Each service's environment is what the service reads: no variable that no configuration of it names (a renamed
 * or misspelt variable is silently ignored and the default wins); every extra configuration file
 * (QUARKUS_CONFIG_LOCATIONS) is a mounted ConfigMap file whose keys the service reads; every file: location is a
 * mounted file; a QR signing key has its public half among the verification keys (else the service does not start);
 * the Kafka Streams state directory is on a writable volume (the root file system is read-only).
 */
final class EnvironmentChecks {

    static final String QR_KEY_ID = "VX_QR_SIGNING_KEY_ID";
    static final String QR_KEY_LOCATION = "VX_QR_SIGNING_KEY_LOCATION";
    static final String QR_VERIFICATION_KEYS = "vx.qr.verification-keys.";
    static final String STATE_DIR = "KAFKA_STREAMS_STATE_DIR";

    private EnvironmentChecks() {
    }

    /** A file inside the container: whether a volume provides it, and its text when a ConfigMap does. */
    record Mounted(boolean exists, String text) {
    }

    static List<String> run(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        Map<String, ServiceConfig> configs = new HashMap<>();
        for (Pods.Pod pod : manifests.workloadPods()) {
            for (Container c : pod.spec().getContainers()) {
                if (!Project.services().containsKey(c.getName())) {
                    continue;
                }
                ServiceConfig config = configs.computeIfAbsent(c.getName(), ServiceConfig::of);
                String where = pod.id() + " container " + c.getName() + ": ";
                Map<String, String> env = Pods.environment(manifests, c);
                env.keySet().stream().filter(name -> !config.readsVariable(name)).forEach(name -> violations.add(
                        where + "environment variable " + name + " is read by no configuration of " + c.getName()));
                Properties files = new Properties();
                for (String variable : ServiceConfig.CONFIG_LOCATIONS) {
                    if (env.containsKey(variable)) {
                        for (String location : env.get(variable).split(",")) {
                            configFile(manifests, pod, c, where, location.trim(), config, files, violations);
                        }
                    }
                }
                Map<String, String> settings = new HashMap<>(env);
                files.stringPropertyNames().forEach(k -> settings.put(k, files.getProperty(k)));
                settings.forEach((name, value) -> {
                    if (value.startsWith("file:/") && !mounted(manifests, pod, c, value).exists()) {
                        violations.add(where + name + " names " + value + ", which no volume mounts");
                    }
                });
                String stateDir = env.get(STATE_DIR);
                if (stateDir != null && !writable(c, stateDir)) {
                    violations.add(where + STATE_DIR + " " + stateDir + " is on no writable volume");
                }
                String signingKey = env.get(QR_KEY_LOCATION);
                if (signingKey != null && !signingKey.isBlank()) {
                    String kid = env.getOrDefault(QR_KEY_ID, "dev");
                    if (!files.containsKey(QR_VERIFICATION_KEYS + kid)) {
                        violations.add(where + "QR codes are signed with key id " + kid + " but "
                                + QR_VERIFICATION_KEYS + kid + " (its public half) is not configured;"
                                + " the service does not start");
                    }
                }
            }
        }
        return violations;
    }

    private static void configFile(Manifests manifests, Pods.Pod pod, Container c, String where, String location,
            ServiceConfig config, Properties into, List<String> violations) {
        Mounted file = mounted(manifests, pod, c, location);
        if (file.text() == null) {
            violations.add(where + "configuration file " + location + " is no file of a mounted ConfigMap");
            return;
        }
        Properties properties = ServiceConfig.parse(file.text());
        for (String key : properties.stringPropertyNames()) {
            if (!config.readsKey(key)) {
                violations.add(where + location + ": key " + key + " is read by no configuration of " + c.getName());
            }
        }
        into.putAll(properties);
    }

    private static boolean writable(Container c, String dir) {
        return Objects.requireNonNullElse(c.getVolumeMounts(), List.<VolumeMount>of()).stream()
                .filter(m -> !Boolean.TRUE.equals(m.getReadOnly()) && m.getSubPath() == null)
                .anyMatch(m -> dir.equals(m.getMountPath())
                        || dir.startsWith(m.getMountPath().replaceFirst("/?$", "/")));
    }

    static Mounted mounted(Manifests manifests, Pods.Pod pod, Container c, String location) {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        for (VolumeMount mount : Objects.requireNonNullElse(c.getVolumeMounts(), List.<VolumeMount>of())) {
            String dir = mount.getMountPath().endsWith("/") ? mount.getMountPath() : mount.getMountPath() + "/";
            if (!path.startsWith(dir) || mount.getSubPath() != null) {
                continue;
            }
            String relative = path.substring(dir.length());
            Volume volume = Objects.requireNonNullElse(pod.spec().getVolumes(), List.<Volume>of()).stream()
                    .filter(v -> v.getName().equals(mount.getName())).findFirst().orElse(null);
            if (volume == null) {
                continue;
            }
            if (volume.getSecret() != null) {
                Optional<String> key = key(volume.getSecret().getItems(), relative);
                boolean exists = key.isPresent() && manifests.secret(volume.getSecret().getSecretName())
                        .map(s -> Manifests.hasKey(s, key.get())).orElse(false);
                return new Mounted(exists, null);
            }
            if (volume.getConfigMap() != null) {
                String text = key(volume.getConfigMap().getItems(), relative).flatMap(k -> manifests
                        .configMap(volume.getConfigMap().getName()).map(ConfigMap::getData).map(d -> d.get(k)))
                        .orElse(null);
                return new Mounted(text != null, text);
            }
        }
        return new Mounted(false, null);
    }

    /** The key a volume file comes from: the item with that path, or the key of that name when items are absent. */
    private static Optional<String> key(List<KeyToPath> items, String relative) {
        if (items == null || items.isEmpty()) {
            return Optional.of(relative);
        }
        return items.stream().filter(i -> relative.equals(i.getPath())).map(KeyToPath::getKey).findFirst();
    }
}
