package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The port each service listens on (quarkus.http.port of its application.properties, with the container's
 * environment applied) is the port its container declares, its probes call (each on its own health endpoint),
 * Prometheus scrapes and its image exposes; every Service and Ingress backend reaches a declared port.
 */
final class PortChecks {

    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\d+)");

    private PortChecks() {
    }

    static List<String> run(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        Map<String, Properties> services = Project.services();
        for (Pods.Pod pod : manifests.workloadPods()) {
            for (Container c : pod.spec().getContainers()) {
                Properties config = services.get(c.getName());
                String where = pod.id() + " container " + c.getName() + ": ";
                if (config == null) {
                    violations.add(where + "no service module of that name to check its port against");
                    continue;
                }
                int port = Integer.parseInt(Project.resolve(config.getProperty("quarkus.http.port"),
                        Pods.environment(manifests, c)));
                ContainerPort http = c.getPorts() == null ? null : c.getPorts().stream()
                        .filter(p -> "http".equals(p.getName())).findFirst().orElse(null);
                if (http == null || http.getContainerPort() != port) {
                    violations.add(where + "container port 'http' is " + (http == null ? "missing"
                            : http.getContainerPort()) + " but the service listens on " + port);
                }
                probe(where + "startupProbe", c.getStartupProbe(), "/q/health/started", c, port, violations);
                probe(where + "livenessProbe", c.getLivenessProbe(), "/q/health/live", c, port, violations);
                probe(where + "readinessProbe", c.getReadinessProbe(), "/q/health/ready", c, port, violations);
                String scraped = pod.annotations() == null ? null : pod.annotations().get("prometheus.io/port");
                if (!String.valueOf(port).equals(scraped)) {
                    violations.add(where + "Prometheus scrapes port " + scraped + " but the service listens on "
                            + port);
                }
                image(where, c.getName(), port, pod, violations);
            }
        }
        services(manifests, violations);
        ingress(manifests, violations);
        return violations;
    }

    private static void probe(String where, Probe probe, String path, Container c, int port,
            List<String> violations) {
        if (probe == null || probe.getHttpGet() == null) {
            return;
        }
        Integer target = Pods.resolvePort(probe.getHttpGet().getPort(), List.of(c));
        if (target == null || target != port) {
            violations.add(where + " calls port " + probe.getHttpGet().getPort().getValue() + " (" + target
                    + ") but the service listens on " + port);
        }
        if (!path.equals(probe.getHttpGet().getPath())) {
            violations.add(where + " calls " + probe.getHttpGet().getPath() + " instead of " + path);
        }
    }

    private static void image(String where, String service, int port, Pods.Pod pod, List<String> violations) {
        if (!Files.isRegularFile(Project.dockerfile(service))) {
            violations.add(where + "no image recipe " + Project.ROOT.relativize(Project.dockerfile(service)));
            return;
        }
        String recipe = Yaml.read(Project.dockerfile(service));
        Matcher expose = EXPOSE.matcher(recipe);
        if (!expose.find() || Integer.parseInt(expose.group(1)) != port) {
            violations.add(where + "its image recipe does not EXPOSE " + port);
        }
        Matcher user = USER.matcher(recipe);
        Long runAs = pod.spec().getSecurityContext() == null ? null : pod.spec().getSecurityContext().getRunAsUser();
        if (!user.find() || runAs == null || Long.parseLong(user.group(1)) != runAs) {
            violations.add(where + "its image's numeric USER is not the pod's runAsUser " + runAs);
        }
    }

    private static void services(Manifests manifests, List<String> violations) {
        for (Service s : manifests.all(Service.class)) {
            for (Pods.Pod pod : manifests.workloadPods()) {
                if (!Pods.matches(s.getSpec().getSelector(), pod.labels())) {
                    continue;
                }
                for (ServicePort p : s.getSpec().getPorts()) {
                    IntOrString targetPort = p.getTargetPort() == null ? new IntOrString(p.getPort())
                            : p.getTargetPort();
                    Integer target = Pods.resolvePort(targetPort, pod.spec().getContainers());
                    boolean declared = target != null && pod.spec().getContainers().stream()
                            .flatMap(c -> c.getPorts() == null ? Stream.<ContainerPort>empty() : c.getPorts().stream())
                            .anyMatch(cp -> cp.getContainerPort().equals(target));
                    if (!declared) {
                        violations.add("Service/" + s.getMetadata().getName() + " port " + p.getName()
                                + ": targetPort " + targetPort.getValue() + " is no port of " + pod.id());
                    }
                }
            }
        }
    }

    private static void ingress(Manifests manifests, List<String> violations) {
        for (Ingress ingress : manifests.all(Ingress.class)) {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    var backend = path.getBackend().getService();
                    String where = "Ingress/" + ingress.getMetadata().getName() + " path " + path.getPath() + ": ";
                    Service service = manifests.all(Service.class).stream()
                            .filter(s -> s.getMetadata().getName().equals(backend.getName())).findFirst().orElse(null);
                    if (service == null) {
                        violations.add(where + "no Service " + backend.getName());
                        continue;
                    }
                    boolean port = service.getSpec().getPorts().stream().anyMatch(p ->
                            backend.getPort().getName() != null ? backend.getPort().getName().equals(p.getName())
                                    : backend.getPort().getNumber().equals(p.getPort()));
                    if (!port) {
                        violations.add(where + "Service " + backend.getName() + " has no port "
                                + (backend.getPort().getName() != null ? backend.getPort().getName()
                                        : backend.getPort().getNumber()));
                    }
                }
            }
        }
    }
}
