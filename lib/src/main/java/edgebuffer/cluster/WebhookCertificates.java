package edgebuffer.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;

/**
 * The self-signed issuer and the two certificates the BookKeeper and Pravega operators' admission
 * webhooks serve with (the original applied them by hand before each operator chart).
 */
public final class WebhookCertificates {

    public static final String ISSUER = "selfsigned-issuer";

    private WebhookCertificates() {
    }

    public static GenericKubernetesResource issuer(ClusterOptions o) {
        return Obj.resource(OperatorKind.ISSUER, ISSUER, o.operatorsNamespace, Obj.map("selfSigned", Obj.map()));
    }

    public static GenericKubernetesResource bookkeeper(ClusterOptions o) {
        return certificate(o, "selfsigned-cert-bk", OperatorCharts.BOOKKEEPER_WEBHOOK_SECRET, "bookkeeper-webhook-svc");
    }

    public static GenericKubernetesResource pravega(ClusterOptions o) {
        return certificate(o, "selfsigned-cert", OperatorCharts.PRAVEGA_WEBHOOK_SECRET, "pravega-webhook-svc");
    }

    private static GenericKubernetesResource certificate(ClusterOptions o, String name, String secret, String service) {
        String ns = o.operatorsNamespace;
        return Obj.resource(OperatorKind.CERTIFICATE, name, ns, Obj.map(
                "secretName", secret,
                "commonName", service + "." + ns + ".svc.cluster.local",
                "dnsNames", List.of(service, service + "." + ns + ".svc", service + "." + ns + ".svc.cluster.local"),
                "issuerRef", Obj.map("name", ISSUER)));
    }
}
