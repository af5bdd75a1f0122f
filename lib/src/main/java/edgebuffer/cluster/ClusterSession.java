package edgebuffer.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one cluster script works with: the client, the options, the charts, the output, and - opened
 * only when a step needs it - S3 access to the tenant through a supervised port-forward.
 */
public final class ClusterSession implements AutoCloseable {

    private final KubernetesClient client;
    private final ClusterOptions options;
    private final Charts charts;
    private final PrintStream out;
    private final ClusterObjects objects;
    private final String s3EndpointOverride;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private TenantS3 s3;
    private boolean ownsClient;

    /**
     * @param s3EndpointOverride an S3 endpoint reachable from here (tests, or a user with an ingress);
     *                           null to port-forward to the tenant's service
     *                           (the caller keeps owning {@code client})
     */
    public ClusterSession(KubernetesClient client, ClusterOptions options, Charts charts, PrintStream out, String s3EndpointOverride) {
        this.client = client;
        this.options = options;
        this.charts = charts;
        this.out = out;
        this.objects = new ClusterObjects(client, out, options.waitMinutes);
        this.s3EndpointOverride = s3EndpointOverride;
    }

    /** The real thing: the kubeconfig's cluster and an embedded Helm. */
    public static ClusterSession open(ClusterOptions options, PrintStream out) {
        KubernetesClient client = Kube.connect(options);
        ClusterSession session = new ClusterSession(client, options, new HelmCharts(client, options.waitMinutes * 60), out, null);
        session.ownsClient = true;
        return session;
    }

    /** Without Helm, for the steps that install no chart. */
    public static ClusterSession openWithoutCharts(ClusterOptions options, PrintStream out) {
        KubernetesClient client = Kube.connect(options);
        ClusterSession session = new ClusterSession(client, options, new NoCharts(), out, null);
        session.ownsClient = true;
        return session;
    }

    public KubernetesClient client() {
        return client;
    }

    public ClusterOptions options() {
        return options;
    }

    public Charts charts() {
        return charts;
    }

    public PrintStream out() {
        return out;
    }

    public ClusterObjects objects() {
        return objects;
    }

    /** S3 with Pravega's access key, once the key is accepted. */
    public TenantS3 s3() {
        if (s3 == null) {
            String endpoint = s3EndpointOverride;
            if (endpoint == null) {
                SupervisedPortForward forward = new SupervisedPortForward(client, options.namespace, options.tenant + "-hl", options.s3Port, out);
                closeables.add(forward);
                endpoint = forward.localUrl();
            }
            s3 = new TenantS3(endpoint, options.s3AccessKey, options.s3SecretKey, out);
            s3.awaitKeyAccepted(Duration.ofMinutes(2));
        }
        return s3;
    }

    @Override
    public void close() {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception ignored) {
                // best effort on the way out
            }
        }
        if (ownsClient) {
            client.close();
        }
    }

    /** Charts for steps that install none: any use is a programming error. */
    private static final class NoCharts implements Charts {
        @Override
        public void install(ChartRelease release) {
            throw new IllegalStateException("this step installs no chart");
        }

        @Override
        public void uninstall(String releaseName, String namespace) {
            throw new IllegalStateException("this step removes no chart");
        }
    }
}
