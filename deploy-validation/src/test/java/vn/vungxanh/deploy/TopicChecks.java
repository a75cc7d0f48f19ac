package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import vn.vungxanh.events.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every topic the code names (Topics and the services' configuration) has a KafkaTopic: registries compacted,
 * streams time-retained; no KafkaTopic the code does not use; each on an existing Kafka cluster with enough
 * brokers for its replicas and a min.insync.replicas that survives one broker restart; topics keyed by place
 * equally partitioned.
 */
final class TopicChecks {

    private TopicChecks() {
    }

    static List<String> run(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        Map<String, GenericKubernetesResource> declared = new TreeMap<>();
        for (GenericKubernetesResource topic : manifests.custom("KafkaTopic")) {
            String name = Objects.requireNonNullElse(topic.get("spec", "topicName"), topic.getMetadata().getName());
            declared.put(name, topic);
        }
        TreeSet<String> used = Project.codeTopics();
        for (String topic : Project.configuredTopics()) {
            if (!used.contains(topic)) {
                violations.add("topic " + topic + " is configured by a service but is not in Topics");
            }
            used.add(topic);
        }
        for (String topic : used) {
            GenericKubernetesResource kafkaTopic = declared.get(topic);
            if (kafkaTopic == null) {
                violations.add("topic " + topic + ": no KafkaTopic");
                continue;
            }
            String policy = String.valueOf(kafkaTopic.<Object>get("spec", "config", "cleanup.policy"));
            if (Topics.COMPACTED.contains(topic) && !policy.contains("compact")) {
                violations.add("topic " + topic + ": cleanup.policy is " + policy
                        + " but Topics.COMPACTED says it is a compacted registry");
            }
            if (!Topics.COMPACTED.contains(topic)) {
                if (!"delete".equals(policy)) {
                    violations.add("topic " + topic + ": cleanup.policy is " + policy
                            + " but it is a stream (delete with a retention)");
                }
                if (kafkaTopic.get("spec", "config", "retention.ms") == null) {
                    violations.add("topic " + topic + ": a stream without retention.ms");
                }
            }
        }
        for (String topic : declared.keySet()) {
            if (!used.contains(topic)) {
                violations.add("KafkaTopic " + topic + ": no such topic in the code");
            }
        }
        for (GenericKubernetesResource topic : declared.values()) {
            cluster(manifests, topic, violations);
        }
        TreeMap<Integer, List<String>> partitions = new TreeMap<>();
        for (String topic : Project.placeKeyedTopics()) {
            if (declared.containsKey(topic)) {
                Object count = declared.get(topic).get("spec", "partitions");
                partitions.computeIfAbsent(count == null ? 0 : ((Number) count).intValue(), k -> new ArrayList<>())
                        .add(topic);
            }
        }
        if (partitions.size() > 1) {
            violations.add("topics keyed by place have different partition counts " + partitions
                    + ": joins by venue or checkpoint need them equal");
        }
        return violations;
    }

    private static void cluster(Manifests manifests, GenericKubernetesResource topic, List<String> violations) {
        String where = "KafkaTopic " + topic.getMetadata().getName() + ": ";
        String cluster = topic.getMetadata().getLabels() == null ? null
                : topic.getMetadata().getLabels().get("strimzi.io/cluster");
        GenericKubernetesResource kafka = cluster == null ? null : manifests.custom("Kafka", cluster).orElse(null);
        if (kafka == null) {
            violations.add(where + "label strimzi.io/cluster=" + cluster + " names no Kafka");
            return;
        }
        int brokers = manifests.custom("KafkaNodePool").stream()
                .filter(p -> cluster.equals(p.getMetadata().getLabels().get("strimzi.io/cluster")))
                .filter(p -> p.<List<?>>get("spec", "roles").contains("broker"))
                .mapToInt(p -> ((Number) p.get("spec", "replicas")).intValue()).sum();
        Object r = topic.get("spec", "replicas");
        int replicas = r == null ? brokers : ((Number) r).intValue();
        if (replicas > brokers) {
            violations.add(where + replicas + " replicas but Kafka " + cluster + " has " + brokers + " brokers");
        }
        Object topicIsr = topic.get("spec", "config", "min.insync.replicas");
        Object brokerIsr = kafka.get("spec", "kafka", "config", "min.insync.replicas");
        int isr = Integer.parseInt(String.valueOf(topicIsr != null ? topicIsr : brokerIsr != null ? brokerIsr : 1));
        if (replicas > 1 && isr >= replicas || isr > replicas) {
            violations.add(where + "min.insync.replicas " + isr + " with " + replicas
                    + " replicas: one broker restart stops every acks=all producer");
        }
    }
}
