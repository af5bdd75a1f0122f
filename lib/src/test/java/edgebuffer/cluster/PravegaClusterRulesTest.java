package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PravegaClusterRulesTest {

    @Test
    void theOriginalSettingsPassForBothVariants() {
        assertDoesNotThrow(() -> PravegaClusterRules.validate(PravegaClusterSpec.baseline(TestOptions.cluster())));
        assertDoesNotThrow(() -> PravegaClusterRules.validate(PravegaClusterSpec.geds(TestOptions.cluster(
                "--segment-store-memory-mi", "6144", "--segment-store-direct-mi", "4560"))));
    }

    @Test
    void heapPlusDirectMustStayBelowTheLimit() {
        UserError e = assertThrows(UserError.class, () -> PravegaClusterRules.validate(PravegaClusterSpec.baseline(
                TestOptions.cluster("--segment-store-memory-mi", "3584"))));
        assertEquals("the Pravega operator would reject this PravegaCluster: heap 1024 MiB + direct memory 2560 MiB must stay "
                + "below the memory limit 3584 MiB (raise --segment-store-memory-mi or lower --segment-store-heap-mi / "
                + "--segment-store-direct-mi)", e.getMessage());
    }

    @Test
    void cacheMustBeSmallerThanDirectMemory() {
        UserError e = assertThrows(UserError.class, () -> PravegaClusterRules.validate(PravegaClusterSpec.baseline(
                TestOptions.cluster("--pravega-cache-bytes", String.valueOf(2560L * 1024 * 1024)))));
        assertTrue(e.getMessage().contains("cache (2560 MiB) must be smaller than direct memory (2560 MiB)"), e.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void missingLimitsJvmOptionsOrCacheAreRejected() {
        GenericKubernetesResource noLimits = PravegaClusterSpec.baseline(TestOptions.cluster());
        pravega(noLimits).remove("segmentStoreResources");
        assertTrue(assertThrows(UserError.class, () -> PravegaClusterRules.validate(noLimits)).getMessage().contains("memory and cpu limits"));

        GenericKubernetesResource noXmx = PravegaClusterSpec.baseline(TestOptions.cluster());
        pravega(noXmx).put("segmentStoreJVMOptions", List.of("-XX:MaxDirectMemorySize=2560m"));
        assertTrue(assertThrows(UserError.class, () -> PravegaClusterRules.validate(noXmx)).getMessage().contains("-Xmx"));

        GenericKubernetesResource noCache = PravegaClusterSpec.baseline(TestOptions.cluster());
        ((Map<String, Object>) pravega(noCache).get("options")).remove("pravegaservice.cache.size.max");
        assertTrue(assertThrows(UserError.class, () -> PravegaClusterRules.validate(noCache)).getMessage().contains("cache.size.max"));
    }

    @Test
    void jvmSizesInEveryUnit() {
        assertEquals(1024L, PravegaClusterRules.bytes("1k"));
        assertEquals(2560L * 1024 * 1024, PravegaClusterRules.bytes("2560m"));
        assertEquals(4L * 1024 * 1024 * 1024, PravegaClusterRules.bytes("4G"));
        assertEquals(77L, PravegaClusterRules.bytes("77"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pravega(GenericKubernetesResource r) {
        return (Map<String, Object>) ((Map<String, Object>) r.getAdditionalProperties().get("spec")).get("pravega");
    }
}
