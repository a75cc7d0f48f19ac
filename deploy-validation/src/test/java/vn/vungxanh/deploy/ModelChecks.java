package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every built-in object parses into its typed fabric8 class with no field the Kubernetes API does not know (a
 * misspelt field is silently dropped by the API server); every other object is a custom resource of the operators
 * deploy/k8s relies on, with the API version they serve.
 */
final class ModelChecks {

    static final Map<String, String> CUSTOM_KINDS = Map.of(
            "Kafka", "kafka.strimzi.io/v1beta2",
            "KafkaNodePool", "kafka.strimzi.io/v1beta2",
            "KafkaTopic", "kafka.strimzi.io/v1beta2",
            "KafkaUser", "kafka.strimzi.io/v1beta2",
            "MariaDB", "k8s.mariadb.com/v1alpha1",
            "Database", "k8s.mariadb.com/v1alpha1",
            "User", "k8s.mariadb.com/v1alpha1",
            "Grant", "k8s.mariadb.com/v1alpha1",
            "Backup", "k8s.mariadb.com/v1alpha1");

    private ModelChecks() {
    }

    static List<String> run(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (HasMetadata object : manifests.objects) {
            String id = object.getKind() + "/" + object.getMetadata().getName();
            if (object instanceof GenericKubernetesResource) {
                String expected = CUSTOM_KINDS.get(object.getKind());
                if (expected == null) {
                    violations.add(id + ": kind " + object.getKind() + " is neither a Kubernetes kind nor one of "
                            + CUSTOM_KINDS.keySet());
                } else if (!expected.equals(object.getApiVersion())) {
                    violations.add(id + ": apiVersion " + object.getApiVersion() + ", expected " + expected);
                }
            } else {
                unknownFields(id, object, "", new IdentityHashMap<>(), violations);
            }
        }
        return violations;
    }

    private static void unknownFields(String id, Object node, String path, Map<Object, Boolean> seen,
            List<String> violations) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(id, item, path + "[" + i++ + "]", seen, violations);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(id, v, path + "." + k, seen, violations));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    violations.add(id + ": unknown field(s) " + extra.keySet() + " at " + (path.isEmpty() ? "/"
                            : path));
                }
            } else {
                String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                unknownFields(id, value, path + "." + field, seen, violations);
            }
        }
    }
}
