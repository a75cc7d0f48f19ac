package vn.vungxanh.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads from its configuration: the keys of its application.properties and the shared defaults, the
 * ${VX_...} variables they name, the properties of its typed configuration (@ConfigMapping), the single properties
 * it injects (@ConfigProperty) and the keys of its own configuration sources; each key also by its environment
 * variable name (SmallRye's mapping: every character that is not a letter or digit becomes _, upper case).
 */
record ServiceConfig(String service, Set<String> keys, Set<String> prefixes,
        List<ConfigMappings.MapProperty> maps, Set<String> variables) {

    /** Read by the runtime itself (extra configuration files) or the image's start script. */
    static final Set<String> PLATFORM_VARIABLES = Set.of("QUARKUS_CONFIG_LOCATIONS", "SMALLRYE_CONFIG_LOCATIONS");
    static final List<String> CONFIG_LOCATIONS = List.of("QUARKUS_CONFIG_LOCATIONS", "SMALLRYE_CONFIG_LOCATIONS");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern SOURCE_KEY = Pattern.compile("static final String KEY\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern DOCKER_ENV = Pattern.compile("(?m)^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)=");

    static ServiceConfig of(String service) {
        Set<String> keys = new TreeSet<>();
        Set<String> variables = new TreeSet<>(PLATFORM_VARIABLES);
        for (Properties p : List.of(Project.services().get(service), Project.sharedDefaults())) {
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith("%")) {
                    keys.add(key);
                }
                Matcher m = PLACEHOLDER.matcher(p.getProperty(key));
                while (m.find()) {
                    variables.add(m.group(1));
                }
            }
        }
        Set<String> prefixes = new TreeSet<>();
        List<ConfigMappings.MapProperty> maps = new ArrayList<>();
        for (String source : sources(service)) {
            collect(MAPPING, source, prefixes);
            ConfigMappings.read(source, keys, maps);
            collect(PROPERTY, source, keys);
            if (source.contains("implements ConfigSource")) {
                collect(SOURCE_KEY, source, keys);
            }
        }
        Path dockerfile = Project.dockerfile(service);
        if (Files.isRegularFile(dockerfile)) {
            collect(DOCKER_ENV, Yaml.read(dockerfile), variables);
        }
        return new ServiceConfig(service, keys, prefixes, maps, variables);
    }

    /** The environment variable SmallRye Config maps to a property name. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** An environment variable the service reads: a ${VAR} of its configuration, or the env form of a key it reads. */
    boolean readsVariable(String name) {
        return variables.contains(name) || keys.stream().anyMatch(k -> environmentName(k).equals(name))
                || maps.stream().anyMatch(m -> name.startsWith(environmentName(m.prefix()) + "_")
                        && (m.leaves().isEmpty() || m.leaves().stream()
                                .anyMatch(l -> name.endsWith("_" + environmentName(l)))));
    }

    /** A property (of an extra configuration file) the service reads. */
    boolean readsKey(String key) {
        return keys.contains(key) || maps.stream().anyMatch(m -> key.startsWith(m.prefix() + ".")
                && (m.leaves().isEmpty() ? !key.substring(m.prefix().length() + 1).isEmpty()
                        : m.leaves().stream().anyMatch(l -> key.endsWith("." + l)
                                && key.length() > m.prefix().length() + l.length() + 2)));
    }

    /** Properties text (a mounted configuration file) as key → value. */
    static Properties parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** Java sources of the service and of the common module every service includes. */
    private static List<String> sources(String service) {
        List<String> sources = new ArrayList<>();
        for (String module : List.of(service, "common")) {
            Path dir = Project.ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(Yaml.read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
