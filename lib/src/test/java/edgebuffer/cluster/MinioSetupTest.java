package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnableKubernetesMockClient(crud = true, https = false)
class MinioSetupTest {

    @RegisterExtension
    static final TenantS3Server S3 = new TenantS3Server();

    KubernetesClient client;
    KubernetesMockServer server;

    /** Plays the MinIO operator: once the tenant exists, its pool's StatefulSet appears with ready pods. */
    private Thread operator(ClusterOptions o) {
        Thread t = new Thread(() -> {
            while (client.genericKubernetesResources(OperatorKind.TENANT.context()).inNamespace(o.namespace).withName(o.tenant).get() == null) {
                ClusterObjects.sleep(50);
            }
            client.apps().statefulSets().inNamespace(o.namespace).resource(new StatefulSetBuilder()
                    .withNewMetadata().withName(o.tenantStatefulSet()).withNamespace(o.namespace).endMetadata()
                    .withNewSpec().withReplicas(o.tenantServers).endSpec()
                    .withNewStatus().withReadyReplicas(o.tenantServers).withReplicas(o.tenantServers).endStatus().build()).create();
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    @SuppressWarnings("unchecked")
    void operatorThenTenantThenBucketsWithNoManualStep() throws Exception {
        ClusterOptions o = S3.options();
        RecordingCharts charts = new RecordingCharts();
        Crds.install(client, OperatorKind.TENANT);
        Requests.clear(server);
        Thread operator = operator(o);
        try (ClusterSession session = S3.session(client, o, charts)) {
            new MinioSetup(session).install();
            operator.join(5000);

            assertEquals(List.of("install minio-operator minio-operator/operator 6.0.4 -n minio-operator"), charts.calls);
            List<String> writes = Requests.writes(server).stream().filter(w -> !w.contains("statefulsets")).toList();
            assertEquals(List.of(
                    "POST /api/v1/namespaces",
                    "POST /api/v1/namespaces/pravega/secrets",
                    "POST /api/v1/namespaces/pravega/secrets",
                    "POST /apis/minio.min.io/v2/namespaces/pravega/tenants"), writes);

            GenericKubernetesResource tenant = client.genericKubernetesResources(OperatorKind.TENANT.context())
                    .inNamespace("pravega").withName("pravega").get();
            Map<String, Object> spec = (Map<String, Object>) tenant.getAdditionalProperties().get("spec");
            Map<String, Object> pool = ((List<Map<String, Object>>) spec.get("pools")).get(0);
            assertEquals("pool-0", pool.get("name"));
            assertEquals(3, pool.get("servers"));
            assertEquals(false, spec.get("requestAutoCert"), "TLS off, as the original tenant");
            Secret user = client.secrets().inNamespace("pravega").withName("pravega-user-0").get();
            // a real API server turns stringData into data; the mock keeps what was sent
            assertEquals(S3.server().accessKey(), user.getStringData().get("CONSOLE_ACCESS_KEY"));

            assertTrue(session.s3().exists("tier-2-baseline"));
            assertTrue(session.s3().exists("tier-2-geds"));
        }
    }

    @Test
    void tenantThatNeverGetsReadyIsAUserError() {
        ClusterOptions o = S3.options();
        o.waitMinutes = 0; // give up at once
        Crds.install(client, OperatorKind.TENANT);
        try (ClusterSession session = S3.session(client, o, new RecordingCharts())) {
            UserError e = assertThrows(UserError.class, () -> new MinioSetup(session).install());
            assertTrue(e.getMessage().startsWith("statefulset/pravega-pool-0 in pravega did not get 3 ready pods"), e.getMessage());
        }
    }
}
