package edgebuffer.cluster;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

/**
 * metrics-install: InfluxDB (an image holding Pravega's databases) as {@code influxdb-service:8086},
 * where the segment store reports every 10 s, and Grafana to look at it (NodePort).
 */
public final class MetricsSetup {

    public static final String INFLUXDB = "influxdb";
    public static final String INFLUXDB_SERVICE = "influxdb-service";
    public static final String GRAFANA = "grafana";

    private final ClusterSession session;

    public MetricsSetup(ClusterSession session) {
        this.session = session;
    }

    public void install() {
        ClusterOptions o = session.options();
        session.objects().ensureNamespace(o.namespace);
        session.objects().put(deployment(o, INFLUXDB, o.influxdbImage, 8086));
        session.objects().put(service(o, INFLUXDB_SERVICE, INFLUXDB, 8086, "ClusterIP"));
        session.objects().put(deployment(o, GRAFANA, o.grafanaImage, 3000));
        session.objects().put(service(o, GRAFANA, GRAFANA, 3000, "NodePort"));
    }

    static Deployment deployment(ClusterOptions o, String app, String image, int port) {
        return new DeploymentBuilder()
                .withNewMetadata().withName(app).withNamespace(o.namespace).addToLabels("app", app).endMetadata()
                .withNewSpec().withReplicas(1)
                    .withNewSelector().addToMatchLabels("app", app).endSelector()
                    .withNewTemplate()
                        .withNewMetadata().addToLabels("app", app).endMetadata()
                        .withNewSpec()
                            .addNewContainer().withName(app).withImage(image)
                                .addNewPort().withContainerPort(port).endPort()
                            .endContainer()
                        .endSpec()
                    .endTemplate()
                .endSpec().build();
    }

    static Service service(ClusterOptions o, String name, String app, int port, String type) {
        return new ServiceBuilder()
                .withNewMetadata().withName(name).withNamespace(o.namespace).endMetadata()
                .withNewSpec().withType(type).addToSelector("app", app)
                    .addNewPort().withPort(port).withTargetPort(new IntOrString(port)).endPort()
                .endSpec().build();
    }
}
