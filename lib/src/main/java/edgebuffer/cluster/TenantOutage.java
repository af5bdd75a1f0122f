package edgebuffer.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * pause-tenant: long-term storage goes away by scaling the tenant's StatefulSet to 0, and comes back
 * by scaling it to its servers again. Scaling is a JSON merge patch on spec.replicas (what
 * {@code kubectl scale} does), and {@link #up()} returns only once every server is ready again.
 */
public final class TenantOutage {

    private final KubernetesClient client;
    private final ClusterOptions o;
    private final ClusterObjects objects;
    private final PrintStream out;
    private final Clock clock;

    public TenantOutage(ClusterSession session, Clock clock) {
        this.client = session.client();
        this.o = session.options();
        this.objects = session.objects();
        this.out = session.out();
        this.clock = clock;
    }

    /** Scales the tenant to 0 and returns the time it did ("Pause Time"). */
    public Instant down() {
        requireStatefulSet();
        client.apps().statefulSets().inNamespace(o.namespace).withName(o.tenantStatefulSet()).scale(0);
        Instant at = clock.instant();
        out.println("LTS down: statefulset/" + o.tenantStatefulSet() + " scaled to 0 at " + at);
        return at;
    }

    /** Scales the tenant back, waits until its servers are ready and returns the time it scaled ("Resume Time"). */
    public Instant up() {
        requireStatefulSet();
        client.apps().statefulSets().inNamespace(o.namespace).withName(o.tenantStatefulSet()).scale(o.tenantServers);
        Instant at = clock.instant();
        out.println("LTS up: statefulset/" + o.tenantStatefulSet() + " scaled to " + o.tenantServers + " at " + at);
        objects.waitReady(o.namespace, o.tenantStatefulSet(), o.tenantServers);
        out.println("LTS ready at " + clock.instant());
        return at;
    }

    /** The whole pause-tenant step: down, {@code seconds} of outage, up. */
    public Instant[] pause(long seconds) throws InterruptedException {
        Instant down = down();
        TimeUnit.SECONDS.sleep(seconds);
        Instant up = up();
        return new Instant[] {down, up};
    }

    private void requireStatefulSet() {
        if (objects.statefulSet(o.namespace, o.tenantStatefulSet()) == null) {
            throw new edgebuffer.cli.UserError("no statefulset " + o.tenantStatefulSet() + " in namespace " + o.namespace
                    + ": run minio-install first (or check --tenant / --tenant-pool / --namespace)");
        }
    }
}
