package edgebuffer.cluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;

/** ZooKeeper and BookKeeper for Pravega, as the Pravega charts would create them, sized by the options. */
public final class ZookeeperBookkeeperSpecs {

    public static final String ZOOKEEPER = "zookeeper";
    public static final String BOOKKEEPER = "bookkeeper";
    public static final String BOOKKEEPER_CONFIGMAP = "bookkeeper-configmap";

    private ZookeeperBookkeeperSpecs() {
    }

    public static GenericKubernetesResource zookeeper(ClusterOptions o) {
        String[] image = splitImage(o.zookeeperImage);
        Map<String, Object> spec = Obj.map(
                "replicas", o.zookeeperReplicas,
                "image", Obj.map("repository", image[0], "tag", image[1]),
                "storageType", "persistence",
                "persistence", Obj.map("reclaimPolicy", "Delete",
                        "spec", Obj.claim(o.storageClass, o.zookeeperVolumeGi + "Gi")));
        return Obj.resource(OperatorKind.ZOOKEEPER_CLUSTER, ZOOKEEPER, o.namespace, spec);
    }

    /** The ConfigMap the bookies read: which Pravega cluster they serve and what they wait for. */
    public static ConfigMap bookkeeperConfigMap(ClusterOptions o) {
        return new ConfigMapBuilder()
                .withNewMetadata().withName(BOOKKEEPER_CONFIGMAP).withNamespace(o.namespace).endMetadata()
                .addToData("PRAVEGA_CLUSTER_NAME", o.pravegaCluster)
                .addToData("WAIT_FOR", "zookeeper-client:2181")
                .build();
    }

    public static GenericKubernetesResource bookkeeper(ClusterOptions o) {
        String size = o.bookieVolumeGi + "Gi";
        Map<String, Object> spec = Obj.map(
                "replicas", o.bookies,
                "version", o.pravegaVersion,
                "image", Obj.map("repository", o.bookkeeperImage),
                "zookeeperUri", "zookeeper-client:2181",
                "envVars", BOOKKEEPER_CONFIGMAP,
                "autoRecovery", true,
                "storage", Obj.map(
                        "ledgerVolumeClaimTemplate", Obj.claim(o.storageClass, size),
                        "journalVolumeClaimTemplate", Obj.claim(o.storageClass, size),
                        "indexVolumeClaimTemplate", Obj.claim(o.storageClass, size)),
                "options", Obj.map("useHostNameAsBookieID", "true"));
        return Obj.resource(OperatorKind.BOOKKEEPER_CLUSTER, BOOKKEEPER, o.namespace, spec);
    }

    /** "repo:tag" -> {repo, tag}; a registry port ("host:5000/repo") is not mistaken for a tag. */
    static String[] splitImage(String image) {
        int colon = image.lastIndexOf(':');
        if (colon < 0 || image.indexOf('/', colon) >= 0) {
            return new String[] {image, "latest"};
        }
        return new String[] {image.substring(0, colon), image.substring(colon + 1)};
    }
}
