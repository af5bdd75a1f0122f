package edgebuffer.cluster;

/**
 * minio-install: the MinIO operator (chart), then what the original did by hand in two web UIs -
 * tenant {@code pravega} (servers, pool, TLS off, root credentials), Pravega's access key - and the
 * buckets of both runs.
 */
public final class MinioSetup {

    private final ClusterSession session;

    public MinioSetup(ClusterSession session) {
        this.session = session;
    }

    public void install() {
        ClusterOptions o = session.options();
        ClusterObjects objects = session.objects();
        session.charts().install(OperatorCharts.minioOperator(o));
        session.out().println("chart " + OperatorCharts.MINIO_OPERATOR + " installed in " + o.minioOperatorNamespace);
        objects.ensureNamespace(o.namespace);
        objects.put(TenantSpec.configSecret(o));
        objects.put(TenantSpec.userSecret(o));
        objects.put(OperatorKind.TENANT, TenantSpec.tenant(o));
        objects.waitReady(o.namespace, o.tenantStatefulSet(), o.tenantServers);
        session.out().println("tenant " + o.tenant + " ready (" + o.tenantServers + " servers)");
        TenantS3 s3 = session.s3();
        s3.ensureBucket(o.baselineBucket);
        s3.ensureBucket(o.gedsBucket);
    }
}
