package edgebuffer.stack;

import io.pravega.local.InProcPravegaCluster;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real Pravega 0.13 in this JVM: ZooKeeper, one controller and one segment store, with an
 * in-memory durable log (no BookKeeper) and chunked long-term storage configured by the caller.
 *
 * <p>{@code InProcPravegaCluster} applies JVM system properties after its own settings, which is
 * the only way to give its segment store arbitrary keys (cache size, storage binding); they are
 * set just before start and removed after close.
 */
public final class EmbeddedPravega implements AutoCloseable {

    private final Map<String, String> segmentStoreSettings;
    private final int containers;
    private InProcPravegaCluster cluster;
    private URI controllerUri;

    /**
     * @param segmentStoreSettings Pravega segment-store keys (for example {@code pravegaservice.cache.size.max})
     * @param containers           segment containers; each has its own throttler and storage writer
     */
    public EmbeddedPravega(Map<String, String> segmentStoreSettings, int containers) {
        this.segmentStoreSettings = new LinkedHashMap<>(segmentStoreSettings);
        this.containers = containers;
    }

    public void start() throws Exception {
        int zkPort = FreePorts.pick();
        int controllerPort = FreePorts.pick();
        int segmentStorePort = FreePorts.pick();
        segmentStoreSettings.forEach(System::setProperty);
        cluster = InProcPravegaCluster.builder()
                .isInProcZK(true).zkUrl("localhost:" + zkPort).zkPort(zkPort)
                .isInMemStorage(true)
                .isInProcController(true).controllerCount(1)
                .isInProcSegmentStore(true).segmentStoreCount(1).containerCount(containers)
                .enableRestServer(false).enableAdminGateway(false)
                .enableMetrics(false).enableAuth(false).enableTls(false)
                .build();
        cluster.setControllerPorts(new int[] {controllerPort});
        cluster.setSegmentStorePorts(new int[] {segmentStorePort});
        cluster.start();
        controllerUri = URI.create(cluster.getControllerURI());
    }

    public URI controllerUri() {
        return controllerUri;
    }

    @Override
    public void close() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception e) {
            // shutting down: the run's result is already known, a noisy close must not hide it
            org.slf4j.LoggerFactory.getLogger(EmbeddedPravega.class).warn("Pravega did not close cleanly", e);
        } finally {
            cluster = null;
            segmentStoreSettings.keySet().forEach(System::clearProperty);
        }
    }
}
