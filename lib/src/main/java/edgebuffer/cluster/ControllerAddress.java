package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.Service;
import java.net.URI;

/**
 * Where tools on the master reach the Pravega controller: its service's cluster IP (reachable from
 * every node through kube-proxy), unless the user gives {@code --controller}. Segment stores
 * advertise pod IPs, which the nodes reach over the pod network, so scripts that talk to Pravega
 * run on a cluster node, as the original's did.
 */
public final class ControllerAddress {

    private ControllerAddress() {
    }

    public static URI resolve(ClusterSession session, String override) {
        if (override != null && !override.isBlank()) {
            return URI.create(override);
        }
        ClusterOptions o = session.options();
        String name = o.pravegaCluster + "-pravega-controller";
        Service svc = session.client().services().inNamespace(o.namespace).withName(name).get();
        if (svc == null || svc.getSpec() == null || svc.getSpec().getClusterIP() == null) {
            throw new UserError("no service " + name + " in namespace " + o.namespace
                    + ": run pravega-install (or pravega-geds-install) first, or pass --controller");
        }
        return URI.create("tcp://" + svc.getSpec().getClusterIP() + ":9090");
    }
}
