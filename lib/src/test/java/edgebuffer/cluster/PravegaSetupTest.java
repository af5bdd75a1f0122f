package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnableKubernetesMockClient(crud = true, https = false)
class PravegaSetupTest {

    @RegisterExtension
    static final TenantS3Server S3 = new TenantS3Server();

    KubernetesClient client;
    KubernetesMockServer server;
    RecordingCharts charts;

    @BeforeEach
    void crds() throws InterruptedException {
        charts = new RecordingCharts();
        Crds.install(client, OperatorKind.values());
        Requests.clear(server);
    }

    private ClusterSession session(ClusterOptions o) {
        return S3.session(client, o, charts);
    }

    @Test
    void baselineInstallSendsOperatorsThenClustersInOrder() throws Exception {
        ClusterOptions o = S3.options();
        try (ClusterSession s = session(o)) {
            new PravegaSetup(s).install(PravegaSetup.Variant.BASELINE);
            assertTrue(s.s3().exists("tier-2-baseline"));
        }
        assertEquals(List.of(
                "install cert-manager jetstack/cert-manager v1.16.2 -n cert-manager",
                "install zookeeper-operator pravega/zookeeper-operator 0.2.15 -n default",
                "install bookkeeper-operator pravega/bookkeeper-operator 0.1.9 -n default",
                "install pravega-operator pravega/pravega-operator 0.6.3 -n default"), charts.calls);
        assertEquals(List.of(
                "POST /api/v1/namespaces",                                              // default
                "POST /apis/cert-manager.io/v1/namespaces/default/issuers",
                "POST /apis/cert-manager.io/v1/namespaces/default/certificates",
                "POST /apis/cert-manager.io/v1/namespaces/default/certificates",
                "POST /api/v1/namespaces",                                              // pravega
                "POST /apis/zookeeper.pravega.io/v1beta1/namespaces/pravega/zookeeperclusters",
                "POST /api/v1/namespaces/pravega/configmaps",
                "POST /apis/bookkeeper.pravega.io/v1alpha1/namespaces/pravega/bookkeeperclusters",
                "POST /apis/pravega.pravega.io/v1beta1/namespaces/pravega/pravegaclusters"), Requests.writes(server));
        GenericKubernetesResource zk = client.genericKubernetesResources(OperatorKind.ZOOKEEPER_CLUSTER.context())
                .inNamespace("pravega").withName("zookeeper").get();
        assertEquals(1, spec(zk).get("replicas"), "the original patched ZooKeeper to one replica");
        assertEquals("3", String.valueOf(spec(client.genericKubernetesResources(OperatorKind.BOOKKEEPER_CLUSTER.context())
                .inNamespace("pravega").withName("bookkeeper").get()).get("replicas")));
        assertEquals("pravega", client.configMaps().inNamespace("pravega").withName("bookkeeper-configmap").get()
                .getData().get("PRAVEGA_CLUSTER_NAME"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gedsInstallAddsVolumeAndMetadataServerBeforePravega() throws Exception {
        ClusterOptions o = S3.options("--segment-store-memory-mi", "6144", "--segment-store-direct-mi", "4560",
                "--node-selector", "kubernetes.io/hostname=worker1");
        try (ClusterSession s = session(o)) {
            new PravegaSetup(s).install(PravegaSetup.Variant.GEDS);
            assertTrue(s.s3().exists("tier-2-geds"));
        }
        List<String> writes = Requests.writes(server);
        int pv = writes.indexOf("POST /api/v1/persistentvolumes");
        int pod = writes.indexOf("POST /api/v1/namespaces/pravega/pods");
        int svc = writes.indexOf("POST /api/v1/namespaces/pravega/services");
        int pravega = writes.indexOf("POST /apis/pravega.pravega.io/v1beta1/namespaces/pravega/pravegaclusters");
        assertTrue(writes.contains("POST /apis/storage.k8s.io/v1/storageclasses"), writes.toString());
        assertTrue(pv >= 0 && pv < pod && pod < svc && svc < pravega, writes.toString());
        var volume = client.persistentVolumes().withName("geds-cache").get();
        assertEquals("5Gi", volume.getSpec().getCapacity().get("storage").toString());
        assertEquals("worker1", volume.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms().get(0)
                .getMatchExpressions().get(0).getValues().get(0));
        Map<String, Object> p = (Map<String, Object>) spec(client.genericKubernetesResources(OperatorKind.PRAVEGA_CLUSTER.context())
                .inNamespace("pravega").withName("pravega").get()).get("pravega");
        assertEquals("edgebuffer/pravega-geds", ((Map<String, Object>) p.get("image")).get("repository"));
        Map<String, Object> env = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) p.get("longtermStorage")).get("custom")).get("env");
        assertEquals("geds-metadataserver.pravega.svc.cluster.local:4381", env.get("GEDS_METADATASERVER"));
        assertEquals("hdfs://tier-2-geds", ((Map<String, Object>) p.get("options")).get("hdfs.connect.uri"));
    }

