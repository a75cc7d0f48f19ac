package vn.vungxanh.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl apply -k} does, for the fields deploy/k8s uses: resources (files
 * and directories), namespace, images, replicas and patches (strategic merge or JSON 6902, with or without a
 * target). A field outside that set, a missing file, a duplicate object or a patch that matches nothing fails the
 * rendering, so that what this renderer cannot vouch for never passes silently.
 */
final class Kustomize {

    static final String FILE = "kustomization.yaml";
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "images",
            "replicas", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PriorityClass", "IngressClass");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    private Kustomize() {
    }

    /** The objects an overlay (or any kustomization directory) produces. */
    static List<Map<String, Object>> render(Path dir) {
        return render(dir, new HashSet<>());
    }

    private static List<Map<String, Object>> render(Path dir, Set<Path> visiting) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new RenderException(dir + ": no " + FILE);
        }
        if (!visiting.add(dir.toAbsolutePath().normalize())) {
            throw new RenderException(dir + ": included twice (cycle)");
        }
        Map<String, Object> kustomization = Trees.map(Yaml.documents(Yaml.read(file)).get(0));
        for (String field : kustomization.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new RenderException(file + ": field '" + field + "' is not supported here");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object entry : Trees.list(kustomization, "resources")) {
            Path resource = dir.resolve(String.valueOf(entry)).normalize();
            if (Files.isDirectory(resource)) {
                objects.addAll(render(resource, visiting));
            } else if (Files.isRegularFile(resource)) {
                objects.addAll(Yaml.objects(resource));
            } else {
                throw new RenderException(file + ": resource '" + entry + "' does not exist");
            }
        }
        requireUniqueIds(file, objects);
        for (Object patch : Trees.list(kustomization, "patches")) {
            Patches.apply(dir, Trees.map(patch), objects);
        }
        for (Object replicas : Trees.list(kustomization, "replicas")) {
            setReplicas(file, Trees.map(replicas), objects);
        }
        for (Object image : Trees.list(kustomization, "images")) {
            setImage(file, Trees.map(image), objects);
        }
        String namespace = Trees.string(kustomization, "namespace");
        if (namespace != null) {
            for (Map<String, Object> object : objects) {
                if (!CLUSTER_SCOPED.contains(Trees.kind(object))) {
                    Trees.map(object, "metadata").put("namespace", namespace);
                }
            }
        }
        visiting.remove(dir.toAbsolutePath().normalize());
        return objects;
    }

    private static void requireUniqueIds(Path file, List<Map<String, Object>> objects) {
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> object : objects) {
            if (Trees.name(object) == null) {
                throw new RenderException(file + ": " + Trees.kind(object) + " without metadata.name");
            }
            if (!ids.add(Trees.id(object))) {
                throw new RenderException(file + ": " + Trees.id(object) + " is defined twice");
            }
        }
    }

    private static void setReplicas(Path file, Map<String, Object> entry, List<Map<String, Object>> objects) {
        String name = Trees.string(entry, "name");
        boolean found = false;
        for (Map<String, Object> object : objects) {
            if (SCALABLE.contains(Trees.kind(object)) && name.equals(Trees.name(object))) {
                Trees.map(object, "spec").put("replicas", entry.get("count"));
                found = true;
            }
        }
        if (!found) {
            throw new RenderException(file + ": replicas for '" + name + "', which no workload is named");
        }
    }

    private static void setImage(Path file, Map<String, Object> entry, List<Map<String, Object>> objects) {
        String name = Trees.string(entry, "name");
        boolean found = false;
        for (Map<String, Object> object : objects) {
            for (Object container : Trees.list(object, "spec", "template", "spec", "containers")) {
                Map<String, Object> c = Trees.map(container);
                String image = Trees.string(c, "image");
                if (image == null) {
                    continue;
                }
                int colon = image.lastIndexOf(':');
                boolean tagged = colon > image.lastIndexOf('/');
                String imageName = tagged ? image.substring(0, colon) : image;
                if (imageName.equals(name)) {
                    String newName = entry.containsKey("newName") ? Trees.string(entry, "newName") : imageName;
                    String tag = entry.containsKey("newTag") ? Trees.string(entry, "newTag")
                            : tagged ? image.substring(colon + 1) : null;
                    c.put("image", tag == null ? newName : newName + ":" + tag);
                    found = true;
                }
            }
        }
        if (!found) {
            throw new RenderException(file + ": image '" + name + "' is used by no container");
        }
    }
}
