package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every Secret and ConfigMap (and key) a pod or a custom resource references exists, in the overlay or among the
 * Secrets ops create (secrets.example.yaml). Every custom resource names an existing MariaDB. The services'
 * Kafka bootstrap address is a Strimzi bootstrap Service, and their database URL, user and password are those of
 * a MariaDB, Database, User and Grant of the manifests, whose connection limit their pools fit in at full scale.
 */
final class ReferenceChecks {

    private ReferenceChecks() {
    }

    static List<String> run(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Pods.Pod pod : manifests.workloadPods()) {
            for (Container c : pod.spec().getContainers()) {
                String where = pod.id() + " container " + c.getName() + ": ";
                for (EnvFromSource source : Objects.requireNonNullElse(c.getEnvFrom(), List.<EnvFromSource>of())) {
                    if (source.getConfigMapRef() != null) {
                        configMapKey(manifests, where, source.getConfigMapRef().getName(), null,
                                source.getConfigMapRef().getOptional(), violations);
                    }
                    if (source.getSecretRef() != null) {
                        secretKey(manifests, where, source.getSecretRef().getName(), null,
                                source.getSecretRef().getOptional(), violations);
                    }
                }
                for (EnvVar var : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of())) {
                    var from = var.getValueFrom();
                    if (from != null && from.getConfigMapKeyRef() != null) {
                        configMapKey(manifests, where + var.getName() + ": ", from.getConfigMapKeyRef().getName(),
                                from.getConfigMapKeyRef().getKey(), from.getConfigMapKeyRef().getOptional(),
                                violations);
                    }
                    if (from != null && from.getSecretKeyRef() != null) {
                        secretKey(manifests, where + var.getName() + ": ", from.getSecretKeyRef().getName(),
                                from.getSecretKeyRef().getKey(), from.getSecretKeyRef().getOptional(), violations);
                    }
                }
                Map<String, String> env = Pods.environment(manifests, c);
                Wiring.check(manifests, where, env, violations);
                Wiring.connectionBudget(manifests, pod, env, violations);
            }
            for (Volume v : Objects.requireNonNullElse(pod.spec().getVolumes(), List.<Volume>of())) {
                String where = pod.id() + " volume " + v.getName() + ": ";
                if (v.getSecret() != null) {
                    for (String key : keys(v.getSecret().getItems())) {
                        secretKey(manifests, where, v.getSecret().getSecretName(), key, v.getSecret().getOptional(),
                                violations);
                    }
                    if (keys(v.getSecret().getItems()).isEmpty()) {
                        secretKey(manifests, where, v.getSecret().getSecretName(), null,
                                v.getSecret().getOptional(), violations);
                    }
                }
                if (v.getConfigMap() != null) {
                    configMapKey(manifests, where, v.getConfigMap().getName(), null, v.getConfigMap().getOptional(),
                            violations);
                    for (String key : keys(v.getConfigMap().getItems())) {
                        configMapKey(manifests, where, v.getConfigMap().getName(), key,
                                v.getConfigMap().getOptional(), violations);
                    }
                }
            }
        }
        for (Ingress ingress : manifests.all(Ingress.class)) {
            for (IngressTLS tls : Objects.requireNonNullElse(ingress.getSpec().getTls(), List.<IngressTLS>of())) {
                secretKey(manifests, "Ingress/" + ingress.getMetadata().getName() + " tls: ", tls.getSecretName(),
                        "tls.key", false, violations);
            }
        }
        for (var object : manifests.objects) {
            if (object instanceof GenericKubernetesResource custom) {
                customReferences(manifests, custom.getKind() + "/" + custom.getMetadata().getName() + ": ",
                        custom.getAdditionalProperties(), violations);
            }
        }
        return violations;
    }

    private static List<String> keys(List<KeyToPath> items) {
        return items == null ? List.of() : items.stream().map(KeyToPath::getKey).toList();
    }

    /** Fields named *SecretKeyRef ({name, key}) and mariaDbRef ({name}) anywhere in a custom resource. */
    private static void customReferences(Manifests manifests, String where, Object tree, List<String> violations) {
        if (tree instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (String.valueOf(key).endsWith("SecretKeyRef")) {
                    secretKey(manifests, where + key + ": ", Trees.string(value, "name"), Trees.string(value, "key"),
                            false, violations);
                } else if ("mariaDbRef".equals(key)
                        && manifests.custom("MariaDB", Trees.string(value, "name")).isEmpty()) {
                    violations.add(where + "mariaDbRef names no MariaDB " + Trees.string(value, "name"));
                } else {
                    customReferences(manifests, where, value, violations);
                }
            });
        } else if (tree instanceof List<?> list) {
            list.forEach(item -> customReferences(manifests, where, item, violations));
        }
    }

    private static void configMapKey(Manifests manifests, String where, String name, String key, Boolean optional,
            List<String> violations) {
        if (Boolean.TRUE.equals(optional)) {
            return;
        }
        ConfigMap map = manifests.configMap(name).orElse(null);
        if (map == null) {
            violations.add(where + "no ConfigMap " + name);
        } else if (key != null && (map.getData() == null || !map.getData().containsKey(key))) {
            violations.add(where + "ConfigMap " + name + " has no key " + key);
        }
    }

    private static void secretKey(Manifests manifests, String where, String name, String key, Boolean optional,
            List<String> violations) {
        if (Boolean.TRUE.equals(optional)) {
            return;
        }
        Secret secret = manifests.secret(name).orElse(null);
        if (secret == null) {
            violations.add(where + "no Secret " + name + " (in the manifests or secrets.example.yaml)");
        } else if (key != null && !Manifests.hasKey(secret, key)) {
            violations.add(where + "Secret " + name + " has no key " + key);
        }
    }
}
