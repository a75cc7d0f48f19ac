package vn.vungxanh.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each check fails when its property is broken: every test renders an overlay, breaks one thing in memory (as a
 * careless edit of a manifest would) and expects the check to name it. The unbroken overlays pass every check
 * ({@link DeploymentManifestsTest}), so each failure here is caused by the break alone.
 */
class ChecksCatchBreakageTest {

    private static final String DEV = "dev";
    private static final String PROD = "prod";

    @Test
    void aContainerWithoutReadinessProbe() {
        assertCaught(DEV, Check.CONTAINERS, "Deployment/checkin-service container checkin-service: no readinessProbe",
                r -> Overlays.container(r, "Deployment", "checkin-service").remove("readinessProbe"));
    }

    @Test
    void aContainerWithoutStartupProbe() {
        assertCaught(PROD, Check.CONTAINERS, "StatefulSet/alert-service container alert-service: no startupProbe",
                r -> Overlays.container(r, "StatefulSet", "alert-service").remove("startupProbe"));
    }

    @Test
    void aContainerWithoutResourceLimits() {
        assertCaught(PROD, Check.CONTAINERS, "StatefulSet/alert-service container alert-service: no memory limit",
                r -> Trees.map(Overlays.container(r, "StatefulSet", "alert-service"), "resources").remove("limits"));
    }

    @Test
    void aContainerWithoutImage() {
        assertCaught(DEV, Check.CONTAINERS, "Deployment/checkpoint-service container checkpoint-service: no image",
                r -> Overlays.container(r, "Deployment", "checkpoint-service").remove("image"));
    }

    @Test
    void aWritableRootFileSystem() {
        assertCaught(DEV, Check.CONTAINERS, "root file system is writable",
                r -> Trees.map(Overlays.container(r, "Deployment", "checkin-service"), "securityContext")
                        .put("readOnlyRootFilesystem", false));
    }

    @Test
    void aContainerPortThatIsNotTheServicePort() {
        assertCaught(DEV, Check.PORTS, "Deployment/checkin-service container checkin-service: container port 'http'"
                + " is 8080 but the service listens on 8081",
                r -> Trees.map(Overlays.container(r, "Deployment", "checkin-service"), "ports", 0)
                        .put("containerPort", 8080));
    }

    @Test
    void aServicePortConfiguredAwayFromTheContainerPort() {
        // VX_HTTP_PORT feeds quarkus.http.port (application.properties): the service would listen elsewhere.
        assertCaught(PROD, Check.PORTS, "container port 'http' is 8082 but the service listens on 9090",
                r -> Trees.map(Overlays.object(r, "ConfigMap", "checkpoint-service-config"), "data")
                        .put("VX_HTTP_PORT", "9090"));
    }

    @Test
    void aProbeOnTheWrongPort() {
        assertCaught(DEV, Check.PORTS, "livenessProbe calls port 8080 (8080) but the service listens on 8083",
                r -> Trees.map(Overlays.container(r, "StatefulSet", "alert-service"), "livenessProbe", "httpGet")
                        .put("port", 8080));
    }

    @Test
    void aLivenessProbeOnTheReadinessEndpoint() {
        // A liveness probe that follows Kafka's availability would restart every pod during a broker outage.
        assertCaught(PROD, Check.PORTS, "livenessProbe calls /q/health/ready instead of /q/health/live",
                r -> Trees.map(Overlays.container(r, "Deployment", "checkin-service"), "livenessProbe", "httpGet")
                        .put("path", "/q/health/ready"));
    }

    @Test
    void aServiceTargetingAnUndeclaredPort() {
        assertCaught(DEV, Check.PORTS, "Service/checkin-service port http: targetPort web is no port of",
                r -> Trees.map(Overlays.object(r, "Service", "checkin-service"), "spec", "ports", 0)
                        .put("targetPort", "web"));
    }

