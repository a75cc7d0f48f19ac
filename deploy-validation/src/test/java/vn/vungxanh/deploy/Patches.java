package vn.vungxanh.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kustomize's patches: a JSON 6902 patch (a list of operations) applies to every object its target selects; a
 * strategic merge patch (one object per entry, as kustomize requires) applies to its target's objects or, without a
 * target, to the object of the same kind and name. Built-in kinds merge lists of named items (containers, env, volumes...) item by
 * item; custom resources have no merge keys, so their lists are replaced, as kustomize does.
 */
final class Patches {

    private static final Set<String> BUILT_IN_GROUPS = Set.of("v1", "apps/v1", "autoscaling/v2", "policy/v1",
            "networking.k8s.io/v1", "batch/v1");
    private static final Set<String> TARGET_FIELDS = Set.of("kind", "name");

    private Patches() {
    }

    static void apply(Path dir, Map<String, Object> entry, List<Map<String, Object>> objects) {
        String text = entry.containsKey("path") ? Yaml.read(dir.resolve(Trees.string(entry, "path")))
                : Trees.string(entry, "patch");
        if (text == null) {
            throw new RenderException(dir + ": a patch without path or patch");
        }
        Map<String, Object> target = Trees.map(entry, "target");
        if (target != null) {
            for (String field : target.keySet()) {
                if (!TARGET_FIELDS.contains(field)) {
                    throw new RenderException(dir + ": patch target field '" + field + "' is not supported here");
                }
            }
        }
        List<Object> documents = Yaml.documents(text);
        String label = entry.containsKey("path") ? Trees.string(entry, "path") : "inline patch " + target;
        if (documents.size() == 1 && documents.get(0) instanceof List<?> operations) {
            if (target == null) {
                throw new RenderException(dir + ": " + label + " is a JSON 6902 patch without a target");
            }
            for (Map<String, Object> object : selected(dir, label, target, objects)) {
                for (Object operation : operations) {
                    JsonPatch.apply(object, Trees.map(operation), label);
                }
            }
            return;
        }
        if (documents.size() != 1) {
            throw new RenderException(dir + ": " + label + " holds " + documents.size()
                    + " documents; kustomize's patches field takes one patch per entry");
        }
        for (Object document : documents) {
            Map<String, Object> patch = Trees.map(document);
            List<Map<String, Object>> targets = target != null ? selected(dir, label, target, objects)
                    : selected(dir, label, Map.of("kind", Trees.kind(patch), "name", Trees.name(patch)), objects);
            for (Map<String, Object> object : targets) {
                boolean builtIn = BUILT_IN_GROUPS.contains(Trees.string(object, "apiVersion"));
                Map<String, Object> body = Yaml.copy(patch);
                body.remove("apiVersion");
                body.remove("kind");
                body.remove("metadata");
                merge(object, body, builtIn);
                Map<String, Object> metadata = Trees.map(patch, "metadata");
                for (String field : List.of("labels", "annotations")) {
                    if (metadata != null && metadata.containsKey(field)) {
                        merge(Trees.map(object, "metadata"), Map.of(field, metadata.get(field)), true);
                    }
                }
            }
        }
    }

    private static List<Map<String, Object>> selected(Path dir, String label, Map<String, Object> target,
            List<Map<String, Object>> objects) {
        List<Map<String, Object>> selected = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            boolean kind = !target.containsKey("kind") || target.get("kind").equals(Trees.kind(object));
            boolean name = !target.containsKey("name") || target.get("name").equals(Trees.name(object));
            if (kind && name) {
                selected.add(object);
            }
        }
        if (selected.isEmpty()) {
            throw new RenderException(dir + ": " + label + " matches no object (" + target + ")");
        }
        return selected;
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> patch, boolean builtIn) {
        patch.forEach((key, value) -> {
            Object current = into.get(key);
            if (value == null) {
                into.remove(key);
            } else if (current instanceof Map<?, ?> currentMap && value instanceof Map<?, ?> valueMap) {
                merge((Map<String, Object>) currentMap, (Map<String, Object>) valueMap, builtIn);
            } else if (builtIn && current instanceof List<?> currentList && value instanceof List<?> valueList
                    && named(currentList) && named(valueList)) {
                mergeNamed((List<Object>) currentList, (List<Object>) valueList);
            } else {
                into.put(key, Yaml.copy(value));
            }
        });
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> m && m.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    private static void mergeNamed(List<Object> into, List<?> patch) {
        for (Object item : patch) {
            Map<String, Object> patchItem = (Map<String, Object>) item;
            Map<String, Object> existing = into.stream().map(Trees::map)
                    .filter(i -> patchItem.get("name").equals(i.get("name"))).findFirst().orElse(null);
            if (existing == null) {
                into.add(Yaml.copy(patchItem));
            } else {
                merge(existing, patchItem, true);
            }
        }
    }
}
