package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.verify.IntegrityReport;
import edgebuffer.workload.IngestCounters;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.pravega.client.ClientConfig;
import io.pravega.client.EventStreamClientFactory;
import io.pravega.client.admin.StreamManager;
import io.pravega.client.stream.EventStreamWriter;
import io.pravega.client.stream.EventWriterConfig;
import io.pravega.client.stream.StreamConfiguration;
import io.pravega.client.stream.impl.ByteBufferSerializer;
import io.pravega.local.LocalPravegaEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Pravega-facing parts of the cluster mode against a real (in-process) Pravega: the pod
 * workload's counters and read-back, and clean-benchmark-scopes. Pods go to the mock API server;
 * the test writes into their streams what the writer pods would.
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

    /** What a writer pod does: events of the given sizes into scope/latency. */
    private static long write(String scope, int... sizes) {
        ClientConfig config = ClientConfig.builder().controllerURI(controller).build();
        try (StreamManager m = StreamManager.create(config)) {
            m.createScope(scope);
            m.createStream(scope, LatencyPods.STREAM, StreamConfiguration.builder().build());
        }
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
            List<String> scopes = new ArrayList<>();
            client.pods().inNamespace("pravega").list().getItems().stream()
                    .filter(p -> p.getMetadata().getName().startsWith(LatencyPods.WRITER_PREFIX))
                    .forEach(p -> scopes.add(p.getMetadata().getAnnotations().get("edgebuffer/scope")));
            assertEquals(2, scopes.size(), "a writer pod per stream was created");

            assertArrayEquals(new long[] {0, 0}, workload.counters().ackedBytesPerWriter(), "no stream yet: nothing acknowledged");
            long w0 = write(scopes.get(0), 1000, 250_000, 3);
            long w1 = write(scopes.get(1), 64_000);
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
        write("benchmarkcleanme", 10, 20);
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