    @Test
    void aTopicWithoutKafkaTopic() {
        assertCaught(PROD, Check.TOPICS, "topic vx.venues.v1: no KafkaTopic",
                r -> r.remove(Overlays.object(r, "KafkaTopic", "vx.venues.v1")));
    }

    @Test
    void aRegistryThatIsNotCompacted() {
        assertCaught(DEV, Check.TOPICS, "topic vx.devices.v1: cleanup.policy is delete but Topics.COMPACTED says",
                r -> Trees.map(Overlays.object(r, "KafkaTopic", "vx.devices.v1"), "spec", "config")
                        .put("cleanup.policy", "delete"));
    }

    @Test
    void aStreamThatIsCompacted() {
        assertCaught(DEV, Check.TOPICS, "topic vx.checkins.v1: cleanup.policy is compact but it is a stream",
                r -> Trees.map(Overlays.object(r, "KafkaTopic", "vx.checkins.v1"), "spec", "config")
                        .put("cleanup.policy", "compact"));
    }

    @Test
    void placeKeyedTopicsPartitionedDifferently() {
        assertCaught(PROD, Check.TOPICS, "topics keyed by place have different partition counts",
                r -> Trees.map(Overlays.object(r, "KafkaTopic", "vx.venues.v1"), "spec").put("partitions", 6));
    }

    @Test
    void moreReplicasThanBrokers() {
        assertCaught(DEV, Check.TOPICS, "KafkaTopic vx.passages.v1: 3 replicas but Kafka vx-kafka has 1 brokers",
                r -> Trees.map(Overlays.object(r, "KafkaTopic", "vx.passages.v1"), "spec").put("replicas", 3));
    }

    @Test
    void aSecretKeyThatDoesNotExist() {
        assertCaught(DEV, Check.REFERENCES, "VX_PSEUDONYM_SECRET: Secret vx-pseudonym has no key pseudonym",
                r -> Trees.map(Overlays.container(r, "Deployment", "checkin-service"), "env", 1, "valueFrom",
                        "secretKeyRef").put("key", "pseudonym"));
    }

    @Test
    void aSecretVolumeItemThatDoesNotExist() {
        assertCaught(PROD, Check.REFERENCES, "volume jwt: Secret vx-jwt-verification has no key jwt.pem",
                r -> Trees.map(Overlays.object(r, "StatefulSet", "alert-service"), "spec", "template", "spec",
                        "volumes", 2, "secret", "items", 0).put("key", "jwt.pem"));
    }

    @Test
    void aConfigMapThatDoesNotExist() {
        assertCaught(DEV, Check.REFERENCES, "no ConfigMap checkin-config",
                r -> Trees.map(Overlays.container(r, "Deployment", "checkin-service"), "envFrom", 1, "configMapRef")
                        .put("name", "checkin-config"));
    }

    @Test
    void aDatabaseUserThatDoesNotExist() {
        assertCaught(DEV, Check.REFERENCES, "VX_DB_USER checkpoint is no User on MariaDB checkin-db",
                r -> Trees.map(Overlays.object(r, "ConfigMap", "checkin-service-config"), "data")
                        .put("VX_DB_USER", "checkpoint"));
    }

    @Test
    void aServiceWritingToEveryReplicaOfAReplicatedDatabase() {
        assertCaught(PROD, Check.REFERENCES, "reaches every replica of a replicated MariaDB; write to alert-db-primary",
                r -> Trees.map(Overlays.object(r, "ConfigMap", "alert-service-config"), "data")
                        .put("VX_DB_URL", "jdbc:mariadb://alert-db:3306/vungxanh_alert"));
    }

    @Test
    void moreDatabaseConnectionsAtFullScaleThanTheUserMayOpen() {
        assertCaught(PROD, Check.REFERENCES, "Deployment/checkin-service: up to 21 pods x pool 16 = 336 connections,"
                + " but User checkin may open 240",
                r -> Trees.map(Overlays.object(r, "HorizontalPodAutoscaler", "checkin-service"), "spec")
                        .put("maxReplicas", 20));
    }

