package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.vertx.VertxHttpClientFactory;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --context: fabric8 and the embedded Helm must both talk to the context the user chose. */
@EnableKubernetesMockClient(crud = true, https = false)
class KubeconfigContextTest {

    KubernetesClient client; // only for the mock server's URL

    @TempDir
    Path dir;

    /**
     * The mock server speaks HTTP/1.1 without TLS, where the JDK client's h2c upgrade hangs; a real
     * API server is HTTPS, and the JDK client is the only one on the scripts' class path.
     */
    private static KubernetesClient connect(String context) {
        return Kube.connect(TestOptions.cluster("--context", context),
                new KubernetesClientBuilder().withHttpClientFactory(new VertxHttpClientFactory()));
    }

    @AfterEach
    void forget() {
        System.clearProperty(Config.KUBERNETES_KUBECONFIG_FILE);
    }

    /** A kubeconfig whose current context points nowhere and whose "edge" context points at the mock server. */
    private void kubeconfig() throws Exception {
        String mock = client.getConfiguration().getMasterUrl();
        Path file = dir.resolve("config");
        Files.writeString(file, String.join("\n", List.of(
                "apiVersion: v1",
                "kind: Config",
                "current-context: nowhere",
                "clusters:",
                "- name: nowhere",
                "  cluster: {server: 'http://127.0.0.1:1'}",
                "- name: edge",
                "  cluster: {server: '" + mock + "'}",
                "users:",
                "- name: u",
                "  user: {token: t}",
                "contexts:",
                "- name: nowhere",
                "  context: {cluster: nowhere, user: u}",
                "- name: edge",
                "  context: {cluster: edge, user: u, namespace: default}",
                "")));
        System.setProperty(Config.KUBERNETES_KUBECONFIG_FILE, file.toString());
    }

    @Test
    void contextSelectsTheClusterForFabric8AndHelm() throws Exception {
        kubeconfig();
        try (KubernetesClient edge = connect("edge")) {
            assertTrue(edge.getConfiguration().getMasterUrl().startsWith(client.getConfiguration().getMasterUrl()));
            HelmCharts helm = new HelmCharts(edge, 60);
            var written = KubeConfigUtils.parseConfig(helm.kubeconfig().toFile());
            assertEquals("edge", written.getCurrentContext(), "Helm gets the chosen context as its current one");
        }
    }

    @Test
    void unknownContextIsOneLine() throws Exception {
        kubeconfig();
        UserError e = assertThrows(UserError.class, () -> connect("elsewhere"));
        assertEquals("kubeconfig has no context 'elsewhere': list them with `kubectl config get-contexts`", e.getMessage());
    }

    @Test
    void helmFailureIsAUserErrorNamingTheRelease() throws Exception {
        kubeconfig();
        try (KubernetesClient edge = connect("edge")) {
            HelmCharts helm = new HelmCharts(edge, 5);
            ChartRelease release = new ChartRelease("zookeeper-operator", "pravega", "http://127.0.0.1:1", "zookeeper-operator",
                    "0.2.15", "default", Map.of());
            UserError e = assertThrows(UserError.class, () -> helm.install(release));
            assertTrue(e.getMessage().startsWith("helm install zookeeper-operator (pravega/zookeeper-operator 0.2.15) failed: "),
                    e.getMessage());
        }
    }
}
