package edgebuffer.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for custom resources: ordered maps for their specs, and the resource itself. */
final class Obj {

    private Obj() {
    }

    /** An ordered, mutable map from key/value pairs: {@code map("a", 1, "b", 2)}. */
    static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** A custom resource of {@code kind} with the given spec. */
    static GenericKubernetesResource resource(OperatorKind kind, String name, String namespace, Map<String, Object> spec) {
        return new GenericKubernetesResourceBuilder()
                .withApiVersion(kind.apiVersion()).withKind(kind.kind())
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .addToAdditionalProperties("spec", spec)
                .build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> child(Map<String, Object> parent, String key) {
        Object v = parent == null ? null : parent.get(key);
        return v instanceof Map ? (Map<String, Object>) v : null;
    }

    /** A PVC spec (as a map, for custom resources). */
    static Map<String, Object> claim(String storageClass, String size) {
        return map("accessModes", java.util.List.of("ReadWriteOnce"), "storageClassName", storageClass,
                "resources", map("requests", map("storage", size)));
    }
}