    @Test
    void aServiceSelectorThatSelectsNothing() {
        assertCaught(DEV, Check.SELECTORS, "Service/checkin-service: selector {app.kubernetes.io/name=checkin}"
                + " selects no pod",
                r -> Trees.map(Overlays.object(r, "Service", "checkin-service"), "spec", "selector")
                        .put("app.kubernetes.io/name", "checkin"));
    }

    @Test
    void aDisruptionBudgetThatSelectsNothing() {
        assertCaught(PROD, Check.SELECTORS, "PodDisruptionBudget/alert-service: selector",
                r -> Trees.map(Overlays.object(r, "PodDisruptionBudget", "alert-service"), "spec", "selector",
                        "matchLabels").put("app.kubernetes.io/name", "alerts"));
    }

    @Test
    void anAutoscalerWithoutTarget() {
        assertCaught(PROD, Check.SELECTORS, "HorizontalPodAutoscaler/checkin-service: scale target"
                + " Deployment/checkin does not exist",
                r -> Trees.map(Overlays.object(r, "HorizontalPodAutoscaler", "checkin-service"), "spec",
                        "scaleTargetRef").put("name", "checkin"));
    }

    @Test
    void aWorkloadWhoseSelectorMissesItsPods() {
        assertCaught(DEV, Check.SELECTORS, "Deployment/checkpoint-service: selector",
                r -> Trees.map(Overlays.object(r, "Deployment", "checkpoint-service"), "spec", "template",
                        "metadata", "labels").put("app.kubernetes.io/name", "checkpoint"));
    }

    @Test
    void aNetworkPolicyThatSelectsNothing() {
        assertCaught(DEV, Check.SELECTORS, "NetworkPolicy/alert-service: selector",
                r -> Trees.map(Overlays.object(r, "NetworkPolicy", "alert-service"), "spec", "podSelector",
                        "matchLabels").put("app.kubernetes.io/name", "alert"));
    }

    @Test
    void aServiceReachingAnotherServicesDatabase() {
        assertCaught(PROD, Check.NETWORK, "Deployment/checkin-service: egress reaches MariaDB/alert-db",
                r -> Trees.map(Overlays.object(r, "NetworkPolicy", "checkin-service"), "spec", "egress", 2, "to", 0,
                        "podSelector", "matchLabels").put("app.kubernetes.io/instance", "alert-db"));
    }

    @Test
    void aServiceOpenToEveryNamespace() {
        assertCaught(DEV, Check.NETWORK, "Deployment/checkpoint-service: admits traffic from namespaces {}",
                r -> Trees.map(Overlays.object(r, "NetworkPolicy", "checkpoint-service"), "spec", "ingress", 0,
                        "from", 0, "namespaceSelector").put("matchLabels", Map.of()));
    }

    @Test
    void aServiceWithUnrestrictedEgress() {
        assertCaught(DEV, Check.NETWORK, "StatefulSet/alert-service: no NetworkPolicy restricts its egress",
                r -> Trees.list(Overlays.object(r, "NetworkPolicy", "alert-service"), "spec", "policyTypes")
                        .remove("Egress"));
    }

    @Test
    void aDatabaseOpenToAnotherService() {
        assertCaught(DEV, Check.NETWORK, "MariaDB/checkin-db admits StatefulSet/alert-service",
                r -> Trees.map(Overlays.object(r, "NetworkPolicy", "checkin-db"), "spec", "ingress", 0, "from", 0,
                        "podSelector", "matchLabels").put("app.kubernetes.io/name", "alert-service"));
    }

    @Test
    void metricsExposedOnThePublicIngress() {
        assertCaught(PROD, Check.ROUTES, "Ingress/vungxanh-api exposes /q/metrics",
                r -> Trees.map(Overlays.object(r, "Ingress", "vungxanh-api"), "spec", "rules", 0, "http", "paths", 0)
                        .put("path", "/q/metrics"));
    }

