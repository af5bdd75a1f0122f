package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Charts through helm-java, a real Helm embedded as a native library: no helm binary to install on
 * the master. Helm talks to the same API server as fabric8: the kubeconfig of the chosen context.
 * Needs {@code com.marcnuri.helm-java:helm-java} on the class path (an optional dependency of the
 * library; the cluster scripts add it).
 */
public final class HelmCharts implements Charts {

    private final Path kubeconfig;
    private final Path repositoryConfig;
    private final int timeoutSeconds;
    private final Set<String> reposAdded = new HashSet<>();

    public HelmCharts(KubernetesClient client, int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
        try {
            Path dir = Files.createTempDirectory("edgebuffer-helm");
            dir.toFile().deleteOnExit();
            this.repositoryConfig = dir.resolve("repositories.yaml");
            this.kubeconfig = dir.resolve("kubeconfig");
            // The client's kubeconfig with the client's context made current, so Helm and fabric8 see one cluster.
            var current = client.getConfiguration().getCurrentContext();
            java.io.File file = client.getConfiguration().getFile();
            if (current == null || file == null) {
                throw new UserError("Helm needs a kubeconfig file: set KUBECONFIG or create ~/.kube/config (adminit does)");
            }
            io.fabric8.kubernetes.api.model.Config parsed = KubeConfigUtils.parseConfig(file);
            parsed.setCurrentContext(current.getName());
            KubeConfigUtils.persistKubeConfigIntoFile(parsed, kubeconfig.toFile());
            kubeconfig.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UserError("cannot prepare Helm's kubeconfig in the temp folder: " + e.getMessage(), e);
        }
    }

    /** The kubeconfig Helm uses (the client's file, with the client's context current). */
    Path kubeconfig() {
        return kubeconfig;
    }

    @Override
    public void install(ChartRelease release) {
        try {
            if (reposAdded.add(release.repoName())) {
                com.marcnuri.helm.Helm.repo().add().withRepositoryConfig(repositoryConfig)
                        .withName(release.repoName()).withUrl(URI.create(release.repoUrl())).call();
            }
            var install = com.marcnuri.helm.Helm.install(release.chartRef())
                    .withRepositoryConfig(repositoryConfig)
                    .withKubeConfig(kubeconfig)
                    .withName(release.name())
                    .withVersion(release.version())
                    .withNamespace(release.namespace())
                    .createNamespace()
                    .waitReady()
                    .withTimeout(timeoutSeconds);
            for (Map.Entry<String, Object> v : release.values().entrySet()) {
                install = install.set(v.getKey(), v.getValue());
            }
            install.call();
        } catch (IllegalStateException e) {
            throw new UserError("helm install " + release.name() + " (" + release.chartRef() + " " + release.version()
                    + ") failed: " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void uninstall(String releaseName, String namespace) {
        try {
            com.marcnuri.helm.Helm.uninstall(releaseName).withKubeConfig(kubeconfig).withNamespace(namespace)
                    .ignoreNotFound().call();
        } catch (IllegalStateException e) {
            throw new UserError("helm uninstall " + releaseName + " failed: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
