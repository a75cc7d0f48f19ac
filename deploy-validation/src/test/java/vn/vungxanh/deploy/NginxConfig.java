package vn.vungxanh.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An nginx configuration made from an overlay's Ingress the way ingress-nginx makes its own, for the parts this
 * project uses: a server per host; per path a {@code location = path} (Exact) or {@code location path/} plus
 * {@code location = path} (Prefix); everything else answered 404 (the default backend); the annotations
 * {@code proxy-body-size}, {@code proxy-buffering}, {@code proxy-read-timeout} and {@code limit-rps}; and the
 * controller's own forwarded headers. An annotation of the controller it does not know fails the rendering, so that
 * a new one is never silently left out of the proxy that tests the Ingress.
 */
public final class NginxConfig {

    private static final String ANNOTATION = "nginx.ingress.kubernetes.io/";
    private static final Set<String> KNOWN = Set.of("proxy-body-size", "proxy-buffering", "proxy-read-timeout",
            "limit-rps");
    /** ingress-nginx's burst for limit-rps: five times the rate. */
    private static final int BURST_MULTIPLIER = 5;

    private NginxConfig() {
    }

    /**
     * The configuration of an nginx that runs as an ordinary process under {@code prefix} (its logs, pid and
     * temporary files there), listens on 127.0.0.1:{@code port} and sends each service's traffic to
     * {@code upstreams} (service name → host:port).
     */
    public static String render(IngressRoutes ingress, Path prefix, int port, Map<String, String> upstreams) {
        StringBuilder conf = new StringBuilder();
        conf.append("daemon off;\nworker_processes 1;\npid ").append(prefix.resolve("nginx.pid")).append(";\n")
                .append("error_log ").append(prefix.resolve("error.log")).append(" notice;\n")
                .append("events { worker_connections 512; }\n")
                .append("http {\n")
                .append("  access_log ").append(prefix.resolve("access.log")).append(";\n");
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            conf.append("  ").append(temp).append("_temp_path ").append(prefix.resolve("temp-" + temp)).append(";\n");
        }
        conf.append("  server_tokens off;\n");
        for (String service : new TreeSet<>(ingress.all().stream().map(IngressRoutes.Route::service).toList())) {
            String target = upstreams.get(service);
            if (target == null) {
                throw new IllegalArgumentException("no upstream for service " + service);
            }
            conf.append("  upstream ").append(upstream(service)).append(" { server ").append(target).append("; }\n");
        }
        Map<String, String> zones = new LinkedHashMap<>();
        for (IngressRoutes.Route route : ingress.all()) {
            String rps = settings(route).get("limit-rps");
            if (rps != null && zones.putIfAbsent(route.ingress(), "rps_" + zones.size()) == null) {
                conf.append("  limit_req_zone $binary_remote_addr zone=").append(zones.get(route.ingress()))
                        .append(":5m rate=").append(rps).append("r/s;\n");
            }
        }
        Map<String, List<IngressRoutes.Route>> byHost = new LinkedHashMap<>();
        ingress.all().forEach(r -> byHost.computeIfAbsent(r.host(), h -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<IngressRoutes.Route>> host : byHost.entrySet()) {
            conf.append("  server {\n    listen 127.0.0.1:").append(port).append(";\n    server_name ")
                    .append(host.getKey()).append(";\n");
            boolean root = false;
            for (IngressRoutes.Route route : host.getValue()) {
                String body = " {\n" + location(route, zones.get(route.ingress())) + "    }\n";
                if (route.exact()) {
                    conf.append("    location = ").append(route.path()).append(body);
                } else if ("/".equals(route.trimmed())) {
                    conf.append("    location /").append(body);
                    root = true;
                } else if ("Prefix".equals(route.pathType())) {
                    conf.append("    location ").append(route.trimmed()).append("/").append(body);
                    conf.append("    location = ").append(route.trimmed()).append(body);
                } else {
                    conf.append("    location ").append(route.path()).append(body);
                }
            }
            if (!root) {
                conf.append("    location / { return 404; }\n");
            }
            conf.append("  }\n");
        }
        return conf.append("}\n").toString();
    }

    /** What ingress-nginx puts into each location of a path: the Ingress's annotations and its own headers. */
    private static String location(IngressRoutes.Route route, String zone) {
        Map<String, String> settings = settings(route);
        StringBuilder l = new StringBuilder();
        l.append("      client_max_body_size ").append(settings.getOrDefault("proxy-body-size", "1m")).append(";\n")
                .append("      proxy_buffering ").append(settings.getOrDefault("proxy-buffering", "off")).append(";\n")
                .append("      proxy_read_timeout ").append(settings.getOrDefault("proxy-read-timeout", "60"))
                .append("s;\n      proxy_send_timeout 60s;\n      proxy_connect_timeout 5s;\n")
                .append("      proxy_http_version 1.1;\n")
                .append("      proxy_set_header Connection \"\";\n")
                .append("      proxy_set_header Host $host;\n")
                .append("      proxy_set_header X-Request-ID $request_id;\n")
                .append("      proxy_set_header X-Real-IP $remote_addr;\n")
                .append("      proxy_set_header X-Forwarded-For $remote_addr;\n")
                .append("      proxy_set_header X-Forwarded-Host $host;\n")
                .append("      proxy_set_header X-Forwarded-Port $server_port;\n")
                .append("      proxy_set_header X-Forwarded-Proto $scheme;\n")
                .append("      proxy_set_header X-Scheme $scheme;\n");
        String rps = settings.get("limit-rps");
        if (rps != null) {
            l.append("      limit_req zone=").append(zone).append(" burst=")
                    .append(Integer.parseInt(rps) * BURST_MULTIPLIER).append(" nodelay;\n")
                    .append("      limit_req_status 503;\n");
        }
        return l.append("      proxy_pass http://").append(upstream(route.service())).append(";\n").toString();
    }

    private static Map<String, String> settings(IngressRoutes.Route route) {
        Map<String, String> settings = new LinkedHashMap<>();
        route.annotations().forEach((key, value) -> {
            if (key.startsWith(ANNOTATION)) {
                String name = key.substring(ANNOTATION.length());
                if (!KNOWN.contains(name)) {
                    throw new IllegalArgumentException("annotation " + key + " is not rendered: add it to "
                            + NginxConfig.class.getSimpleName());
                }
                settings.put(name, value);
            }
        });
        return settings;
    }

    private static String upstream(String service) {
        return "svc_" + service.replace('-', '_');
    }
}
