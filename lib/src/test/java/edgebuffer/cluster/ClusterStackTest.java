package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true, https = false)
class ClusterStackTest {

    KubernetesClient client;

    private ClusterSession session() {
        return new ClusterSession(client, TestOptions.cluster(), new RecordingCharts(), new PrintStream(new ByteArrayOutputStream()), null);
    }

    private void installed(boolean geds) {
        Crds.install(client, OperatorKind.PRAVEGA_CLUSTER);
        ClusterOptions o = TestOptions.cluster("--segment-store-memory-mi", "6144", "--segment-store-direct-mi", "4560");
        client.genericKubernetesResources(OperatorKind.PRAVEGA_CLUSTER.context()).inNamespace("pravega")
                .resource(geds ? PravegaClusterSpec.geds(o) : PravegaClusterSpec.baseline(o)).create();
        client.services().inNamespace("pravega").resource(new ServiceBuilder().withNewMetadata()
                .withName("pravega-pravega-controller").withNamespace("pravega").endMetadata()
                .withNewSpec().withClusterIP("10.96.0.42").endSpec().build()).create();
    }

    @Test
    void noPravegaClusterTypeNamesPravegaInstall() {
        UserError e = assertThrows(UserError.class, () -> new ClusterStack(session(), false, null));
        assertEquals("the cluster has no PravegaCluster resource type (CRD pravegaclusters.pravega.pravega.io missing): "
                + "run `pravega-install` first", e.getMessage());
    }

    @Test
    void aGedsRunOnBaselinePravegaNamesResetGeds() {
        installed(false);
        UserError e = assertThrows(UserError.class, () -> new ClusterStack(session(), true, null));
        assertEquals("the cluster runs baseline Pravega but this run is GEDS: run reset-geds first", e.getMessage());
    }

    @Test
    void controllerIsTheServiceClusterIpAndOutageDrivesTheTenant() {
        installed(true);
        client.apps().statefulSets().inNamespace("pravega").resource(new StatefulSetBuilder()
                .withNewMetadata().withName("pravega-pool-0").withNamespace("pravega").endMetadata()
                .withNewSpec().withReplicas(3).endSpec().withNewStatus().withReadyReplicas(3).endStatus().build()).create();
        ClusterStack stack = new ClusterStack(session(), true, null);
        assertEquals(URI.create("tcp://10.96.0.42:9090"), stack.controllerUri());
        assertEquals("cluster", stack.kind());
        stack.ltsDown();
        assertEquals(0, client.apps().statefulSets().inNamespace("pravega").withName("pravega-pool-0").get().getSpec().getReplicas());
        stack.close(); // a run that stops mid-outage gives LTS back
        assertEquals(3, client.apps().statefulSets().inNamespace("pravega").withName("pravega-pool-0").get().getSpec().getReplicas());
    }
}
