package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edgebuffer.cli.Cli;
import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true, https = false)
class KubeTest {

    KubernetesClient client;

    @Test
    void noApiServerIsOneLineSayingWhatToDo() {
        KubernetesClient nowhere = new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                .withMasterUrl("https://127.0.0.1:1").withRequestRetryBackoffLimit(0).build()).build();
        UserError e = assertThrows(UserError.class, () -> Kube.checked(nowhere));
        assertEquals("no Kubernetes API server reachable at https://127.0.0.1:1/: start the cluster (adminit on the master) "
                + "or pick another kubeconfig context with --context", e.getMessage());
        assertFalse(Cli.oneLine(e).contains("\n"));
    }

    @Test
    void missingCrdNamesTheInstallStep() {
        UserError e = assertThrows(UserError.class, () -> Kube.requireCrd(client, OperatorKind.TENANT));
        assertEquals("the cluster has no Tenant resource type (CRD tenants.minio.min.io missing): run `minio-install` first", e.getMessage());
        UserError p = assertThrows(UserError.class, () -> Kube.requireCrd(client, OperatorKind.PRAVEGA_CLUSTER));
        assertEquals("the cluster has no PravegaCluster resource type (CRD pravegaclusters.pravega.pravega.io missing): "
                + "run `pravega-install` first", p.getMessage());
    }

    @Test
    void presentCrdPasses() {
        Crds.install(client, OperatorKind.TENANT);
        Kube.requireCrd(client, OperatorKind.TENANT);
    }
}
