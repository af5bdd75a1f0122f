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
        return new ChartRelease(BOOKKEEPER_OPERATOR, "pravega", o.pravegaChartsUrl, "bookkeeper-operator",
                o.bookkeeperOperatorVersion, o.operatorsNamespace, Map.of(
                        "crd.create", true,
                        "webhookCert.generate", false,
                        "webhookCert.certName", "selfsigned-cert-bk",
                        "webhookCert.secretName", BOOKKEEPER_WEBHOOK_SECRET));
    }

    public static ChartRelease pravegaOperator(ClusterOptions o) {
        return new ChartRelease(PRAVEGA_OPERATOR, "pravega", o.pravegaChartsUrl, "pravega-operator",
                o.pravegaOperatorVersion, o.operatorsNamespace, Map.of(
                        "crd.create", true,
                        "webhookCert.generate", false,
                        "webhookCert.certName", "selfsigned-cert",
                        "webhookCert.secretName", PRAVEGA_WEBHOOK_SECRET));
    }
}
