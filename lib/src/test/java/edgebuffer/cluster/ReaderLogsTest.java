package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.server.mock.OutputStreamMessage;
import io.fabric8.kubernetes.client.server.mock.StatusMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EnableKubernetesMockClient(crud = true, https = false)
class ReaderLogsTest {

    KubernetesClient client;
    KubernetesMockServer server;

    private void pod(String name) {
        client.pods().inNamespace("pravega").resource(new PodBuilder().withNewMetadata().withName(name).withNamespace("pravega")
                .endMetadata().withNewSpec().addNewContainer().withName("c").withImage("i").endContainer().endSpec().build()).create();
    }

    /** What the API server's exec of `sh -c "cat '/latency-log.log'"` streams back from a pod. */
    private void catReturns(String pod, String content) {
        server.expect().get()
                .withPath("/api/v1/namespaces/pravega/pods/" + pod + "/exec?command=sh&command=-c&command=cat%20%27%2Flatency-log.log%27&container=c&stdout=true")
                .andUpgradeToWebSocket().open(new OutputStreamMessage(content))
                .waitFor(50).andEmit(new StatusMessage(0)).done().once();
    }

    @Test
    void copiesEachReadersLogAsPodLatencyLog(@TempDir Path dir) throws Exception {
        pod("latency-reader-0-0");
        pod("latency-reader-1-0");
        pod("latency-writer-0");
        String log0 = "absolute_time(s),experiment_time(s),e2e latency(ms)\n1764880201.123,12.456,3.2\n";
        String log1 = "absolute_time(s),experiment_time(s),e2e latency(ms)\n1764880202.000,13.000,4.0\n";
        catReturns("latency-reader-0-0", log0);
        catReturns("latency-reader-1-0", log1);
        ClusterSession session = new ClusterSession(client, TestOptions.cluster(), new RecordingCharts(),
                new PrintStream(new ByteArrayOutputStream()), null);

        List<Path> files = new ReaderLogs(session).download(dir);

        assertEquals(List.of(dir.resolve("latency-reader-0-0-latency.log"), dir.resolve("latency-reader-1-0-latency.log")), files);
        assertEquals(log0, Files.readString(files.get(0)));
        assertEquals(log1, Files.readString(files.get(1)));
    }
}