    @Test
    void theBoardsScriptsNotRouted() {
        // the Ingress of before: only the page itself, so the board never loaded on Kubernetes
        assertCaught(PROD, Check.ROUTES, "/board/board.js (alert-service) is not routed by the Ingress",
                r -> Trees.list(Overlays.object(r, "Ingress", "vungxanh-api"), "spec", "rules", 0, "http", "paths")
                        .removeIf(p -> "/board".equals(Trees.string(p, "path"))));
    }

    @Test
    void aPathRoutedToAServiceThatDoesNotServeIt() {
        assertCaught(DEV, Check.ROUTES, "/api/v1/stats/scans-hourly is routed to checkin-service",
                r -> Trees.list(Overlays.object(r, "Ingress", "vungxanh-api"), "spec", "rules", 0, "http", "paths")
                        .stream().filter(p -> "/api/v1/stats".equals(Trees.string(p, "path"))).findFirst()
                        .map(p -> Trees.map(p, "backend", "service")).orElseThrow().put("name", "checkin-service"));
    }

    @Test
    void aCatchAllPrefixExposesHealth() {
        assertCaught(PROD, Check.ROUTES, "Ingress/vungxanh-api exposes /q/health/ready (/ Prefix)",
                r -> Trees.list(Overlays.object(r, "Ingress", "vungxanh-api"), "spec", "rules", 0, "http", "paths")
                        .stream().filter(p -> "/".equals(Trees.string(p, "path"))).findFirst().map(Trees::map)
                        .orElseThrow().put("pathType", "Prefix"));
    }

    @Test
    void aKafkaUserWithoutTheWriteItsServiceNeeds() {
        // checkin-service produces the venue registry through its outbox
        assertCaught(PROD, Check.KAFKA_ACLS, "KafkaUser/checkin-service: no ACL for topic:vx.venues.v1:Write",
                r -> Trees.list(Overlays.object(r, "KafkaUser", "checkin-service"), "spec", "authorization", "acls")
                        .removeIf(a -> "vx.venues.v1".equals(Trees.string(a, "resource", "name"))));
    }

    @Test
    void aKafkaUserGrantedMoreThanItsServiceUses() {
        assertCaught(PROD, Check.KAFKA_ACLS,
                "KafkaUser/checkpoint-service: ACL topic:vx.checkins.v1:Read grants what the service does not use",
                r -> Trees.list(Overlays.object(r, "KafkaUser", "checkpoint-service"), "spec", "authorization", "acls")
                        .add(Map.of("resource", Map.of("type", "topic", "name", "vx.checkins.v1",
                                "patternType", "literal"), "operations", List.of("Describe", "Read"))));
    }

    @Test
    void aServiceWithoutItsKafkaUser() {
        assertCaught(PROD, Check.KAFKA_ACLS, "KafkaUser/alert-service: missing",
                r -> r.remove(Overlays.object(r, "KafkaUser", "alert-service")));
    }

    @Test
    void anEnvironmentVariableNoServiceReads() {
        // The name the manifests once used for the device token key: the service would sign with its default key.
        assertCaught(DEV, Check.ENVIRONMENT, "Deployment/checkin-service container checkin-service: environment"
                + " variable VX_DEVICE_TOKEN_SIGNING_KEY_LOCATION is read by no configuration of checkin-service",
                r -> Trees.map(Overlays.object(r, "ConfigMap", "checkin-service-config"), "data")
                        .put("VX_DEVICE_TOKEN_SIGNING_KEY_LOCATION", "file:/etc/vungxanh/jwt-signing/private.pem"));
    }

    @Test
    void aStaticMembershipIdUnderAnotherName() {
        assertCaught(PROD, Check.ENVIRONMENT, "environment variable VX_KAFKA_STREAMS_INSTANCE_ID is read by no"
                + " configuration of alert-service",
                r -> Trees.map(Overlays.container(r, "StatefulSet", "alert-service"), "env", 0)
                        .put("name", "VX_KAFKA_STREAMS_INSTANCE_ID"));
    }

