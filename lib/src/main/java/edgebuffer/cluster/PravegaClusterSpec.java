package edgebuffer.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/**
 * The {@code PravegaCluster} of the runs (the original's settings, see docs/CLUSTER.md): baseline with
 * S3 long-term storage in the MinIO tenant, or GEDS with Pravega's HDFS storage backed by GEDS
 * (the GEDS image swaps Hadoop's file system class for GEDS's, so {@code hdfs://<bucket>} lands in
 * GEDS, which spills to the S3 bucket of the same name).
 */
public final class PravegaClusterSpec {

    private PravegaClusterSpec() {
    }

    public static GenericKubernetesResource baseline(ClusterOptions o) {
        Map<String, Object> options = commonOptions(o);
        options.put("pravegaservice.storage.impl.name", "S3");
        options.put("s3.connect.config.uri", o.s3Endpoint());
        options.put("s3.connect.config.uri.override", "true");
        options.put("s3.connect.config.access.key", o.s3AccessKey);
        options.put("s3.connect.config.secret.key", o.s3SecretKey);
        options.put("s3.bucket", o.baselineBucket);
        options.put("s3.prefix", "baseline");
        Map<String, Object> lts = Obj.map("custom", Obj.map(
                "options", Obj.map(),
                "env", Obj.map("TIER2_STORAGE", "S3")));
        return cluster(o, o.pravegaImage, options, lts);
    }

    public static GenericKubernetesResource geds(ClusterOptions o) {
        Map<String, Object> options = commonOptions(o);
        options.put("pravegaservice.storage.impl.name", "HDFS");
        options.put("hdfs.connect.uri", "hdfs://" + o.gedsBucket);
        options.put("writer.rollover.size.bytes.max", String.valueOf(1024L * 1024 * 1024));
        Map<String, Object> env = Obj.map(
                "TIER2_STORAGE", "HDFS",
                "GEDS_METADATASERVER", o.gedsMetadataServer(),
                "GEDS_CONFIGURE_S3_USING_ENV", "1",
                "GEDS_AVAILABLE_LOCAL_STORAGE", String.valueOf(o.gedsLocalGi * 1024L * 1024 * 1024),
                "AWS_ENDPOINT_URL", o.s3Endpoint(),
                "AWS_ACCESS_KEY_ID", o.s3AccessKey,
                "AWS_SECRET_ACCESS_KEY", o.s3SecretKey);
        Map<String, Object> lts = Obj.map("custom", Obj.map("options", Obj.map(), "env", env));
        return cluster(o, o.pravegaGedsImage, options, lts);
    }

    private static Map<String, Object> commonOptions(ClusterOptions o) {
        return Obj.map(
                "pravegaservice.storage.layout", "CHUNKED_STORAGE",
                "pravegaservice.container.count", String.valueOf(o.segmentContainers),
                "bookkeeper.ensemble.size", String.valueOf(o.bookies),
                "bookkeeper.write.quorum.size", String.valueOf(o.bookies),
                "bookkeeper.ack.quorum.size", String.valueOf(o.bookies),
                "bookkeeper.write.timeout.milliseconds", "60000",
                "bookkeeper.write.outstanding.bytes.max", String.valueOf(32L * 1024 * 1024),
                "pravegaservice.cache.size.max", String.valueOf(o.pravegaCacheBytes),
                "pravegaservice.cache.time.seconds.max", "600",
                "writer.flush.threshold.bytes", String.valueOf(64L * 1024 * 1024),
                "writer.flush.size.bytes.max", String.valueOf(64L * 1024 * 1024),
                "metrics.statistics.enable", "true",
                "metrics.influxDB.reporter.enable", "true",
                "metrics.output.frequency.seconds", "10",
                "metrics.influxDB.connect.uri", "http://influxdb-service." + o.namespace + ".svc.cluster.local:8086");
    }

    private static GenericKubernetesResource cluster(ClusterOptions o, String imageRepository, Map<String, Object> options,
                                                     Map<String, Object> longtermStorage) {
        String memory = o.segmentStoreMemoryMi + "Mi";
        Map<String, Object> pravega = Obj.map(
                "controllerReplicas", o.controllers,
                "segmentStoreReplicas", o.segmentStores,
                "image", Obj.map("repository", imageRepository),
                "options", options,
                "segmentStoreJVMOptions", List.of("-Xmx" + o.segmentStoreHeapMi + "m",
                        "-XX:MaxDirectMemorySize=" + o.segmentStoreDirectMi + "m"),
                "segmentStoreResources", Obj.map(
                        "requests", Obj.map("memory", memory, "cpu", o.segmentStoreCpu),
                        "limits", Obj.map("memory", memory, "cpu", o.segmentStoreCpu)),
                "longtermStorage", longtermStorage);
        Map<String, Object> spec = Obj.map(
                "version", o.pravegaVersion,
                "zookeeperUri", "zookeeper-client:2181",
                "bookkeeperUri", "bookkeeper-bookie-headless:3181",
                "pravega", pravega);
        return Obj.resource(OperatorKind.PRAVEGA_CLUSTER, o.pravegaCluster, o.namespace, spec);
    }
}
