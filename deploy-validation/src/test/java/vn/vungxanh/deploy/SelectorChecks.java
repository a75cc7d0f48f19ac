package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Selectors select what they are meant to: a workload its own pods, a Service / PodDisruptionBudget /
 * NetworkPolicy (and each of its pod peers) / spread constraint at least one pod, an autoscaler an existing
 * workload, a StatefulSet a headless governing Service.
 */
final class SelectorChecks {

    private SelectorChecks() {
    }

    static List<String> run(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<Pods.Pod> pods = manifests.pods();
        for (Pods.Pod pod : manifests.workloadPods()) {
            LabelSelector own = pod.owner() instanceof Deployment d ? d.getSpec().getSelector()
                    : ((StatefulSet) pod.owner()).getSpec().getSelector();
            if (!Pods.matches(own, pod.labels())) {
                violations.add(pod.id() + ": selector " + own.getMatchLabels() + " does not match its pod labels "
                        + pod.labels());
            }
            for (TopologySpreadConstraint spread : Objects.requireNonNullElse(
                    pod.spec().getTopologySpreadConstraints(), List.<TopologySpreadConstraint>of())) {
                if (!Pods.matches(spread.getLabelSelector(), pod.labels())) {
                    violations.add(pod.id() + ": topology spread selector does not match its own pods");
                }
            }
        }
        for (Service s : manifests.all(Service.class)) {
            if (pods.stream().noneMatch(p -> Pods.matches(s.getSpec().getSelector(), p.labels()))) {
                violations.add("Service/" + s.getMetadata().getName() + ": selector " + s.getSpec().getSelector()
                        + " selects no pod");
            }
        }
        for (PodDisruptionBudget pdb : manifests.all(PodDisruptionBudget.class)) {
            selects(pods, "PodDisruptionBudget/" + pdb.getMetadata().getName(), pdb.getSpec().getSelector(),
                    violations);
        }
        for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
            String where = "NetworkPolicy/" + policy.getMetadata().getName();
            selects(pods, where, policy.getSpec().getPodSelector(), violations);
            Stream<NetworkPolicyPeer> peers = Stream.concat(
                    Objects.requireNonNullElse(policy.getSpec().getIngress(), List.<NetworkPolicyIngressRule>of())
                            .stream().flatMap(r -> Objects.requireNonNullElse(r.getFrom(),
                                    List.<NetworkPolicyPeer>of()).stream()),
                    Objects.requireNonNullElse(policy.getSpec().getEgress(), List.<NetworkPolicyEgressRule>of())
                            .stream().flatMap(r -> Objects.requireNonNullElse(r.getTo(),
                                    List.<NetworkPolicyPeer>of()).stream()));
            peers.filter(peer -> peer.getPodSelector() != null && peer.getNamespaceSelector() == null)
                    .forEach(peer -> selects(pods, where + " peer", peer.getPodSelector(), violations));
        }
        for (GenericKubernetesResource kafka : manifests.custom("Kafka")) {
            List<Map<String, Object>> listeners = kafka.get("spec", "kafka", "listeners");
            for (Map<String, Object> listener : listeners) {
                for (Object peer : Trees.list(listener, "networkPolicyPeers")) {
                    Map<String, Object> matchLabels = Trees.map(peer, "podSelector", "matchLabels");
                    Map<String, String> labels = matchLabels == null ? null : matchLabels.entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
                    if (pods.stream().noneMatch(p -> Pods.matches(labels, p.labels()))) {
                        violations.add("Kafka/" + kafka.getMetadata().getName() + " listener " + listener.get("name")
                                + ": network policy peer " + labels + " selects no pod");
                    }
                }
            }
        }
        for (HorizontalPodAutoscaler hpa : manifests.all(HorizontalPodAutoscaler.class)) {
            var ref = hpa.getSpec().getScaleTargetRef();
            boolean exists = manifests.objects.stream().anyMatch(o -> o.getKind().equals(ref.getKind())
                    && o.getMetadata().getName().equals(ref.getName()));
            if (!exists) {
                violations.add("HorizontalPodAutoscaler/" + hpa.getMetadata().getName() + ": scale target "
                        + ref.getKind() + "/" + ref.getName() + " does not exist");
            }
        }
        for (StatefulSet set : manifests.all(StatefulSet.class)) {
            boolean governed = manifests.all(Service.class).stream().anyMatch(s -> s.getMetadata().getName()
                    .equals(set.getSpec().getServiceName()) && "None".equals(s.getSpec().getClusterIP()));
            if (!governed) {
                violations.add("StatefulSet/" + set.getMetadata().getName() + ": serviceName "
                        + set.getSpec().getServiceName() + " is no headless Service");
            }
        }
        return violations;
    }

    private static void selects(List<Pods.Pod> pods, String where, LabelSelector selector, List<String> violations) {
        if (pods.stream().noneMatch(p -> Pods.matches(selector, p.labels()))) {
            violations.add(where + ": selector " + (selector == null ? null : selector.getMatchLabels())
                    + " selects no pod");
        }
    }
}