    @Test
    void theVariablesOfTypedConfigurationAndOfKeysAreRead() {
        // A rule threshold (@ConfigMapping vx.rules) and the Kafka Streams state directory (a key): both are read.
        List<Map<String, Object>> rendered = Overlays.render(PROD);
        Map<String, Object> data = Trees.map(Overlays.object(rendered, "ConfigMap", "alert-service-config"), "data");
        data.put("VX_RULES_SCANNER_OFFLINE_AFTER", "20M");
        assertTrue(data.containsKey("KAFKA_STREAMS_STATE_DIR"));
        assertEquals(List.of(), Check.ENVIRONMENT.violations(Overlays.parse(PROD, rendered)));
    }

    @Test
    void aMisspeltKeyInAMountedConfigurationFile() {
        assertCaught(DEV, Check.ENVIRONMENT, "file:/etc/vungxanh/webhooks/webhooks.properties: key"
                + " vx.webhook.receivers.district-004.url is read by no configuration of alert-service",
                r -> Trees.map(Overlays.object(r, "ConfigMap", "alert-service-webhooks"), "data")
                        .put("webhooks.properties", "vx.webhook.receivers.district-004.url=https://notify.example/\n"));
    }

    @Test
    void aQrSigningKeyIdWithoutItsVerificationKey() {
        assertCaught(PROD, Check.ENVIRONMENT, "QR codes are signed with key id permit-2 but"
                + " vx.qr.verification-keys.permit-2 (its public half) is not configured",
                r -> Trees.map(Overlays.object(r, "ConfigMap", "checkpoint-service-config"), "data")
                        .put("VX_QR_SIGNING_KEY_ID", "permit-2"));
    }

    @Test
    void aKeyLocationNoVolumeMounts() {
        assertCaught(DEV, Check.ENVIRONMENT, "VX_DEVICE_JWT_SIGN_KEY_LOCATION names file:/etc/vungxanh/signing/private.pem,"
                + " which no volume mounts",
                r -> Trees.map(Overlays.object(r, "ConfigMap", "checkin-service-config"), "data")
                        .put("VX_DEVICE_JWT_SIGN_KEY_LOCATION", "file:/etc/vungxanh/signing/private.pem"));
    }

    @Test
    void aConfigurationFileThatIsNotMounted() {
        assertCaught(DEV, Check.ENVIRONMENT, "configuration file file:/etc/vungxanh/qr/keys.properties is no file of"
                + " a mounted ConfigMap",
                r -> Trees.map(Overlays.object(r, "ConfigMap", "checkin-service-config"), "data")
                        .put("QUARKUS_CONFIG_LOCATIONS", "file:/etc/vungxanh/qr/keys.properties"));
    }

    @Test
    void aStateDirectoryOnTheReadOnlyRootFileSystem() {
        assertCaught(PROD, Check.ENVIRONMENT, "KAFKA_STREAMS_STATE_DIR /var/lib/kafka-streams is on no writable volume",
                r -> Trees.map(Overlays.object(r, "ConfigMap", "alert-service-config"), "data")
                        .put("KAFKA_STREAMS_STATE_DIR", "/var/lib/kafka-streams"));
    }

    @Test
    void webhookEgressOnPlainHttp() {
        assertCaught(PROD, Check.NETWORK, "StatefulSet/alert-service: egress to ipBlock 0.0.0.0/0 on ports other"
                + " than HTTPS (TCP 443)",
                r -> Trees.map(Overlays.object(r, "NetworkPolicy", "alert-service"), "spec", "egress", 3, "ports", 0)
                        .put("port", 80));
    }

    @Test
    void webhookEgressIntoTheCluster() {
        assertCaught(DEV, Check.NETWORK, "StatefulSet/alert-service: egress to ipBlock 0.0.0.0/0 reaches the cluster"
                + " range 10.0.0.0/8",
                r -> Trees.list(Overlays.object(r, "NetworkPolicy", "alert-service"), "spec", "egress", 3, "to", 0,
                        "ipBlock", "except").remove("10.0.0.0/8"));
    }

