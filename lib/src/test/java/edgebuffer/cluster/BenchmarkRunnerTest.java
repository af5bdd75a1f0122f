package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.experiment.ExperimentOptions;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EnableKubernetesMockClient(crud = true, https = false)
class BenchmarkRunnerTest {

    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void onePodPerWriterAndReadersOnEachWritersStream() {
        ExperimentOptions e = TestOptions.experiment("--writers", "8", "--readers-per-stream", "8", "--video-width", "1920",
                "--video-height", "1080");
        ClusterOptions o = TestOptions.cluster("--workload-image", "registry.local/edgebuffer:1", "--node-selector", "edge=true");
        List<LatencyPods.StreamPods> plan = LatencyPods.build(e, o, "tcp://ctrl:9090", 0, 5, "run-1", new Random(42));

        assertEquals(8, plan.size());
        assertEquals(8, plan.stream().map(LatencyPods.StreamPods::scope).distinct().count(), "a scope per writer");
        assertTrue(plan.stream().allMatch(s -> s.scope().startsWith("benchmark") && s.stream().equals("latency")));
        assertEquals(72, LatencyPods.all(plan).size());

        LatencyPods.StreamPods first = plan.get(0);
        List<String> writer = first.writer().getSpec().getContainers().get(0).getCommand();
        assertEquals(List.of("sh", "-c", "sleep \"$0\" && exec pravega-latency-writer \"$@\"", "0",
                "--controller", "tcp://ctrl:9090", "--scope", first.scope(), "--stream", "latency", "--create",
                "--video-width", "1920", "--video-height", "1080", "--video-fps", "30", "--video-bitrate", "20000",
                "--video-source", "auto", "--writer-inflight-mb", "8"), writer);
        Pod reader = first.readers().get(3);
        assertEquals("latency-reader-0-3", reader.getMetadata().getName());
        assertEquals(List.of("sh", "-c", "sleep \"$0\" && exec pravega-latency-reader \"$@\"", "5",
                "--controller", "tcp://ctrl:9090", "--scope", first.scope(), "--stream", "latency"),
                reader.getSpec().getContainers().get(0).getCommand());
        assertEquals("registry.local/edgebuffer:1", reader.getSpec().getContainers().get(0).getImage());
        assertEquals("true", reader.getSpec().getNodeSelector().get("edge"));
        assertEquals("Never", reader.getSpec().getRestartPolicy());
    }

    @Test
    void manifestsAreOneFilePerPodThatParsesBack(@TempDir Path dir) throws Exception {
        List<Pod> pods = LatencyPods.all(LatencyPods.build(TestOptions.experiment("--writers", "2"), TestOptions.cluster(),
                "tcp://c:9090", 0, 5, "r", new Random(1)));
        List<Path> files = BenchmarkRunner.writeManifests(pods, dir.resolve("manifests"));
        assertEquals(Set.of("latency-writer-0.yaml", "latency-writer-1.yaml", "latency-reader-0-0.yaml", "latency-reader-1-0.yaml"),
                files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        Pod back = Serialization.unmarshal(Files.readString(files.get(0)), Pod.class);
        assertEquals(pods.get(0), back);
    }

    @Test
    void runnerCreatesWritersThenReadersAndDeletesEverything(@TempDir Path dir) throws Exception {
        ClusterSession session = new ClusterSession(client, TestOptions.cluster(), new RecordingCharts(),
                new PrintStream(new ByteArrayOutputStream()), null);
        BenchmarkRunner runner = new BenchmarkRunner(session, new Random(3));
        // no reader pods: nothing to download, which keeps this test about create/delete order
        List<LatencyPods.StreamPods> plan = runner.plan(TestOptions.experiment("--writers", "2", "--readers-per-stream", "0"),
                "tcp://c:9090", 0, 5, "r");
        Requests.clear(server);
        runner.run(plan, 0, dir);
        assertEquals(List.of(
                "POST /api/v1/namespaces/pravega/pods",
                "POST /api/v1/namespaces/pravega/pods",
                "DELETE /api/v1/namespaces/pravega/pods/latency-writer-0",
                "DELETE /api/v1/namespaces/pravega/pods/latency-writer-1"), Requests.writes(server));
        assertNull(client.pods().inNamespace("pravega").withName("latency-writer-0").get());
    }
}
