package vn.vungxanh.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What each service serves over HTTP, read from its code: every JAX-RS resource path (class {@code @Path} joined with
 * each resource method's {@code @Path}), every static file under {@code META-INF/resources} and every
 * {@code /webjars/} URL its pages load. Path parameters become a sample segment ({@code /api/v1/alerts/x/ack}), so a
 * path is a URL a client would call. Anything this reader cannot vouch for (a {@code @Path} that is not a string
 * literal, a sub-resource locator) fails it rather than passing silently.
 */
final class Endpoints {

    /** Paths a service serves that must stay inside the cluster: health, metrics, OpenAPI, benchmarks. */
    static final List<String> INTERNAL = List.of("/q/", "/bench/");
    /** The management endpoints every Quarkus service has, which the public Ingress must never reach. */
    static final List<String> MANAGEMENT = List.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics", "/q/openapi", "/q/swagger-ui", "/q/dev-ui");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|record|enum)\\s+\\w+");
    private static final Pattern PATH = Pattern.compile("@Path\\(\\s*\"#(\\d+)\"\\s*\\)");
    private static final Pattern ANY_PATH = Pattern.compile("@Path\\b");
    private static final Pattern HTTP_METHOD = Pattern.compile("@(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\b");
    private static final Pattern SIGNATURE_END = Pattern.compile("\\)\\s*(?:throws[^{;]*)?\\{");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]*}");
    private static final Pattern WEBJAR = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"");

    private Endpoints() {
    }

    /** Path → the services that serve it. */
    static Map<String, Set<String>> served() {
        Map<String, Set<String>> served = new TreeMap<>();
        for (String service : Project.services().keySet()) {
            for (String path : of(service)) {
                served.computeIfAbsent(path, p -> new TreeSet<>()).add(service);
            }
        }
        return served;
    }

    static boolean internal(String path) {
        return INTERNAL.stream().anyMatch(path::startsWith);
    }

    /** The paths one service serves. */
    static Set<String> of(String service) {
        Set<String> paths = new TreeSet<>();
        Path module = Project.ROOT.resolve(service);
        for (Path source : files(module.resolve("src/main/java"), ".java")) {
            paths.addAll(resourcePaths(source));
        }
        Path statics = module.resolve("src/main/resources/META-INF/resources");
        for (Path file : files(statics, "")) {
            String path = "/" + statics.relativize(file).toString().replace('\\', '/');
            paths.add(path);
            if (path.endsWith("/index.html")) {
                paths.add(path.substring(0, path.length() - "index.html".length()));
            }
            if (path.endsWith(".html")) {
                Matcher m = WEBJAR.matcher(Yaml.read(file));
                while (m.find()) {
                    paths.add(m.group(1));
                }
            }
        }
        return paths;
    }

    /** The URLs of one JAX-RS resource class (none for a class without a class-level {@code @Path}). */
    static List<String> resourcePaths(Path source) {
        List<String> literals = new ArrayList<>();
        Matcher s = STRING.matcher(Yaml.read(source));
        StringBuilder code = new StringBuilder();
        while (s.find()) {
            literals.add(s.group().substring(1, s.group().length() - 1));
            s.appendReplacement(code, "\"#" + (literals.size() - 1) + "\"");
        }
        s.appendTail(code);
        String text = code.toString();
        Matcher type = TYPE.matcher(text);
        if (!type.find()) {
            return List.of();
        }
        String head = text.substring(0, type.start());
        Matcher classPath = PATH.matcher(head);
        String base = null;
        while (classPath.find()) {
            base = literals.get(Integer.parseInt(classPath.group(1)));
        }
        long declared = ANY_PATH.matcher(text).results().count();
        if (base == null) {
            if (declared > 0) {
                throw new IllegalStateException(source + ": @Path that is not a string literal on a class");
            }
            return List.of();
        }
        String body = text.substring(type.end());
        List<String> paths = new ArrayList<>();
        long methodPaths = 0;
        Matcher method = HTTP_METHOD.matcher(body);
        Matcher signatureEnd = SIGNATURE_END.matcher(body);
        int from = 0;
        while (method.find(from)) {
            // a resource method's annotations lie between the previous resource method's signature and its own
            int end = signatureEnd.find(method.end()) ? signatureEnd.end() : body.length();
            Matcher sub = PATH.matcher(body.substring(from, end));
            String path = base;
            if (sub.find()) {
                path = join(base, literals.get(Integer.parseInt(sub.group(1))));
                methodPaths++;
            }
            paths.add(TEMPLATE.matcher(path).replaceAll("x"));
            from = end;
        }
        if (methodPaths + 1 != declared) {
            throw new IllegalStateException(source + ": a @Path this reader does not understand (not a string "
                    + "literal, or a sub-resource locator)");
        }
        return paths;
    }

    private static String join(String base, String sub) {
        String a = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return sub.isEmpty() ? a : a + (sub.startsWith("/") ? sub : "/" + sub);
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
