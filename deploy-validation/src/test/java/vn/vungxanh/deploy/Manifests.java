package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendered overlay parsed with the fabric8 Kubernetes model: built-in kinds as their typed classes (Deployment,
 * Service, NetworkPolicy...), custom resources (Strimzi, mariadb-operator) as generic resources. Also the Secrets
 * that ops create by hand (the example file), which references may name.
 */
final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String overlay;
    final List<HasMetadata> objects;
    final List<Secret> externalSecrets;

    private Manifests(String overlay, List<HasMetadata> objects, List<Secret> externalSecrets) {
        this.overlay = overlay;
        this.objects = objects;
        this.externalSecrets = externalSecrets;
    }

    static Manifests parse(String overlay, List<Map<String, Object>> rendered, List<Map<String, Object>> secrets) {
        return new Manifests(overlay, rendered.stream().map(Manifests::toModel).toList(),
                secrets.stream().map(Manifests::toModel).map(Secret.class::cast).toList());
    }

    private static HasMetadata toModel(Map<String, Object> tree) {
        KubernetesResource resource;
        try {
            resource = SERIALIZATION.convertValue(tree, KubernetesResource.class);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(Trees.id(tree) + " does not parse as a Kubernetes object: " + e.getMessage(), e);
        }
        if (!(resource instanceof HasMetadata object)) {
            throw new AssertionError(Trees.id(tree) + " does not parse as a Kubernetes object");
        }
        return object;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Custom resources of one kind (Kafka, KafkaTopic, MariaDB...). */
    List<GenericKubernetesResource> custom(String kind) {
        return objects.stream().filter(o -> o instanceof GenericKubernetesResource && kind.equals(o.getKind()))
                .map(GenericKubernetesResource.class::cast).toList();
    }

    Optional<GenericKubernetesResource> custom(String kind, String name) {
        return custom(kind).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    Optional<ConfigMap> configMap(String name) {
        return all(ConfigMap.class).stream().filter(c -> name.equals(c.getMetadata().getName())).findFirst();
    }

    /** A Secret of this overlay, one that ops create by hand, or one an operator makes for a custom resource. */
    Optional<Secret> secret(String name) {
        List<Secret> secrets = new ArrayList<>(all(Secret.class));
        secrets.addAll(externalSecrets);
        secrets.addAll(operatorSecrets());
        return secrets.stream().filter(s -> name.equals(s.getMetadata().getName())).findFirst();
    }

    /**
     * Secrets the operators create: Strimzi's per KafkaUser (its password and sasl.jaas.config) and per Kafka
     * (the cluster CA certificate clients trust); mariadb-operator's CA bundle per MariaDB with TLS.
     */
    private List<Secret> operatorSecrets() {
        List<Secret> secrets = new ArrayList<>();
        custom("KafkaUser").forEach(u -> secrets.add(generated(u.getMetadata().getName(), "password",
                "sasl.jaas.config")));
        custom("Kafka").forEach(k -> secrets.add(generated(k.getMetadata().getName() + "-cluster-ca-cert", "ca.crt")));
        custom("MariaDB").stream().filter(m -> Boolean.TRUE.equals(m.get("spec", "tls", "enabled")))
                .forEach(m -> secrets.add(generated(m.getMetadata().getName() + "-ca-bundle", "ca.crt")));
        return secrets;
    }

    private static Secret generated(String name, String... keys) {
        Secret secret = new Secret();
        secret.setMetadata(new ObjectMeta());
        secret.getMetadata().setName(name);
        secret.setStringData(new LinkedHashMap<>());
        for (String key : keys) {
            secret.getStringData().put(key, "");
        }
        return secret;
    }

    static boolean hasKey(Secret secret, String key) {
        return secret.getData() != null && secret.getData().containsKey(key)
                || secret.getStringData() != null && secret.getStringData().containsKey(key);
    }

    /** The pods of the workloads, and the pods the operators run for the custom resources. */
    List<Pods.Pod> pods() {
        List<Pods.Pod> pods = new ArrayList<>();
        for (Deployment d : all(Deployment.class)) {
            pods.add(new Pods.Pod(d, d.getSpec().getTemplate().getMetadata().getLabels(),
                    d.getSpec().getTemplate().getMetadata().getAnnotations(), d.getSpec().getTemplate().getSpec()));
        }
        for (StatefulSet s : all(StatefulSet.class)) {
            pods.add(new Pods.Pod(s, s.getSpec().getTemplate().getMetadata().getLabels(),
                    s.getSpec().getTemplate().getMetadata().getAnnotations(), s.getSpec().getTemplate().getSpec()));
        }
        pods.addAll(Pods.operatorPods(this));
        return pods.stream().filter(Objects::nonNull).toList();
    }

    /** The pods of this project's own services (workloads with a pod template). */
    List<Pods.Pod> workloadPods() {
        return pods().stream().filter(p -> p.spec() != null).toList();
    }
}
