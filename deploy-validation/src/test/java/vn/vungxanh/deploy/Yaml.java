package vn.vungxanh.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** YAML documents as plain trees (maps, lists, scalars), the form kustomize patches work on. */
final class Yaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {
    }

    /** Every non-empty document of a file (documents separated by ---). */
    static List<Object> documents(String text) {
        // A parser handed in (not a string) keeps a top-level list one document instead of unwrapping its items.
        try (JsonParser parser = MAPPER.getFactory().createParser(text);
                MappingIterator<Object> it = MAPPER.readValues(parser, Object.class)) {
            List<Object> docs = new ArrayList<>();
            while (it.hasNextValue()) {
                Object doc = it.nextValue();
                if (doc != null) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new RenderException("not valid YAML: " + e.getMessage());
        }
    }

    /** Every document of a manifest file, each a Kubernetes object. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Path file) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object doc : documents(read(file))) {
            if (!(doc instanceof Map<?, ?> map) || !map.containsKey("kind")) {
                throw new RenderException(file + ": a document that is not a Kubernetes object");
            }
            objects.add((Map<String, Object>) map);
        }
        return objects;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A deep copy, so that one rendering can be broken on purpose without touching another. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return (T) copy;
        }
        if (tree instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return tree;
    }
}
