package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.vungxanh.events.Topics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overlays of deploy/k8s render, parse with the Kubernetes model and pass every check. */
class DeploymentManifestsTest {

    @TestFactory
    Stream<DynamicContainer> everyOverlayRendersAndPassesEveryCheck() {
        return Project.OVERLAYS.stream().map(overlay -> {
            AtomicReference<Manifests> manifests = new AtomicReference<>();
            DynamicTest renders = DynamicTest.dynamicTest("renders", () -> manifests.set(Overlays.load(overlay)));
            Stream<DynamicTest> checks = Arrays.stream(Check.values()).map(check -> DynamicTest.dynamicTest(
                    check.name(), () -> {
                        assertNotNull(manifests.get(), overlay + " does not render");
                        assertEquals(List.of(), check.violations(manifests.get()), overlay + " violates " + check);
                    }));
            return DynamicContainer.dynamicContainer(overlay, Stream.concat(Stream.of(renders), checks));
        });
    }

    @Test
    void theTopicsTheServicesConfigureAreRead() {
        // Channels of the services and the shared dead-letter topic: the TOPICS check holds each to a KafkaTopic.
        assertTrue(Project.configuredTopics().containsAll(List.of(Topics.CHECKINS, Topics.PASSAGES,
                Topics.DEAD_LETTER)), Project.configuredTopics().toString());
        assertEquals(Map.of("alert-service", 8083, "checkin-service", 8081, "checkpoint-service", 8082),
                Project.services().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> Integer.parseInt(Project.resolve(e.getValue().getProperty("quarkus.http.port"), Map.of())))));
    }

    @Test
    void theRoutesAreReadFromTheCode() {
        Map<String, Set<String>> served = Endpoints.served();
        assertEquals(Set.of("alert-service"), served.get("/api/v1/alerts/x/ack"));
        assertEquals(Set.of("alert-service"), served.get("/board/board.js"));
        assertEquals(Set.of("alert-service"), served.get("/webjars/chart.js/dist/chart.umd.min.js"));
        assertEquals(Set.of("alert-service"), served.get("/gis/01.json"));
        assertEquals(Set.of("alert-service"), served.get("/"));
        assertEquals(Set.of("checkin-service"), served.get("/api/v1/venues/x/qr.png"));
        assertEquals(Set.of("checkpoint-service"), served.get("/api/v1/checkpoints/x/shifts"));
        assertTrue(served.containsKey("/api/v1/compliance/venues") && !served.containsKey("/api/v1"), "" + served);
    }

    @Test
    void devRunsOneInstanceOfEverything() {
        Manifests dev = Overlays.load("dev");
        dev.all(Deployment.class).forEach(d -> assertEquals(1, d.getSpec().getReplicas(), d.getMetadata().getName()));
        dev.all(StatefulSet.class).forEach(s -> assertEquals(1, s.getSpec().getReplicas(), s.getMetadata().getName()));
        assertEquals(1, ((Number) dev.custom("KafkaNodePool").get(0).get("spec", "replicas")).intValue());
        dev.custom("KafkaTopic").forEach(t -> assertEquals(3, ((Number) t.get("spec", "partitions")).intValue()));
        assertTrue(dev.all(HorizontalPodAutoscaler.class).isEmpty(), "no autoscaling in dev");
        dev.objects.forEach(o -> assertEquals(o.getKind().equals("Namespace") ? null : "vungxanh-dev",
                o.getMetadata().getNamespace(), o.getKind() + "/" + o.getMetadata().getName()));
    }

    @Test
    void prodIsReplicatedAutoscaledAndProtectedFromDisruption() {
        Manifests prod = Overlays.load("prod");
        assertEquals(2, prod.all(StatefulSet.class).stream()
                .filter(s -> s.getMetadata().getName().equals("alert-service")).findFirst().orElseThrow()
                .getSpec().getReplicas());
        assertEquals(List.of("checkin-service", "checkpoint-service"), prod.all(HorizontalPodAutoscaler.class)
                .stream().map(h -> h.getSpec().getScaleTargetRef().getName()).sorted().toList());
        assertEquals(List.of("alert-service", "checkin-service", "checkpoint-service"), prod
                .all(PodDisruptionBudget.class).stream().map(p -> p.getMetadata().getName()).sorted().toList());
        assertEquals(3, ((Number) prod.custom("KafkaNodePool").get(0).get("spec", "replicas")).intValue());
        prod.custom("KafkaTopic").forEach(t -> assertEquals(12, ((Number) t.get("spec", "partitions")).intValue()));
        assertEquals(3, prod.custom("Backup").size(), "a backup per database");
        String image = prod.all(Deployment.class).get(0).getSpec().getTemplate().getSpec().getContainers().get(0)
                .getImage();
        assertTrue(image.endsWith(":1.0.0"), image);
    }

    @Test
    void alertServiceInstancesHaveStableKafkaMembershipIds() {
        for (String overlay : Project.OVERLAYS) {
            StatefulSet alert = Overlays.load(overlay).all(StatefulSet.class).get(0);
            var env = alert.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .filter(e -> e.getName().equals("VX_INSTANCE_ID")).findFirst().orElseThrow();
            assertEquals("metadata.name", env.getValueFrom().getFieldRef().getFieldPath());
        }
    }

    @Test
    void exampleSecretsAreMarkedPlaceholdersAndTheRunbookCreatesEachOne() {
        String runbook = Yaml.read(Project.ROOT.resolve("deploy/README.md"));
        Manifests any = Overlays.load("dev");
        for (Secret secret : any.externalSecrets) {
            String name = secret.getMetadata().getName();
            assertEquals("true", secret.getMetadata().getAnnotations().get("vungxanh.vn/example"), name);
            for (Map.Entry<String, String> e : secret.getStringData().entrySet()) {
                assertTrue(e.getValue().startsWith("REPLACE"), name + "/" + e.getKey() + " is not a placeholder");
            }
            assertTrue(runbook.contains(name), "deploy/README.md does not say how to create Secret " + name);
        }
        for (String overlay : Project.OVERLAYS) {
            assertFalse(Overlays.load(overlay).objects.stream().anyMatch(o -> o instanceof Secret),
                    overlay + " must not carry Secrets: kubectl apply would overwrite the real ones");
        }
    }
}
