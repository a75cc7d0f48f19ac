package vn.vungxanh.deploy;

import java.util.List;
import java.util.Map;

/** Navigation in YAML trees. */
final class Trees {

    private Trees() {
    }

    /** The value at a path of map keys and list indexes, or null when any step is missing. */
    static Object at(Object tree, Object... path) {
        Object node = tree;
        for (Object step : path) {
            if (node instanceof Map<?, ?> map) {
                node = map.get(step);
            } else if (node instanceof List<?> list && step instanceof Integer i && i < list.size()) {
                node = list.get(i);
            } else {
                return null;
            }
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object tree, Object... path) {
        Object node = at(tree, path);
        return node instanceof Map<?, ?> ? (Map<String, Object>) node : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object tree, Object... path) {
        Object node = at(tree, path);
        return node instanceof List<?> ? (List<Object>) node : List.of();
    }

    static String string(Object tree, Object... path) {
        Object node = at(tree, path);
        return node == null ? null : String.valueOf(node);
    }

    static String kind(Map<String, Object> object) {
        return string(object, "kind");
    }

    static String name(Map<String, Object> object) {
        return string(object, "metadata", "name");
    }

    static String id(Map<String, Object> object) {
        return kind(object) + "/" + name(object);
    }
}
