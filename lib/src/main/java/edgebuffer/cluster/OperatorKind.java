package edgebuffer.cluster;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * The custom resources of the operators this setup relies on, with the script that installs each
 * operator (named in the error when its CRD is missing).
 */
public enum OperatorKind {
    TENANT("minio.min.io", "v2", "Tenant", "tenants", "minio-install"),
    ZOOKEEPER_CLUSTER("zookeeper.pravega.io", "v1beta1", "ZookeeperCluster", "zookeeperclusters", "pravega-install"),
    BOOKKEEPER_CLUSTER("bookkeeper.pravega.io", "v1alpha1", "BookkeeperCluster", "bookkeeperclusters", "pravega-install"),
    PRAVEGA_CLUSTER("pravega.pravega.io", "v1beta1", "PravegaCluster", "pravegaclusters", "pravega-install"),
    CERTIFICATE("cert-manager.io", "v1", "Certificate", "certificates", "pravega-install"),
    ISSUER("cert-manager.io", "v1", "Issuer", "issuers", "pravega-install");

    private final String group;
    private final String version;
    private final String kind;
    private final String plural;
    private final String installStep;

    OperatorKind(String group, String version, String kind, String plural, String installStep) {
        this.group = group;
        this.version = version;
        this.kind = kind;
        this.plural = plural;
        this.installStep = installStep;
    }

    public String kind() {
        return kind;
    }

    public String apiVersion() {
        return group + "/" + version;
    }

    public String crdName() {
        return plural + "." + group;
    }

    public String installStep() {
        return installStep;
    }

    public ResourceDefinitionContext context() {
        return new ResourceDefinitionContext.Builder()
                .withGroup(group).withVersion(version).withKind(kind).withPlural(plural).withNamespaced(true).build();
    }
}
