package edgebuffer.cluster;

import java.util.Map;

/** The operator charts of the original setup, with versions and repositories from the options. */
public final class OperatorCharts {

    public static final String ZOOKEEPER_OPERATOR = "zookeeper-operator";
    public static final String BOOKKEEPER_OPERATOR = "bookkeeper-operator";
    public static final String PRAVEGA_OPERATOR = "pravega-operator";
    public static final String CERT_MANAGER = "cert-manager";
    public static final String MINIO_OPERATOR = "minio-operator";
    /** Secrets cert-manager fills for the two operators' admission webhooks. */
    public static final String BOOKKEEPER_WEBHOOK_SECRET = "selfsigned-cert-tls-bk";
    public static final String PRAVEGA_WEBHOOK_SECRET = "selfsigned-cert-tls";

    private OperatorCharts() {
    }

    public static ChartRelease minioOperator(ClusterOptions o) {
        return new ChartRelease(MINIO_OPERATOR, "minio-operator", o.minioChartsUrl, "operator", o.minioOperatorVersion,
                o.minioOperatorNamespace, Map.of());
    }

    public static ChartRelease certManager(ClusterOptions o) {
        return new ChartRelease(CERT_MANAGER, "jetstack", o.jetstackChartsUrl, "cert-manager", o.certManagerVersion,
                "cert-manager", Map.of("crds.enabled", true));
    }

    public static ChartRelease zookeeperOperator(ClusterOptions o) {
        return new ChartRelease(ZOOKEEPER_OPERATOR, "pravega", o.pravegaChartsUrl, "zookeeper-operator",
                o.zookeeperOperatorVersion, o.operatorsNamespace, Map.of("crd.create", true));
    }

    public static ChartRelease bookkeeperOperator(ClusterOptions o) {
        return webhookOperator(o, BOOKKEEPER_OPERATOR, o.bookkeeperOperatorVersion, "selfsigned-cert-bk", BOOKKEEPER_WEBHOOK_SECRET);
    }

    public static ChartRelease pravegaOperator(ClusterOptions o) {
        return webhookOperator(o, PRAVEGA_OPERATOR, o.pravegaOperatorVersion, "selfsigned-cert", PRAVEGA_WEBHOOK_SECRET);
    }

    /**
     * The BookKeeper and Pravega operators: charts of the same name in the Pravega repository, whose
     * admission-webhook certificate cert-manager issues (the chart must not generate its own).
     */
    private static ChartRelease webhookOperator(ClusterOptions o, String chart, String version, String certName, String secretName) {
        return new ChartRelease(chart, "pravega", o.pravegaChartsUrl, chart, version, o.operatorsNamespace, Map.of(
                "crd.create", true,
                "webhookCert.generate", false,
                "webhookCert.certName", certName,
                "webhookCert.secretName", secretName));
    }
}
