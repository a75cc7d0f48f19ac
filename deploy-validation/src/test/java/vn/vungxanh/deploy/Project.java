package vn.vungxanh.deploy;

import vn.vungxanh.events.Topics;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the code says the deployment must match: the services' configuration and the topic names. */
final class Project {

    static final Path ROOT = Path.of(System.getProperty("vx.project.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path SECRETS_EXAMPLE = K8S.resolve("secrets.example.yaml");
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(?::([^}]*))?}");

    private Project() {
    }

    static Path overlay(String name) {
        return K8S.resolve("overlays").resolve(name);
    }

    /** Every service module (a directory named *-service with an application.properties), by name. */
    static Map<String, Properties> services() {
        Map<String, Properties> services = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            dirs.filter(d -> d.getFileName().toString().endsWith("-service"))
                    .filter(d -> Files.isRegularFile(properties(d)))
                    .forEach(d -> services.put(d.getFileName().toString(), load(properties(d))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("no service modules under " + ROOT);
        }
        return services;
    }

    /** The defaults every service shares (common module), e.g. the database pool size. */
    static Properties sharedDefaults() {
        return load(ROOT.resolve("common/src/main/resources/META-INF/microprofile-config.properties"));
    }

    static Path dockerfile(String service) {
        return ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
    }

    private static Path properties(Path module) {
        return module.resolve("src/main/resources/application.properties");
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A configuration value with ${ENV:default} placeholders resolved against a container's environment. */
    static String resolve(String value, Map<String, String> env) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = env.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Topics named in the services' configuration and the shared defaults (channels, the dead-letter topic, Kafka
     * Streams sources).
     */
    static TreeSet<String> configuredTopics() {
        TreeSet<String> topics = new TreeSet<>();
        List<Properties> configurations = new ArrayList<>(services().values());
        configurations.add(sharedDefaults());
        for (Properties p : configurations) {
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("%")) {
                    continue;
                }
                if (key.endsWith(".topic")) {
                    topics.add(p.getProperty(key).trim());
                } else if (key.equals("quarkus.kafka-streams.topics")) {
                    for (String t : p.getProperty(key).split(",")) {
                        topics.add(t.trim());
                    }
                }
            }
        }
        return topics;
    }

    /** Every topic constant of {@link Topics}, whether or not it was added to COMPACTED or STREAMS. */
    static TreeSet<String> codeTopics() {
        TreeSet<String> topics = new TreeSet<>(Topics.COMPACTED);
        topics.addAll(Topics.STREAMS);
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    topics.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }

    /** Topics keyed by place (venue or checkpoint id): joined partition by partition, so equally partitioned. */
    static List<String> placeKeyedTopics() {
        return List.of(Topics.CHECKINS, Topics.PASSAGES, Topics.HEARTBEATS, Topics.SHIFTS, Topics.VENUES,
                Topics.CHECKPOINTS, Topics.DEVICES, Topics.PEER_VERDICTS, Topics.ALERT_RESOLUTIONS);
    }
}
