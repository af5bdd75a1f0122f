package edgebuffer.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Every knob of the Kubernetes setup, shared by all cluster scripts as one picocli mixin.
 * Defaults are the original experiment's values (see docs/CLUSTER.md), so running a script without
 * options reproduces the original cluster; nothing in the cluster package hard-codes them.
 */
public class ClusterOptions {

    // --- where -------------------------------------------------------------------------------
    @Option(names = "--context", description = "kubeconfig context to use (default: the current context).")
    public String context;

    @Option(names = "--namespace", defaultValue = "pravega",
            description = "Namespace of Pravega, ZooKeeper, BookKeeper, GEDS and the MinIO tenant (default: ${DEFAULT-VALUE}).")
    public String namespace;

    @Option(names = "--operators-namespace", defaultValue = "default",
            description = "Namespace of the ZooKeeper, BookKeeper and Pravega operators (default: ${DEFAULT-VALUE}).")
    public String operatorsNamespace;

    @Option(names = "--minio-operator-namespace", defaultValue = "minio-operator", description = "Namespace of the MinIO operator (default: ${DEFAULT-VALUE}).")
    public String minioOperatorNamespace;

    @Option(names = "--node-selector", description = "label=value a node must carry to run the experiment's pods and the GEDS volume (repeatable; default: any node).")
    public Map<String, String> nodeSelector = new LinkedHashMap<>();

    @Option(names = "--storage-class", defaultValue = "local-path",
            description = "StorageClass of the ZooKeeper and BookKeeper volumes (default: ${DEFAULT-VALUE}).")
    public String storageClass;

    // --- MinIO tenant (long-term storage) -----------------------------------------------------
    @Option(names = "--tenant", defaultValue = "pravega", description = "MinIO tenant name (default: ${DEFAULT-VALUE}).")
    public String tenant;

    @Option(names = "--tenant-pool", defaultValue = "pool-0", description = "The tenant's pool; its StatefulSet is <tenant>-<pool> (default: ${DEFAULT-VALUE}).")
    public String tenantPool;

    @Option(names = "--tenant-servers", defaultValue = "3", description = "MinIO servers in the pool (default: ${DEFAULT-VALUE}).")
    public int tenantServers;

    @Option(names = "--tenant-volumes-per-server", defaultValue = "4", description = "Volumes per MinIO server (default: ${DEFAULT-VALUE}).")
    public int tenantVolumesPerServer;

    @Option(names = "--tenant-capacity-gi", defaultValue = "295", description = "Total tenant capacity in GiB, split over all volumes (default: ${DEFAULT-VALUE}).")
    public int tenantCapacityGi;

    @Option(names = "--tenant-storage-class", defaultValue = "directpv-min-io",
            description = "StorageClass of the tenant's volumes (default: ${DEFAULT-VALUE}, the raw drives DirectPV manages).")
    public String tenantStorageClass;

    @Option(names = "--minio-image", defaultValue = "quay.io/minio/minio:RELEASE.2024-10-02T17-50-41Z", description = "MinIO server image (default: ${DEFAULT-VALUE}).")
    public String minioImage;

    @Option(names = "--minio-root-user", defaultValue = "${MINIO_ROOT_USER:-minioadmin}", description = "Tenant root user (default: $MINIO_ROOT_USER or minioadmin).")
    public String minioRootUser;

    @Option(names = "--minio-root-password", defaultValue = "${MINIO_ROOT_PASSWORD:-minioadmin}", description = "Tenant root password (default: $MINIO_ROOT_PASSWORD or minioadmin).")
    public String minioRootPassword;

    @Option(names = "--s3-access-key", defaultValue = "${S3_ACCESS_KEY:-miniostorage}", description = "Access key Pravega and GEDS use (default: $S3_ACCESS_KEY or miniostorage).")
    public String s3AccessKey;

    @Option(names = "--s3-secret-key", defaultValue = "${S3_SECRET_KEY:-miniostorage}", description = "Its secret key (default: $S3_SECRET_KEY or miniostorage).")
    public String s3SecretKey;

    @Option(names = "--s3-port", defaultValue = "9000", description = "Port of the tenant's S3 API on its pods (default: ${DEFAULT-VALUE}).")
    public int s3Port;

    @Option(names = "--baseline-bucket", defaultValue = "tier-2-baseline", description = "Bucket of baseline Pravega (default: ${DEFAULT-VALUE}).")
    public String baselineBucket;

