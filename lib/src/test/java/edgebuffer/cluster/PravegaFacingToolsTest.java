package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.verify.IntegrityReport;
import edgebuffer.workload.BenchmarkStream;
import edgebuffer.workload.IngestCounters;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.pravega.client.ClientConfig;
import io.pravega.client.EventStreamClientFactory;
import io.pravega.client.admin.StreamManager;
import io.pravega.client.stream.EventStreamWriter;
import io.pravega.client.stream.EventWriterConfig;
import io.pravega.client.stream.impl.ByteBufferSerializer;
import io.pravega.local.LocalPravegaEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Pravega-facing parts of the cluster mode against a real (in-process) Pravega: the pod
 * workload's counters and read-back, and clean-benchmark-scopes. Pods go to the mock API server;
 * the test stands in for the writer pods, following their command lines.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class PravegaFacingToolsTest {

    static LocalPravegaEmulator pravega;
    static URI controller;
    KubernetesClient client;

    @BeforeAll
    static void startPravega() throws Exception {
        pravega = LocalPravegaEmulator.builder().controllerPort(freePort()).segmentStorePort(freePort()).zkPort(freePort())
                .restServerPort(freePort()).enableRestServer(false).enableAuth(false).enableTls(false)
                .enableMetrics(false).enabledAdminGateway(false).adminGatewayPort(freePort()).build();
        pravega.start();
        controller = URI.create(pravega.getInProcPravegaCluster().getControllerURI());
    }

    @AfterAll
    static void stopPravega() throws Exception {
        pravega.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Stands in for a writer pod: creates scope and stream only if the pod's command says
     * {@code --create} (as pravega-latency-writer does; nothing else in the cluster mode creates
     * them), then writes events of the given sizes.
     */
    private static long runWriterPod(Pod pod, int... sizes) {
        List<String> command = pod.getSpec().getContainers().get(0).getCommand();
        String scope = command.get(command.indexOf("--scope") + 1);
        if (command.contains("--create")) {
            new BenchmarkStream(scope, LatencyPods.STREAM).create(controller);
        }
        return write(scope, sizes);
    }

    private static void createStream(String scope) {
        new BenchmarkStream(scope, LatencyPods.STREAM).create(controller);
    }

    /** Events of the given sizes into an existing scope/latency; returns the bytes they take in the segment. */
    private static long write(String scope, int... sizes) {
        ClientConfig config = ClientConfig.builder().controllerURI(controller).build();
        long total = 0;
        try (EventStreamClientFactory f = EventStreamClientFactory.withScope(scope, config);
             EventStreamWriter<ByteBuffer> w = f.createEventWriter(LatencyPods.STREAM, new ByteBufferSerializer(),
                     EventWriterConfig.builder().build())) {
            for (int size : sizes) {
                w.writeEvent(ByteBuffer.wrap(new byte[size])).join();
                total += size + PodWorkload.EVENT_HEADER_BYTES;
            }
        }
        return total;
    }

    @Test
    void countersAreAcknowledgedBytesAndEverythingReadsBack() throws Exception {
        ClusterSession session = new ClusterSession(client, TestOptions.cluster(), new RecordingCharts(),
                new PrintStream(new ByteArrayOutputStream()), null);
        try (PodWorkload workload = new PodWorkload(session, TestOptions.experiment("--writers", "2"), "tcp://in-cluster:9090", 5, new Random(7))) {
            workload.start(controller, Instant.now());
            List<Pod> writers = client.pods().inNamespace("pravega").list().getItems().stream()
                    .filter(p -> p.getMetadata().getName().startsWith(LatencyPods.WRITER_PREFIX))
                    .sorted(Comparator.comparing(p -> p.getMetadata().getName())).toList();
            assertEquals(2, writers.size(), "a writer pod per stream was created");

            assertArrayEquals(new long[] {0, 0}, workload.counters().ackedBytesPerWriter(), "no stream yet: nothing acknowledged");
            long w0 = runWriterPod(writers.get(0), 1000, 250_000, 3);
            long w1 = runWriterPod(writers.get(1), 64_000);
            IngestCounters c = workload.counters();
            assertArrayEquals(new long[] {w0, w1}, c.ackedBytesPerWriter());

            IntegrityReport report = workload.verify(controller);
            assertEquals(List.of(), report.problems());
            assertEquals(4, report.eventsVerified());
            assertTrue(report.ok());
        }
    }

    @Test
    void cleanDeletesOnlyBenchmarkScopes() {
        createStream("benchmarkcleanme");
        write("benchmarkcleanme", 10, 20);
        createStream("keepme");
        write("keepme", 5);
        List<String> deleted = BenchmarkScopes.clean(controller, new PrintStream(new ByteArrayOutputStream()));
        assertTrue(deleted.contains("benchmarkcleanme"), deleted.toString());
        assertFalse(deleted.contains("keepme"));
        try (StreamManager m = StreamManager.create(controller)) {
            assertFalse(m.checkScopeExists("benchmarkcleanme"));
            assertTrue(m.checkScopeExists("keepme"));
        }
    }
}
