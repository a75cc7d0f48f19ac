package vn.vungxanh.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every path a service serves (its JAX-RS resources, the board's files and WebJars, read from the code by
 * {@link Endpoints}) reaches that service through the Ingress; no path is served by two services (one of them would
 * be unreachable); nothing internal (/q/ health, metrics and OpenAPI, benchmarks) is routed at all.
 */
final class RouteChecks {

    private RouteChecks() {
    }

    static List<String> run(Manifests manifests) {
        IngressRoutes routes = IngressRoutes.of(manifests);
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : Endpoints.served().entrySet()) {
            String path = e.getKey();
            Optional<IngressRoutes.Route> route = routes.route(path);
            if (Endpoints.internal(path)) {
                route.ifPresent(r -> violations.add(exposes(r, path)));
            } else if (e.getValue().size() > 1) {
                violations.add(path + " is served by " + e.getValue() + ": one of them is unreachable through the "
                        + "Ingress; give one a path of its own");
            } else if (route.isEmpty()) {
                violations.add(path + " (" + e.getValue().iterator().next() + ") is not routed by the Ingress");
            } else if (!e.getValue().contains(route.get().service())) {
                violations.add(path + " is routed to " + route.get().service() + " (" + route.get().path() + " "
                        + route.get().pathType() + ") but served by " + e.getValue().iterator().next());
            }
        }
        for (String path : Endpoints.MANAGEMENT) {
            routes.route(path).ifPresent(r -> violations.add(exposes(r, path)));
        }
        return violations;
    }

    private static String exposes(IngressRoutes.Route route, String path) {
        return "Ingress/" + route.ingress() + " exposes " + path + " (" + route.path() + " " + route.pathType() + ")";
    }
}
