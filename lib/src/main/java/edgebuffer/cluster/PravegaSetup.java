package edgebuffer.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;

/**
 * pravega-install, pravega-geds-install, uninstall-pravega, reinstall-pravega, reset-baseline and
 * reset-geds: the operators through their charts, the clusters as custom resources built here (so
 * they are validated before sending and testable without a cluster).
 */
public final class PravegaSetup {

    public enum Variant { BASELINE, GEDS }

    private final ClusterSession session;
    private final ClusterOptions o;
    private final ClusterObjects objects;

    public PravegaSetup(ClusterSession session) {
        this.session = session;
        this.o = session.options();
        this.objects = session.objects();
    }

    /** The PravegaCluster of a variant, checked against the operator's webhook rules. */
    public GenericKubernetesResource pravegaCluster(Variant variant) {
        GenericKubernetesResource cluster = variant == Variant.GEDS ? PravegaClusterSpec.geds(o) : PravegaClusterSpec.baseline(o);
        PravegaClusterRules.validate(cluster);
        return cluster;
    }

    /** pravega-install / pravega-geds-install: operators, ZooKeeper, BookKeeper, (GEDS,) Pravega, bucket. */
    public void install(Variant variant) {
        GenericKubernetesResource pravega = pravegaCluster(variant); // before touching the cluster
        installOperators();
        installClusters(variant, pravega);
    }

    public void installOperators() {
        Kube.requireCrd(session.client(), OperatorKind.TENANT); // LTS first: the original order
        session.charts().install(OperatorCharts.certManager(o));
        objects.ensureNamespace(o.operatorsNamespace);
        objects.put(OperatorKind.ISSUER, WebhookCertificates.issuer(o));
        objects.put(OperatorKind.CERTIFICATE, WebhookCertificates.bookkeeper(o));
        objects.put(OperatorKind.CERTIFICATE, WebhookCertificates.pravega(o));
        for (ChartRelease chart : new ChartRelease[] {OperatorCharts.zookeeperOperator(o),
                OperatorCharts.bookkeeperOperator(o), OperatorCharts.pravegaOperator(o)}) {
            session.charts().install(chart);
            session.out().println("chart " + chart.name() + " installed in " + chart.namespace());
        }
    }

    private void installClusters(Variant variant, GenericKubernetesResource pravega) {
        objects.ensureNamespace(o.namespace);
        objects.put(OperatorKind.ZOOKEEPER_CLUSTER, ZookeeperBookkeeperSpecs.zookeeper(o));
        objects.put(ZookeeperBookkeeperSpecs.bookkeeperConfigMap(o));
        objects.put(OperatorKind.BOOKKEEPER_CLUSTER, ZookeeperBookkeeperSpecs.bookkeeper(o));
        if (variant == Variant.GEDS) {
            objects.put(GedsSpecs.storageClass(o));
            objects.put(GedsSpecs.cacheVolume(o));
            objects.put(GedsSpecs.metadataServer(o));
            objects.put(GedsSpecs.metadataService(o));
        }
        objects.put(OperatorKind.PRAVEGA_CLUSTER, pravega);
        session.s3().ensureBucket(variant == Variant.GEDS ? o.gedsBucket : o.baselineBucket);
    }

    /** uninstall-pravega: clusters first (their operators clean up after them), then operators and GEDS. */
    public void uninstall() {
        removeClusters();
        removeGeds();
        session.charts().uninstall(OperatorCharts.PRAVEGA_OPERATOR, o.operatorsNamespace);
        session.charts().uninstall(OperatorCharts.BOOKKEEPER_OPERATOR, o.operatorsNamespace);
        session.charts().uninstall(OperatorCharts.ZOOKEEPER_OPERATOR, o.operatorsNamespace);
        session.out().println("operators removed");
    }

    /** reinstall-pravega: uninstall, an empty baseline bucket, install again. */
    public void reinstall(Variant variant) {
        GenericKubernetesResource pravega = pravegaCluster(variant);
        uninstall();
        session.s3().recreateBucket(o.baselineBucket);
        installOperators();
        installClusters(variant, pravega);
    }

    /**
     * reset-baseline / reset-geds: switch the running system to one variant from empty storage -
     * clusters and GEDS removed, both buckets emptied, then ZooKeeper, BookKeeper and the variant's
     * Pravega again (the operators stay).
     */
    public void reset(Variant variant) {
        GenericKubernetesResource pravega = pravegaCluster(variant);
        removeClusters();
        removeGeds();
        session.s3().recreateBucket(o.baselineBucket);
        session.s3().recreateBucket(o.gedsBucket);
        installClusters(variant, pravega);
    }

    private void removeClusters() {
        objects.remove(OperatorKind.PRAVEGA_CLUSTER, o.namespace, o.pravegaCluster);
        objects.remove(OperatorKind.BOOKKEEPER_CLUSTER, o.namespace, ZookeeperBookkeeperSpecs.BOOKKEEPER);
        objects.remove(OperatorKind.ZOOKEEPER_CLUSTER, o.namespace, ZookeeperBookkeeperSpecs.ZOOKEEPER);
        objects.remove(ZookeeperBookkeeperSpecs.bookkeeperConfigMap(o));
        // Bookie and ZooKeeper volumes outlive their clusters; a fresh ZooKeeper with old bookie
        // journals makes the bookies refuse to start, so every run starts from empty Tier-1 too.
        for (PersistentVolumeClaim pvc : session.client().persistentVolumeClaims().inNamespace(o.namespace).list().getItems()) {
            String name = pvc.getMetadata().getName();
            if (name.contains(ZookeeperBookkeeperSpecs.BOOKKEEPER) || name.contains(ZookeeperBookkeeperSpecs.ZOOKEEPER)) {
                objects.remove(pvc);
            }
        }
    }

    private void removeGeds() {
        objects.remove(GedsSpecs.metadataServer(o));
        objects.remove(GedsSpecs.metadataService(o));
        objects.remove(GedsSpecs.cacheVolume(o));
    }
}
