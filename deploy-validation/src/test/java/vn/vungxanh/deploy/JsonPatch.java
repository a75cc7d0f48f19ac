package vn.vungxanh.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** JSON 6902 operations add, replace and remove on a YAML tree, with JSON Pointer paths. */
final class JsonPatch {

    private JsonPatch() {
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> object, Map<String, Object> operation, String label) {
        String op = Trees.string(operation, "op");
        String path = Trees.string(operation, "path");
        List<String> steps = new ArrayList<>(Arrays.stream(path.substring(1).split("/", -1))
                .map(s -> s.replace("~1", "/").replace("~0", "~")).toList());
        String last = steps.remove(steps.size() - 1);
        Object parent = object;
        for (String step : steps) {
            parent = child(parent, step);
            if (parent == null) {
                throw new RenderException(label + ": " + op + " " + path + " on " + Trees.id(object)
                        + ": no such path");
            }
        }
        Object value = Yaml.copy(operation.get("value"));
        boolean exists = child(parent, last) != null;
        if (("replace".equals(op) || "remove".equals(op)) && !exists) {
            throw new RenderException(label + ": " + op + " " + path + " on " + Trees.id(object) + ": no such path");
        }
        if (parent instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            switch (op) {
                case "add", "replace" -> m.put(last, value);
                case "remove" -> m.remove(last);
                default -> throw new RenderException(label + ": operation '" + op + "' is not supported here");
            }
        } else if (parent instanceof List<?> list) {
            List<Object> l = (List<Object>) list;
            int index = "-".equals(last) ? l.size() : Integer.parseInt(last);
            switch (op) {
                case "add" -> l.add(index, value);
                case "replace" -> l.set(index, value);
                case "remove" -> l.remove(index);
                default -> throw new RenderException(label + ": operation '" + op + "' is not supported here");
            }
        } else {
            throw new RenderException(label + ": " + path + " on " + Trees.id(object) + ": not a map or list");
        }
    }

    private static Object child(Object node, String step) {
        if (node instanceof Map<?, ?> map) {
            return map.get(step);
        }
        if (node instanceof List<?> list && step.matches("\\d+") && Integer.parseInt(step) < list.size()) {
            return list.get(Integer.parseInt(step));
        }
        return null;
    }
}
