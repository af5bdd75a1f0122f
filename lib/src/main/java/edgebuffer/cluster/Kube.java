package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Opens the fabric8 client for the kubeconfig's current context (or {@code --context}) and turns the
 * two mistakes every user makes first into one line they can act on: no API server, missing CRDs.
 */
public final class Kube {

    private Kube() {
    }

    /** A client for the chosen context, after checking that the API server answers. */
    public static KubernetesClient connect(ClusterOptions options) {
        return connect(options, new KubernetesClientBuilder());
    }

    /** As {@link #connect(ClusterOptions)}, with a builder prepared by the caller (tests pick the HTTP client). */
    static KubernetesClient connect(ClusterOptions options, KubernetesClientBuilder builder) {
        Config config = options.context == null ? Config.autoConfigure(null) : Config.autoConfigure(options.context);
        if (options.context != null && !options.context.equals(config.getCurrentContext() == null ? null : config.getCurrentContext().getName())) {
            throw new UserError("kubeconfig has no context '" + options.context + "': list them with `kubectl config get-contexts`");
        }
        // Few retries: a missing API server should be reported in seconds, not after minutes of back-off.
        config.setRequestRetryBackoffLimit(2);
        return checked(builder.withConfig(config).build());
    }

    /** Returns {@code client} once its API server answered; otherwise closes it and says what to check. */
    public static KubernetesClient checked(KubernetesClient client) {
        try {
            client.getKubernetesVersion();
            return client;
        } catch (KubernetesClientException e) {
            String url = client.getConfiguration().getMasterUrl();
            client.close();
            if (e.getCode() == 401 || e.getCode() == 403) {
                throw new UserError("the Kubernetes API server at " + url + " refused our credentials (HTTP " + e.getCode()
                        + "): check the user of your kubeconfig context", e);
            }
            throw new UserError("no Kubernetes API server reachable at " + url
                    + ": start the cluster (adminit on the master) or pick another kubeconfig context with --context", e);
        }
    }

    /** Fails with the install step to run when the cluster does not know {@code kind}'s CRD. */
    public static void requireCrd(KubernetesClient client, OperatorKind kind) {
        CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions().withName(kind.crdName()).get();
        if (crd == null) {
            throw new UserError("the cluster has no " + kind.kind() + " resource type (CRD " + kind.crdName()
                    + " missing): run `" + kind.installStep() + "` first");
        }
    }
}