    @Option(names = "--geds-bucket", defaultValue = "tier-2-geds", description = "Bucket GEDS spills to (default: ${DEFAULT-VALUE}).")
    public String gedsBucket;

    // --- Pravega, ZooKeeper, BookKeeper -------------------------------------------------------
    @Option(names = "--pravega-cluster", defaultValue = "pravega", description = "PravegaCluster name (default: ${DEFAULT-VALUE}).")
    public String pravegaCluster;

    @Option(names = "--pravega-version", defaultValue = "0.13.0", description = "Pravega version (default: ${DEFAULT-VALUE}).")
    public String pravegaVersion;

    @Option(names = "--pravega-image", defaultValue = "pravega/pravega", description = "Pravega image repository (default: ${DEFAULT-VALUE}).")
    public String pravegaImage;

    @Option(names = "--pravega-geds-image", defaultValue = "edgebuffer/pravega-geds",
            description = "Repository of the Pravega image with GEDS built in, tagged --pravega-version (default: ${DEFAULT-VALUE}).")
    public String pravegaGedsImage;

    @Option(names = "--bookkeeper-image", defaultValue = "pravega/bookkeeper", description = "BookKeeper image repository, tagged --pravega-version (default: ${DEFAULT-VALUE}).")
    public String bookkeeperImage;

    @Option(names = "--zookeeper-image", defaultValue = "pravega/zookeeper:0.2.15", description = "ZooKeeper image (default: ${DEFAULT-VALUE}).")
    public String zookeeperImage;

    @Option(names = "--zookeeper-replicas", defaultValue = "1", description = "ZooKeeper servers (default: ${DEFAULT-VALUE}).")
    public int zookeeperReplicas;

    @Option(names = "--bookies", defaultValue = "3", description = "BookKeeper bookies; also ensemble, write and ack quorum (default: ${DEFAULT-VALUE}).")
    public int bookies;

    @Option(names = "--controllers", defaultValue = "1", description = "Pravega controllers (default: ${DEFAULT-VALUE}).")
    public int controllers;

    @Option(names = "--segment-stores", defaultValue = "1", description = "Pravega segment stores (default: ${DEFAULT-VALUE}).")
    public int segmentStores;

    @Option(names = "--segment-containers", defaultValue = "8", description = "Segment containers (default: ${DEFAULT-VALUE}).")
    public int segmentContainers;

    @Option(names = "--segment-store-memory-mi", defaultValue = "4096", description = "Segment store memory limit in MiB (default: ${DEFAULT-VALUE}).")
    public long segmentStoreMemoryMi;

    @Option(names = "--segment-store-cpu", defaultValue = "2", description = "Segment store CPU limit (default: ${DEFAULT-VALUE}).")
    public String segmentStoreCpu;

    @Option(names = "--segment-store-heap-mi", defaultValue = "1024", description = "Segment store heap (-Xmx) in MiB (default: ${DEFAULT-VALUE}).")
    public long segmentStoreHeapMi;

    @Option(names = "--segment-store-direct-mi", defaultValue = "2560", description = "Segment store direct memory in MiB (default: ${DEFAULT-VALUE}).")
    public long segmentStoreDirectMi;

    @Option(names = "--pravega-cache-bytes", defaultValue = "1610612736", description = "pravegaservice.cache.size.max (default: ${DEFAULT-VALUE}, 1.5 GiB).")
    public long pravegaCacheBytes;

    @Option(names = "--bookie-volume-gi", defaultValue = "10", description = "Size of each bookie's journal, ledger and index volume in GiB (default: ${DEFAULT-VALUE}).")
    public int bookieVolumeGi;

    @Option(names = "--zookeeper-volume-gi", defaultValue = "20", description = "ZooKeeper volume in GiB (default: ${DEFAULT-VALUE}).")
    public int zookeeperVolumeGi;

    // --- GEDS ---------------------------------------------------------------------------------
    @Option(names = "--geds-metadata-image", defaultValue = "edgebuffer/geds-metadataserver:latest", description = "GEDS metadata server image (default: ${DEFAULT-VALUE}).")
    public String gedsMetadataImage;

    @Option(names = "--geds-metadata-port", defaultValue = "4381", description = "GEDS metadata server port (default: ${DEFAULT-VALUE}).")
    public int gedsMetadataPort;

