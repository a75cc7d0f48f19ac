package vn.vungxanh.deploy;

import java.util.List;
import java.util.Map;

/** Renders and parses the overlays of deploy/k8s, as they are or as a test breaks them. */
final class Overlays {

    private Overlays() {
    }

    static List<Map<String, Object>> render(String overlay) {
        return Kustomize.render(Project.overlay(overlay));
    }

    static Manifests parse(String overlay, List<Map<String, Object>> rendered) {
        return Manifests.parse(overlay, rendered, Yaml.objects(Project.SECRETS_EXAMPLE));
    }

    static Manifests load(String overlay) {
        return parse(overlay, render(overlay));
    }

    /** The rendered object of that kind and name (to break it on purpose). */
    static Map<String, Object> object(List<Map<String, Object>> rendered, String kind, String name) {
        return rendered.stream().filter(o -> kind.equals(Trees.kind(o)) && name.equals(Trees.name(o))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    /** The first container of a workload's pod template. */
    static Map<String, Object> container(List<Map<String, Object>> rendered, String kind, String name) {
        return Trees.map(object(rendered, kind, name), "spec", "template", "spec", "containers", 0);
    }
}
