package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the Kafka cluster authorizes clients, each service authenticates as a KafkaUser of its own name (its
 * sasl.jaas.config from that user's Secret) whose ACLs are exactly what the service uses ({@link KafkaAccess}):
 * nothing missing (the service would fail), nothing more (a compromised service could reach other data).
 */
final class KafkaAclChecks {

    static final String JAAS_VARIABLE = "VX_KAFKA_SASL_JAAS_CONFIG";

    private KafkaAclChecks() {
    }

    static List<String> run(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        boolean authorizes = manifests.custom("Kafka").stream()
                .anyMatch(k -> k.get("spec", "kafka", "authorization") != null);
        if (!authorizes) {
            return violations;
        }
        for (Pods.Pod pod : manifests.workloadPods()) {
            Container c = pod.spec().getContainers().get(0);
            String service = c.getName();
            if (!Project.services().containsKey(service)) {
                continue;
            }
            String where = "KafkaUser/" + service + ": ";
            GenericKubernetesResource user = manifests.custom("KafkaUser", service).orElse(null);
            if (user == null) {
                violations.add(where + "missing: " + service + " cannot authenticate to Kafka");
                continue;
            }
            EnvVar jaas = Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of()).stream()
                    .filter(e -> e.getName().equals(JAAS_VARIABLE)).findFirst().orElse(null);
            if (jaas == null || jaas.getValueFrom() == null || jaas.getValueFrom().getSecretKeyRef() == null
                    || !service.equals(jaas.getValueFrom().getSecretKeyRef().getName())) {
                violations.add(pod.id() + ": " + JAAS_VARIABLE + " is not the sasl.jaas.config of Secret " + service);
            }
            Set<String> granted = granted(user, where, violations);
            Set<String> needed = KafkaAccess.of(service);
            for (String acl : needed) {
                if (!granted.contains(acl)) {
                    violations.add(where + "no ACL for " + acl + ", which the service uses");
                }
            }
            for (String acl : granted) {
                if (!needed.contains(acl)) {
                    violations.add(where + "ACL " + acl + " grants what the service does not use");
                }
            }
        }
        return violations;
    }

    /** The user's ACLs as KafkaAccess entries; topic ACLs must also allow Describe (clients look topics up). */
    private static Set<String> granted(GenericKubernetesResource user, String where, List<String> violations) {
        Set<String> granted = new TreeSet<>();
        for (Object acl : Trees.list(user.getAdditionalProperties(), "spec", "authorization", "acls")) {
            Map<String, Object> resource = Trees.map(acl, "resource");
            String type = Trees.string(resource, "type");
            String name = Trees.string(resource, "name") + ("prefix".equals(Trees.string(resource, "patternType"))
                    ? "*" : "");
            List<Object> operations = Trees.list(acl, "operations");
            if ("topic".equals(type) && !operations.contains("Describe") && !operations.contains("All")) {
                violations.add(where + "topic " + name + " without Describe");
            }
            operations.stream().map(String::valueOf).filter(op -> !op.equals("Describe"))
                    .forEach(op -> granted.add(type + ":" + name + ":" + op));
        }
        return granted;
    }
}
