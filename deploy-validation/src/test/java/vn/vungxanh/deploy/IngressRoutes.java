package vn.vungxanh.deploy;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP routes of an overlay's Ingresses, matched the way ingress-nginx matches them: an {@code Exact} path is an
 * nginx {@code location = path}, a {@code Prefix} path matches itself and everything below it element by element
 * ({@code /api/v1/checkpoints} does not match {@code /api/v1/checkpoints-x}), an {@code ImplementationSpecific} path
 * is a plain nginx prefix; an exact match wins, then the longest prefix.
 */
public final class IngressRoutes {

    /** One path of one Ingress rule. */
    public record Route(String ingress, String host, String path, String pathType, String service, String port,
            Map<String, String> annotations) {

        boolean exact() {
            return "Exact".equals(pathType);
        }

        boolean matches(String url) {
            return switch (pathType) {
                case "Exact" -> url.equals(path);
                case "Prefix" -> path.equals("/") || url.equals(path) || url.equals(trimmed())
                        || url.startsWith(trimmed() + "/");
                default -> url.startsWith(path);
            };
        }

        /** The path without a trailing slash ({@code Prefix} treats {@code /a/} as {@code /a}). */
        String trimmed() {
            return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        }
    }

    private final List<Route> routes;

    private IngressRoutes(List<Route> routes) {
        this.routes = routes;
    }

    /** The routes of an overlay as deploy/k8s renders it. */
    public static IngressRoutes of(String overlay) {
        return of(Overlays.load(overlay));
    }

    static IngressRoutes of(Manifests manifests) {
        List<Route> routes = new ArrayList<>();
        for (Ingress ingress : manifests.all(Ingress.class)) {
            Map<String, String> annotations = Objects.requireNonNullElse(ingress.getMetadata().getAnnotations(),
                    Map.of());
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath p : rule.getHttp().getPaths()) {
                    var backend = p.getBackend().getService();
                    String port = backend.getPort().getName() != null ? backend.getPort().getName()
                            : String.valueOf(backend.getPort().getNumber());
                    routes.add(new Route(ingress.getMetadata().getName(), rule.getHost(), p.getPath(),
                            p.getPathType(), backend.getName(), port, annotations));
                }
            }
        }
        return new IngressRoutes(List.copyOf(routes));
    }

    public List<Route> all() {
        return routes;
    }

    /** The route ingress-nginx picks for a URL path, if any. */
    public Optional<Route> route(String url) {
        Optional<Route> exact = routes.stream().filter(r -> r.exact() && r.matches(url)).findFirst();
        return exact.isPresent() ? exact : routes.stream().filter(r -> !r.exact() && r.matches(url))
                .max(Comparator.comparingInt(r -> r.path().length()));
    }
}
