package vn.vungxanh.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property names of a @ConfigMapping interface, read from its source: one per method (kebab case under the
 * prefix), nested groups expanded, and maps (Map&lt;String, V&gt;) as patterns with the map key in the middle.
 */
final class ConfigMappings {

    /** A map property: keys prefix.&lt;key&gt; (any key) when leaves is empty, else prefix.&lt;key&gt;.&lt;leaf&gt;. */
    record MapProperty(String prefix, Set<String> leaves) {
    }

    private static final Pattern PREFIX = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)");
    private static final Pattern METHOD = Pattern.compile("^\\s*([A-Za-z][\\w<>, .?]*?)\\s+([a-z]\\w*)\\(\\);");
    private static final Pattern MAP = Pattern.compile("Map<\\s*String\\s*,\\s*(\\w+)\\s*>");

    private ConfigMappings() {
    }

    /** Adds the mapping's plain properties to keys and its map properties to maps; false without @ConfigMapping. */
    static boolean read(String source, Set<String> keys, List<MapProperty> maps) {
        Matcher prefix = PREFIX.matcher(source);
        if (!prefix.find()) {
            return false;
        }
        Map<String, List<String[]>> interfaces = new HashMap<>();
        List<String> stack = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        String top = null;
        int depth = 0;
        for (String line : source.substring(prefix.end()).split("\n")) {
            Matcher declared = INTERFACE.matcher(line);
            if (declared.find()) {
                stack.add(declared.group(1));
                depths.add(depth);
                interfaces.put(declared.group(1), new ArrayList<>());
                top = top == null ? declared.group(1) : top;
            } else if (!stack.isEmpty()) {
                Matcher method = METHOD.matcher(line);
                if (method.find()) {
                    interfaces.get(stack.get(stack.size() - 1)).add(new String[] {method.group(1), method.group(2)});
                }
            }
            depth += count(line, '{') - count(line, '}');
            while (!stack.isEmpty() && depth <= depths.get(depths.size() - 1)) {
                stack.remove(stack.size() - 1);
                depths.remove(depths.size() - 1);
            }
        }
        if (top != null) {
            expand(prefix.group(1), top, interfaces, keys, maps);
        }
        return true;
    }

    private static void expand(String prefix, String type, Map<String, List<String[]>> interfaces, Set<String> keys,
            List<MapProperty> maps) {
        for (String[] method : interfaces.get(type)) {
            String key = prefix + "." + kebab(method[1]);
            Matcher map = MAP.matcher(method[0]);
            if (map.find()) {
                Set<String> leaves = new java.util.TreeSet<>();
                if (interfaces.containsKey(map.group(1))) {
                    expand("", map.group(1), interfaces, leaves, maps);
                }
                maps.add(new MapProperty(key, leaves.stream().map(l -> l.substring(1))
                        .collect(java.util.stream.Collectors.toSet())));
            } else if (interfaces.containsKey(method[0].trim())) {
                expand(key, method[0].trim(), interfaces, keys, maps);
            } else {
                keys.add(key);
            }
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(x -> x == c).count();
    }
}
