package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true, https = false)
class TenantOutageTest {

    KubernetesClient client;

    private void tenantWithReadyPods(int ready) {
        client.apps().statefulSets().inNamespace("pravega").resource(new StatefulSetBuilder()
                .withNewMetadata().withName("pravega-pool-0").withNamespace("pravega").endMetadata()
                .withNewSpec().withReplicas(3).endSpec()
                .withNewStatus().withReplicas(3).withReadyReplicas(ready).endStatus().build()).createOr(r -> r.update());
    }

    private void setReady(int ready) {
        StatefulSet sts = client.apps().statefulSets().inNamespace("pravega").withName("pravega-pool-0").get();
        sts.getStatus().setReadyReplicas(ready);
        client.apps().statefulSets().inNamespace("pravega").resource(sts).updateStatus();
    }

    private int replicas() {
        return client.apps().statefulSets().inNamespace("pravega").withName("pravega-pool-0").get().getSpec().getReplicas();
    }

    @Test
    void scalesToZeroThenBackAndWaitsForReadyServers() throws Exception {
        tenantWithReadyPods(3);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ClusterSession session = new ClusterSession(client, TestOptions.cluster(), new RecordingCharts(),
                new PrintStream(buf, true, StandardCharsets.UTF_8), null);
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T20:30:00Z"), ZoneOffset.UTC);
        TenantOutage outage = new TenantOutage(session, clock);

        assertEquals(Instant.parse("2026-12-04T20:30:00Z"), outage.down());
        assertEquals(0, replicas());
        setReady(0); // what the StatefulSet controller reports once the pods are gone

        CompletableFuture<Instant> up = CompletableFuture.supplyAsync(outage::up);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (replicas() != 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(3, replicas());
        Thread.sleep(300);
        assertFalse(up.isDone(), "up() must wait until the servers are ready");
        setReady(3);
        assertEquals(Instant.parse("2026-12-04T20:30:00Z"), up.get(10, TimeUnit.SECONDS));
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("LTS down: statefulset/pravega-pool-0 scaled to 0 at 2026-12-04T20:30:00Z"), printed);
        assertTrue(printed.contains("LTS up: statefulset/pravega-pool-0 scaled to 3 at 2026-12-04T20:30:00Z"), printed);
    }

    @Test
    void pauseIsDownSleepUp() throws Exception {
        tenantWithReadyPods(3);
        ClusterSession session = new ClusterSession(client, TestOptions.cluster(), new RecordingCharts(),
                new PrintStream(new ByteArrayOutputStream()), null);
        Instant[] times = new TenantOutage(session, Clock.systemUTC()).pause(1);
        assertTrue(times[1].toEpochMilli() - times[0].toEpochMilli() >= 1000, "the outage lasts the given seconds");
        assertEquals(3, replicas());
    }

    @Test
    void missingTenantNamesMinioInstall() {
        ClusterSession session = new ClusterSession(client, TestOptions.cluster(), new RecordingCharts(),
                new PrintStream(new ByteArrayOutputStream()), null);
        UserError e = assertThrows(UserError.class, () -> new TenantOutage(session, Clock.systemUTC()).down());
        assertTrue(e.getMessage().startsWith("no statefulset pravega-pool-0 in namespace pravega: run minio-install first"), e.getMessage());
    }
}