    @Option(names = "--geds-local-gi", defaultValue = "5", description = "GEDS local storage (volume geds-cache) in GiB (default: ${DEFAULT-VALUE}).")
    public int gedsLocalGi;

    @Option(names = "--geds-host-path", defaultValue = "/mnt/geds-cache", description = "Node directory behind the geds-cache volume (default: ${DEFAULT-VALUE}).")
    public String gedsHostPath;

    @Option(names = "--geds-storage-class", defaultValue = "geds-storage", description = "StorageClass of the GEDS volume (default: ${DEFAULT-VALUE}).")
    public String gedsStorageClass;

    // --- charts (the operators) ---------------------------------------------------------------
    @Option(names = "--pravega-charts", defaultValue = "https://charts.pravega.io", description = "Pravega chart repository (default: ${DEFAULT-VALUE}).")
    public String pravegaChartsUrl;

    @Option(names = "--minio-charts", defaultValue = "https://operator.min.io", description = "MinIO operator chart repository (default: ${DEFAULT-VALUE}).")
    public String minioChartsUrl;

    @Option(names = "--jetstack-charts", defaultValue = "https://charts.jetstack.io", description = "cert-manager chart repository (default: ${DEFAULT-VALUE}).")
    public String jetstackChartsUrl;

    @Option(names = "--cert-manager-version", defaultValue = "v1.16.2", description = "cert-manager chart version (default: ${DEFAULT-VALUE}).")
    public String certManagerVersion;

    @Option(names = "--minio-operator-version", defaultValue = "6.0.4", description = "MinIO operator chart version (default: ${DEFAULT-VALUE}).")
    public String minioOperatorVersion;

    @Option(names = "--zookeeper-operator-version", defaultValue = "0.2.15", description = "zookeeper-operator chart version (default: ${DEFAULT-VALUE}).")
    public String zookeeperOperatorVersion;

    @Option(names = "--bookkeeper-operator-version", defaultValue = "0.1.9", description = "bookkeeper-operator chart version (default: ${DEFAULT-VALUE}).")
    public String bookkeeperOperatorVersion;

    @Option(names = "--pravega-operator-version", defaultValue = "0.6.3", description = "pravega-operator chart version (default: ${DEFAULT-VALUE}).")
    public String pravegaOperatorVersion;

    // --- metrics ------------------------------------------------------------------------------
    @Option(names = "--influxdb-image", defaultValue = "pravega/influxdb:0.13.0", description = "InfluxDB image, with Pravega's databases (default: ${DEFAULT-VALUE}).")
    public String influxdbImage;

    @Option(names = "--grafana-image", defaultValue = "grafana/grafana:7.5.17", description = "Grafana image (default: ${DEFAULT-VALUE}).")
    public String grafanaImage;

    // --- workload pods ------------------------------------------------------------------------
    @Option(names = "--workload-image", defaultValue = "edgebuffer/workload:0.1.0",
            description = "Image of the writer/reader pods: this toolkit (built from cluster/Containerfile; default: ${DEFAULT-VALUE}).")
    public String workloadImage;

    @Option(names = "--reader-log-path", defaultValue = "/latency-log.log", description = "Latency log inside each reader pod (default: ${DEFAULT-VALUE}).")
    public String readerLogPath;

    @Option(names = "--wait-minutes", defaultValue = "10", description = "How long to wait for a step's pods to become ready (default: ${DEFAULT-VALUE}).")
    public int waitMinutes;

    // --- derived names (one place, so steps and tests agree) -----------------------------------
    /** The StatefulSet the MinIO operator creates for the tenant's pool. */
    public String tenantStatefulSet() {
        return tenant + "-" + tenantPool;
    }

    /** The tenant's in-cluster S3 endpoint (its headless service, as the original's port-forward used). */
    public String s3Endpoint() {
        return "http://" + tenant + "-hl." + namespace + ".svc.cluster.local:" + s3Port;
    }

    /** Controller URI inside the cluster, for the workload pods. */
    public String inClusterControllerUri() {
        return "tcp://" + pravegaCluster + "-pravega-controller." + namespace + ".svc.cluster.local:9090";
    }

    public String gedsMetadataServer() {
        return "geds-metadataserver." + namespace + ".svc.cluster.local:" + gedsMetadataPort;
    }
}
