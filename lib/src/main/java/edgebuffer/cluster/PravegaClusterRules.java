package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Pravega operator's admission webhook rules for a segment store, checked before sending so the
 * user gets a line naming the option to change instead of a webhook denial (TOOLCHAIN-NOTES): memory
 * and cpu limits present; {@code pravegaservice.cache.size.max}, {@code -Xmx} and
 * {@code -XX:MaxDirectMemorySize} set; heap + direct memory below the memory limit; cache below
 * direct memory.
 */
public final class PravegaClusterRules {

    private static final Pattern XMX = Pattern.compile("^-Xmx(\\d+[kKmMgG]?)$");
    private static final Pattern DIRECT = Pattern.compile("^-XX:MaxDirectMemorySize=(\\d+[kKmMgG]?)$");

    private PravegaClusterRules() {
    }

    @SuppressWarnings("unchecked")
    public static void validate(GenericKubernetesResource cluster) {
        Map<String, Object> spec = Obj.child(cluster.getAdditionalProperties(), "spec");
        Map<String, Object> pravega = Obj.child(spec, "pravega");
        Map<String, Object> limits = Obj.child(Obj.child(pravega, "segmentStoreResources"), "limits");
        if (limits == null || limits.get("memory") == null || limits.get("cpu") == null) {
            throw reject("the segment store needs memory and cpu limits (--segment-store-memory-mi, --segment-store-cpu)");
        }
        long memoryLimit = Quantity.getAmountInBytes(new Quantity(String.valueOf(limits.get("memory")))).longValueExact();
        Map<String, Object> options = Obj.child(pravega, "options");
        Object cache = options == null ? null : options.get("pravegaservice.cache.size.max");
        if (cache == null) {
            throw reject("pravegaservice.cache.size.max must be set (--pravega-cache-bytes)");
        }
        long cacheBytes = Long.parseLong(String.valueOf(cache));
        List<String> jvm = pravega.get("segmentStoreJVMOptions") instanceof List<?> l ? (List<String>) l : List.of();
        Long heap = jvmSize(jvm, XMX);
        Long direct = jvmSize(jvm, DIRECT);
        if (heap == null || direct == null) {
            throw reject("the segment store needs -Xmx and -XX:MaxDirectMemorySize (--segment-store-heap-mi, --segment-store-direct-mi)");
        }
        if (heap + direct >= memoryLimit) {
            throw reject("heap " + mib(heap) + " + direct memory " + mib(direct) + " must stay below the memory limit "
                    + mib(memoryLimit) + " (raise --segment-store-memory-mi or lower --segment-store-heap-mi / --segment-store-direct-mi)");
        }
        if (cacheBytes >= direct) {
            throw reject("the cache (" + mib(cacheBytes) + ") must be smaller than direct memory (" + mib(direct)
                    + "): lower --pravega-cache-bytes or raise --segment-store-direct-mi");
        }
    }

    private static Long jvmSize(List<String> jvm, Pattern p) {
        Long found = null;
        for (String opt : jvm) {
            Matcher m = p.matcher(opt.trim());
            if (m.matches()) {
                found = bytes(m.group(1)); // the JVM takes the last occurrence
            }
        }
        return found;
    }

    static long bytes(String jvmSize) {
        char unit = Character.toLowerCase(jvmSize.charAt(jvmSize.length() - 1));
        long factor = switch (unit) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        String digits = Character.isDigit(unit) ? jvmSize : jvmSize.substring(0, jvmSize.length() - 1);
        return Long.parseLong(digits) * factor;
    }

    private static String mib(long bytes) {
        return (bytes / (1024 * 1024)) + " MiB";
    }

    private static UserError reject(String why) {
        return new UserError("the Pravega operator would reject this PravegaCluster: " + why);
    }
}