    @Test
    void webhookInvalidClusterIsRejectedBeforeAnythingIsSent() throws Exception {
        ClusterOptions o = S3.options("--segment-store-memory-mi", "2048");
        try (ClusterSession s = session(o)) {
            UserError e = assertThrows(UserError.class, () -> new PravegaSetup(s).install(PravegaSetup.Variant.BASELINE));
            assertTrue(e.getMessage().startsWith("the Pravega operator would reject this PravegaCluster: heap 1024 MiB + direct memory 2560 MiB"),
                    e.getMessage());
        }
        assertEquals(List.of(), charts.calls);
        assertEquals(List.of(), Requests.writes(server));
    }

    @Test
    void withoutTheMinioOperatorInstallNamesMinioInstall() throws Exception {
        client.apiextensions().v1().customResourceDefinitions().withName(OperatorKind.TENANT.crdName()).delete();
        try (ClusterSession s = session(S3.options())) {
            UserError e = assertThrows(UserError.class, () -> new PravegaSetup(s).install(PravegaSetup.Variant.BASELINE));
            assertTrue(e.getMessage().endsWith("run `minio-install` first"), e.getMessage());
        }
    }

    @Test
    void resetGedsRemovesBaselineEmptiesBucketsAndInstallsGeds() throws Exception {
        ClusterOptions o = S3.options("--segment-store-memory-mi", "6144", "--segment-store-direct-mi", "4560");
        try (ClusterSession s = session(o)) {
            PravegaSetup setup = new PravegaSetup(s);
            setup.install(PravegaSetup.Variant.BASELINE);
            client.persistentVolumeClaims().inNamespace("pravega").resource(new PersistentVolumeClaimBuilder()
                    .withNewMetadata().withName("ledger-bookkeeper-bookie-0").withNamespace("pravega").endMetadata().build()).create();
            Requests.clear(server);
            charts.calls.clear();

            setup.reset(PravegaSetup.Variant.GEDS);
        }
        List<String> writes = Requests.writes(server);
        assertEquals(List.of(
                "DELETE /apis/pravega.pravega.io/v1beta1/namespaces/pravega/pravegaclusters/pravega",
                "DELETE /apis/bookkeeper.pravega.io/v1alpha1/namespaces/pravega/bookkeeperclusters/bookkeeper",
                "DELETE /apis/zookeeper.pravega.io/v1beta1/namespaces/pravega/zookeeperclusters/zookeeper",
                "DELETE /api/v1/namespaces/pravega/configmaps/bookkeeper-configmap",
                "DELETE /api/v1/namespaces/pravega/persistentvolumeclaims/ledger-bookkeeper-bookie-0"),
                writes.subList(0, 5));
        assertTrue(writes.indexOf("POST /apis/pravega.pravega.io/v1beta1/namespaces/pravega/pravegaclusters") > 5);
        assertEquals(List.of(), charts.calls, "a reset keeps the operators");
        assertNotNull(client.pods().inNamespace("pravega").withName("geds-metadataserver").get());
        assertNull(client.persistentVolumeClaims().inNamespace("pravega").withName("ledger-bookkeeper-bookie-0").get());
    }

    @Test
    void uninstallRemovesClustersGedsAndOperators() throws Exception {
        ClusterOptions o = S3.options("--segment-store-memory-mi", "6144", "--segment-store-direct-mi", "4560");
        try (ClusterSession s = session(o)) {
            PravegaSetup setup = new PravegaSetup(s);
            setup.install(PravegaSetup.Variant.GEDS);
            charts.calls.clear();
            setup.uninstall();
        }
        assertEquals(List.of("uninstall pravega-operator -n default", "uninstall bookkeeper-operator -n default",
                "uninstall zookeeper-operator -n default"), charts.calls);
        assertNull(client.persistentVolumes().withName("geds-cache").get());
        assertNull(client.services().inNamespace("pravega").withName("geds-metadataserver").get());
        assertNull(client.genericKubernetesResources(OperatorKind.PRAVEGA_CLUSTER.context()).inNamespace("pravega").withName("pravega").get());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource r) {
        return (Map<String, Object>) r.getAdditionalProperties().get("spec");
    }
}
