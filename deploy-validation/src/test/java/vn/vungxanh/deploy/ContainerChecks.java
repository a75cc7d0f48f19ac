package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every service has a workload; every container has an image, the three probes, requests and limits, and runs as
 * a non-root user on a read-only root file system with a writable /tmp. Operator-run pods get resources too.
 */
final class ContainerChecks {

    private ContainerChecks() {
    }

    static List<String> run(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<Pods.Pod> pods = manifests.workloadPods();
        for (String service : Project.services().keySet()) {
            boolean deployed = pods.stream().anyMatch(p -> p.spec().getContainers().stream()
                    .anyMatch(c -> service.equals(c.getName())));
            if (!deployed) {
                violations.add(service + ": no Deployment or StatefulSet runs a container of that name");
            }
        }
        for (Pods.Pod pod : pods) {
            for (Container c : pod.spec().getContainers()) {
                String where = pod.id() + " container " + c.getName() + ": ";
                if (c.getImage() == null || c.getImage().isBlank()) {
                    violations.add(where + "no image");
                } else if (c.getImage().endsWith(":latest") || !c.getImage().contains(":")) {
                    violations.add(where + "image " + c.getImage() + " has no pinned tag");
                }
                if (c.getStartupProbe() == null) {
                    violations.add(where + "no startupProbe");
                }
                if (c.getLivenessProbe() == null) {
                    violations.add(where + "no livenessProbe");
                }
                if (c.getReadinessProbe() == null) {
                    violations.add(where + "no readinessProbe");
                }
                resources(where, c.getResources() == null ? null : c.getResources().getRequests(),
                        c.getResources() == null ? null : c.getResources().getLimits(), violations);
                security(where, pod.spec().getSecurityContext(), c.getSecurityContext(), violations);
                writableTmp(where, c, pod.spec().getVolumes(), violations);
            }
        }
        for (String kind : List.of("KafkaNodePool", "MariaDB")) {
            for (GenericKubernetesResource r : manifests.custom(kind)) {
                if (r.get("spec", "resources", "requests") == null || r.get("spec", "resources", "limits") == null) {
                    violations.add(kind + "/" + r.getMetadata().getName() + ": no resource requests and limits");
                }
            }
        }
        return violations;
    }

    private static void resources(String where, Map<String, Quantity> requests, Map<String, Quantity> limits,
            List<String> violations) {
        for (String resource : List.of("cpu", "memory")) {
            if (requests == null || !requests.containsKey(resource)) {
                violations.add(where + "no " + resource + " request");
            }
            if (limits == null || !limits.containsKey(resource)) {
                violations.add(where + "no " + resource + " limit");
            }
        }
        if (requests != null && limits != null && requests.containsKey("memory") && limits.containsKey("memory")
                && Quantity.getAmountInBytes(requests.get("memory"))
                        .compareTo(Quantity.getAmountInBytes(limits.get("memory"))) > 0) {
            violations.add(where + "memory request above its limit");
        }
    }

    private static void security(String where, PodSecurityContext pod, SecurityContext container,
            List<String> violations) {
        boolean nonRoot = container != null && Boolean.TRUE.equals(container.getRunAsNonRoot())
                || pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot());
        if (!nonRoot) {
            violations.add(where + "may run as root (runAsNonRoot is not true)");
        }
        if (container == null || !Boolean.TRUE.equals(container.getReadOnlyRootFilesystem())) {
            violations.add(where + "root file system is writable (readOnlyRootFilesystem is not true)");
        }
        if (container == null || !Boolean.FALSE.equals(container.getAllowPrivilegeEscalation())) {
            violations.add(where + "allowPrivilegeEscalation is not false");
        }
    }

    private static void writableTmp(String where, Container c, List<Volume> volumes, List<String> violations) {
        VolumeMount tmp = c.getVolumeMounts() == null ? null : c.getVolumeMounts().stream()
                .filter(m -> "/tmp".equals(m.getMountPath())).findFirst().orElse(null);
        boolean emptyDir = tmp != null && volumes != null && volumes.stream()
                .anyMatch(v -> v.getName().equals(tmp.getName()) && v.getEmptyDir() != null);
        if (!emptyDir) {
            violations.add(where + "no writable /tmp (an emptyDir volume mounted there)");
        }
    }
}
