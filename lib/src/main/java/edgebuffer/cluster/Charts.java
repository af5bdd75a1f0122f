package edgebuffer.cluster;

/**
 * Installs and removes operator charts. The real one is {@link HelmCharts} (an embedded Helm);
 * the operators' charts carry their RBAC, CRDs and webhooks, which this toolkit should not re-type.
 */
public interface Charts {

    /** Installs {@code release} and waits until its pods are ready. */
    void install(ChartRelease release);

    /** Removes a release; a release that is not there is not an error. */
    void uninstall(String releaseName, String namespace);
}
