package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Each service is isolated: traffic in only from the ingress controller and Prometheus, on its HTTP port; traffic
 * out only to DNS, the Kafka brokers and its own database, and for a service that sends webhooks (vx.webhooks.*)
 * HTTPS (TCP 443) to addresses outside the cluster: an ipBlock that excludes the private ranges pods and Services
 * live in. Each database admits only its own service. What the public Ingress routes: {@link RouteChecks}.
 */
final class NetworkChecks {

    static final Set<String> INGRESS_NAMESPACES = Set.of("ingress-nginx", "monitoring");
    private static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";
    /** Private IPv4 ranges, where a cluster's pod and Service addresses are. */
    static final List<String> CLUSTER_RANGES = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
    static final int HTTPS = 443;
    static final String WEBHOOKS = "vx.webhooks";

    private NetworkChecks() {
    }

    static List<String> run(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<Pods.Pod> pods = manifests.pods();
        for (Pods.Pod pod : manifests.workloadPods()) {
            List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class).stream()
                    .filter(p -> Pods.matches(p.getSpec().getPodSelector(), pod.labels())).toList();
            String where = pod.id() + ": ";
            if (policies.stream().noneMatch(p -> p.getSpec().getPolicyTypes().contains("Ingress"))) {
                violations.add(where + "no NetworkPolicy restricts its ingress");
            }
            if (policies.stream().noneMatch(p -> p.getSpec().getPolicyTypes().contains("Egress"))) {
                violations.add(where + "no NetworkPolicy restricts its egress");
            }
            Container container = pod.spec().getContainers().get(0);
            boolean sendsWebhooks = Project.services().containsKey(container.getName())
                    && ServiceConfig.of(container.getName()).prefixes().contains(WEBHOOKS);
            Map<String, String> env = Pods.environment(manifests, container);
            String ownDatabase = env.containsKey("VX_DB_URL")
                    ? Wiring.databaseServer(env.get("VX_DB_URL")).replaceFirst(Wiring.PRIMARY + "$", "") : null;
            boolean reachesKafka = false;
            boolean reachesDatabase = false;
            for (NetworkPolicy policy : policies) {
                for (NetworkPolicyIngressRule rule : Objects.requireNonNullElse(policy.getSpec().getIngress(),
                        List.<NetworkPolicyIngressRule>of())) {
                    ingressRule(where, rule, pod, violations);
                }
                for (NetworkPolicyEgressRule rule : Objects.requireNonNullElse(policy.getSpec().getEgress(),
                        List.<NetworkPolicyEgressRule>of())) {
                    if (rule.getTo() == null || rule.getTo().isEmpty()) {
                        violations.add(where + "an egress rule of NetworkPolicy/" + policy.getMetadata().getName()
                                + " admits every destination");
                        continue;
                    }
                    for (NetworkPolicyPeer peer : rule.getTo()) {
                        String reached = peer.getIpBlock() != null
                                ? webhookPeer(where, peer, rule.getPorts(), sendsWebhooks, violations)
                                : egressPeer(where, peer, rule.getPorts(), pods, ownDatabase, violations);
                        reachesKafka |= "kafka".equals(reached);
                        reachesDatabase |= "database".equals(reached);
                    }
                }
            }
            if (!reachesKafka) {
                violations.add(where + "its network policies do not let it reach the Kafka brokers");
            }
            if (ownDatabase != null && !reachesDatabase) {
                violations.add(where + "its network policies do not let it reach its database " + ownDatabase);
            }
        }
        databases(manifests, pods, violations);
        return violations;
    }

    private static void ingressRule(String where, NetworkPolicyIngressRule rule, Pods.Pod pod,
            List<String> violations) {
        if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
            violations.add(where + "an ingress rule admits every source");
            return;
        }
        for (NetworkPolicyPeer peer : rule.getFrom()) {
            String namespace = peer.getNamespaceSelector() == null || peer.getNamespaceSelector().getMatchLabels() == null
                    ? null : peer.getNamespaceSelector().getMatchLabels().get(NAMESPACE_LABEL);
            if (peer.getIpBlock() != null || namespace == null || !INGRESS_NAMESPACES.contains(namespace)) {
                violations.add(where + "admits traffic from " + describe(peer)
                        + ", not only from the ingress controller and Prometheus");
            }
        }
        if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
            violations.add(where + "an ingress rule admits every port");
        } else {
            for (NetworkPolicyPort port : rule.getPorts()) {
                if (Pods.resolvePort(port.getPort(), pod.spec().getContainers()) == null) {
                    violations.add(where + "ingress port " + port.getPort().getValue() + " is no port of the pod");
                }
            }
        }
    }

    /** An ipBlock peer: only webhook receivers, over HTTPS, outside the cluster's private ranges. */
    private static String webhookPeer(String where, NetworkPolicyPeer peer, List<NetworkPolicyPort> ports,
            boolean sendsWebhooks, List<String> violations) {
        String cidr = peer.getIpBlock().getCidr();
        if (!sendsWebhooks) {
            violations.add(where + "egress to ipBlock " + cidr + ", but it sends no webhooks; only Kafka, its own"
                    + " database and DNS");
            return null;
        }
        boolean https = ports != null && !ports.isEmpty() && ports.stream().allMatch(p -> p.getPort() != null
                && Objects.equals(p.getPort().getIntVal(), HTTPS)
                && (p.getProtocol() == null || "TCP".equals(p.getProtocol())) && p.getEndPort() == null);
        if (!https) {
            violations.add(where + "egress to ipBlock " + cidr + " on ports other than HTTPS (TCP " + HTTPS + ")");
        }
        List<String> except = Objects.requireNonNullElse(peer.getIpBlock().getExcept(), List.<String>of());
        for (String range : CLUSTER_RANGES) {
            if (Cidr.overlaps(cidr, range) && except.stream().noneMatch(e -> Cidr.contains(e, range))) {
                violations.add(where + "egress to ipBlock " + cidr + " reaches the cluster range " + range
                        + " (pods and Services); except it");
            }
        }
        return "webhooks";
    }

    /** What an egress peer reaches: "dns", "kafka", "database", or a violation. */
    private static String egressPeer(String where, NetworkPolicyPeer peer, List<NetworkPolicyPort> ports,
            List<Pods.Pod> pods, String ownDatabase, List<String> violations) {
        String namespace = peer.getNamespaceSelector() == null || peer.getNamespaceSelector().getMatchLabels() == null
                ? null : peer.getNamespaceSelector().getMatchLabels().get(NAMESPACE_LABEL);
        if ("kube-system".equals(namespace) && ports != null && !ports.isEmpty()
                && ports.stream().allMatch(p -> Objects.equals(p.getPort().getIntVal(), 53))) {
            return "dns";
        }
        if (peer.getIpBlock() != null || peer.getNamespaceSelector() != null || peer.getPodSelector() == null) {
            violations.add(where + "egress to " + describe(peer) + ", beyond Kafka, its own database and DNS");
            return null;
        }
        String reached = null;
        for (Pods.Pod target : pods) {
            if (!Pods.matches(peer.getPodSelector(), target.labels())) {
                continue;
            }
            if (target.owner() instanceof GenericKubernetesResource r && "KafkaNodePool".equals(r.getKind())
                    && "true".equals(target.labels().get("strimzi.io/broker-role"))) {
                reached = "kafka";
            } else if (target.owner() instanceof GenericKubernetesResource r && "MariaDB".equals(r.getKind())
                    && r.getMetadata().getName().equals(ownDatabase)) {
                reached = "database";
            } else {
                violations.add(where + "egress reaches " + target.id() + ", which is neither a Kafka broker nor"
                        + " its own database " + ownDatabase);
            }
        }
        return reached;
    }

    /** Each MariaDB admits (by pod selector) only its own replicas and the services whose VX_DB_URL names it. */
    private static void databases(Manifests manifests, List<Pods.Pod> pods, List<String> violations) {
        for (GenericKubernetesResource mariadb : manifests.custom("MariaDB")) {
            String server = mariadb.getMetadata().getName();
            Pods.Pod dbPod = pods.stream().filter(p -> p.owner() == mariadb).findFirst().orElseThrow();
            List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class).stream()
                    .filter(p -> Pods.matches(p.getSpec().getPodSelector(), dbPod.labels()))
                    .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress")).toList();
            if (policies.isEmpty()) {
                violations.add("MariaDB/" + server + ": no NetworkPolicy restricts who reaches it");
            }
            for (NetworkPolicy policy : policies) {
                for (NetworkPolicyIngressRule rule : Objects.requireNonNullElse(policy.getSpec().getIngress(),
                        List.<NetworkPolicyIngressRule>of())) {
                    for (NetworkPolicyPeer peer : Objects.requireNonNullElse(rule.getFrom(),
                            List.<NetworkPolicyPeer>of())) {
                        if (peer.getPodSelector() == null || peer.getNamespaceSelector() != null) {
                            continue;
                        }
                        for (Pods.Pod source : pods) {
                            if (!Pods.matches(peer.getPodSelector(), source.labels()) || source.owner() == mariadb) {
                                continue;
                            }
                            String url = source.spec() == null ? null
                                    : Pods.environment(manifests, source.spec().getContainers().get(0)).get("VX_DB_URL");
                            String uses = url == null ? null
                                    : Wiring.databaseServer(url).replaceFirst(Wiring.PRIMARY + "$", "");
                            if (!server.equals(uses)) {
                                violations.add("MariaDB/" + server + " admits " + source.id()
                                        + ", which is not its service");
                            }
                        }
                    }
                }
            }
        }
    }

    private static String describe(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return "ipBlock " + peer.getIpBlock().getCidr();
        }
        return (peer.getNamespaceSelector() == null ? "" : "namespaces " + peer.getNamespaceSelector().getMatchLabels()
                + " ") + (peer.getPodSelector() == null ? "" : "pods " + peer.getPodSelector().getMatchLabels());
    }
}