    @Test
    void addressEgressForAServiceThatSendsNoWebhooks() {
        assertCaught(DEV, Check.NETWORK, "Deployment/checkpoint-service: egress to ipBlock 203.0.113.0/24, but it"
                + " sends no webhooks",
                r -> Trees.list(Overlays.object(r, "NetworkPolicy", "checkpoint-service"), "spec", "egress")
                        .add(Map.of("to", List.of(Map.of("ipBlock", Map.of("cidr", "203.0.113.0/24"))),
                                "ports", List.of(Map.of("protocol", "TCP", "port", 443)))));
    }

    @Test
    void aMisspeltField() {
        assertCaught(DEV, Check.MODEL, "Deployment/checkin-service: unknown field(s) [readinesProbe]",
                r -> {
                    Map<String, Object> c = Overlays.container(r, "Deployment", "checkin-service");
                    c.put("readinesProbe", c.remove("readinessProbe"));
                });
    }

    @Test
    void aMisspeltKind() {
        assertCaught(DEV, Check.MODEL, "kind KafkaTopics is neither a Kubernetes kind nor one of",
                r -> Overlays.object(r, "KafkaTopic", "vx.shifts.v1").put("kind", "KafkaTopics"));
    }

    @Test
    void anOverlayNamingAMissingResource(@TempDir Path dir) throws IOException {
        assertRenderFails(dir, "  - hpa.yaml\n", "resource 'hpa.yaml' does not exist");
    }

    @Test
    void anOverlayPatchingAnObjectThatDoesNotExist(@TempDir Path dir) throws IOException {
        assertRenderFails(dir, "patches:\n  - target:\n      kind: Deployment\n      name: alert-service\n"
                + "    patch: |-\n      - op: replace\n        path: /spec/replicas\n        value: 2\n",
                "matches no object");
    }

    @Test
    void anOverlayReplacingAPathThatDoesNotExist(@TempDir Path dir) throws IOException {
        assertRenderFails(dir, "patches:\n  - target:\n      kind: KafkaTopic\n"
                + "    patch: |-\n      - op: replace\n        path: /spec/partition\n        value: 2\n",
                "replace /spec/partition on KafkaTopic/");
    }

    @Test
    void anOverlayDefiningAnObjectTwice(@TempDir Path dir) throws IOException {
        Files.copy(Project.K8S.resolve("base/shared-config.yaml"), dir.resolve("again.yaml"));
        assertRenderFails(dir, "  - again.yaml\n", "ConfigMap/vungxanh-config is defined twice");
    }

    @Test
    void anOverlayWithTwoPatchesInOneFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("patch.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n"
                + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n");
        assertRenderFails(dir, "patches:\n  - path: patch.yaml\n", "patch.yaml holds 2 documents");
    }

    /** An overlay of the base with more lines in its kustomization does not render, for the expected reason. */
    private static void assertRenderFails(Path dir, String moreLines, String expected) throws IOException {
        Files.writeString(dir.resolve(Kustomize.FILE), "resources:\n  - " + Project.K8S.resolve("base") + "\n"
                + moreLines);
        RenderException e = assertThrows(RenderException.class, () -> Kustomize.render(dir));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** Breaks a fresh rendering of the overlay and expects the check to report it (and nothing passes silently). */
    private static void assertCaught(String overlay, Check check, String expected,
            Consumer<List<Map<String, Object>>> breakage) {
        List<Map<String, Object>> rendered = Overlays.render(overlay);
        assertEquals(List.of(), check.violations(Overlays.parse(overlay, rendered)), "unbroken " + overlay);
        breakage.accept(rendered);
        List<String> violations = check.violations(Overlays.parse(overlay, rendered));
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                check + " should report '" + expected + "' but reported " + violations);
    }
}
