package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pods as selectors see them (labels), with their spec when the manifests define it. */
final class Pods {

    private Pods() {
    }

    /** A pod: its owner (workload or custom resource), labels, annotations, spec (null for operator-run pods). */
    record Pod(HasMetadata owner, Map<String, String> labels, Map<String, String> annotations, PodSpec spec) {

        String id() {
            return owner.getKind() + "/" + owner.getMetadata().getName();
        }
    }

    /**
     * Labels of the pods Strimzi runs for each KafkaNodePool (strimzi.io/cluster, pool name, roles) and the
     * mariadb-operator runs for each MariaDB (app.kubernetes.io/name=mariadb, app.kubernetes.io/instance=name).
     */
    static List<Pod> operatorPods(Manifests manifests) {
        List<Pod> pods = new ArrayList<>();
        for (GenericKubernetesResource pool : manifests.custom("KafkaNodePool")) {
            String cluster = pool.getMetadata().getLabels() == null ? null
                    : pool.getMetadata().getLabels().get("strimzi.io/cluster");
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("strimzi.io/cluster", cluster);
            labels.put("strimzi.io/kind", "Kafka");
            labels.put("strimzi.io/name", cluster + "-kafka");
            labels.put("strimzi.io/pool-name", pool.getMetadata().getName());
            List<?> roles = pool.get("spec", "roles");
            labels.put("strimzi.io/broker-role", String.valueOf(roles != null && roles.contains("broker")));
            labels.put("strimzi.io/controller-role", String.valueOf(roles != null && roles.contains("controller")));
            pods.add(new Pod(pool, labels, Map.of(), null));
        }
        for (GenericKubernetesResource mariadb : manifests.custom("MariaDB")) {
            pods.add(new Pod(mariadb, Map.of("app.kubernetes.io/name", "mariadb",
                    "app.kubernetes.io/instance", mariadb.getMetadata().getName()), Map.of(), null));
        }
        return pods;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> have = labels == null ? Map.of() : labels;
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(have.get(e.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
                String value = have.get(r.getKey());
                boolean ok = switch (r.getOperator()) {
                    case "In" -> value != null && r.getValues().contains(value);
                    case "NotIn" -> value == null || !r.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> false;
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty()
                && matches(new LabelSelector(null, selector), labels);
    }

    /** The container's environment as the pod would see it (ConfigMap values resolved, other sources named). */
    static Map<String, String> environment(Manifests manifests, Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        if (container.getEnvFrom() != null) {
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getConfigMapRef() != null) {
                    manifests.configMap(source.getConfigMapRef().getName()).map(ConfigMap::getData)
                            .ifPresent(env::putAll);
                }
            }
        }
        if (container.getEnv() != null) {
            for (EnvVar var : container.getEnv()) {
                if (var.getValue() != null) {
                    env.put(var.getName(), var.getValue());
                } else if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null) {
                    var ref = var.getValueFrom().getConfigMapKeyRef();
                    manifests.configMap(ref.getName()).map(ConfigMap::getData).map(d -> d.get(ref.getKey()))
                            .ifPresent(v -> env.put(var.getName(), v));
                } else if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                    var ref = var.getValueFrom().getSecretKeyRef();
                    env.put(var.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
                } else {
                    env.put(var.getName(), "runtime");
                }
            }
        }
        return env;
    }

    /** A port given by number or by the name of one of the container's ports; null when the name is unknown. */
    static Integer resolvePort(IntOrString port, List<Container> containers) {
        if (port == null) {
            return null;
        }
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        for (Container c : containers) {
            if (c.getPorts() != null) {
                for (var p : c.getPorts()) {
                    if (port.getStrVal().equals(p.getName())) {
                        return p.getContainerPort();
                    }
                }
            }
        }
        return null;
    }
}
