package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import edgebuffer.stack.Stack;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The experiment's stack on Kubernetes: the installed Pravega (baseline or GEDS, checked against
 * the run's mode), its controller, and LTS down/up as the tenant's scale to 0 and back.
 */
public final class ClusterStack implements Stack {

    private final ClusterSession session;
    private final boolean geds;
    private final URI controller;
    private final TenantOutage outage;

    public ClusterStack(ClusterSession session, boolean geds, String controllerOverride) {
        this.session = session;
        this.geds = geds;
        requireVariant();
        this.controller = ControllerAddress.resolve(session, controllerOverride);
        this.outage = new TenantOutage(session, Clock.systemUTC());
    }

    private void requireVariant() {
        ClusterOptions o = session.options();
        Kube.requireCrd(session.client(), OperatorKind.PRAVEGA_CLUSTER);
        GenericKubernetesResource cluster = session.client().genericKubernetesResources(OperatorKind.PRAVEGA_CLUSTER.context())
                .inNamespace(o.namespace).withName(o.pravegaCluster).get();
        if (cluster == null) {
            throw new UserError("no PravegaCluster " + o.pravegaCluster + " in namespace " + o.namespace + ": run "
                    + (geds ? "pravega-geds-install" : "pravega-install") + " first");
        }
        Map<String, Object> image = Obj.child(Obj.child(Obj.child(cluster.getAdditionalProperties(), "spec"), "pravega"), "image");
        boolean runsGeds = image != null && o.pravegaGedsImage.equals(image.get("repository"));
        if (runsGeds != geds) {
            throw new UserError("the cluster runs " + (runsGeds ? "GEDS" : "baseline") + " Pravega but this run is "
                    + (geds ? "GEDS" : "baseline") + ": run " + (geds ? "reset-geds" : "reset-baseline") + " first");
        }
    }

    @Override
    public String kind() {
        return "cluster";
    }

    @Override
    public URI controllerUri() {
        return controller;
    }

    @Override
    public void ltsDown() {
        outage.down();
    }

    @Override
    public void ltsUp() {
        outage.up();
    }

    @Override
    public Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("pravega", session.options().pravegaVersion);
        v.put("kubernetes", session.client().getKubernetesVersion().getGitVersion());
        v.put("minio", session.options().minioImage);
        v.put("java", System.getProperty("java.version"));
        return v;
    }

    /** The cache the installed PravegaCluster runs with (set at install time, not by run-experiment). */
    @Override
    public OptionalLong cacheBytes() {
        return OptionalLong.of(session.options().pravegaCacheBytes);
    }

    @Override
    public OptionalLong tierCapacityBytes() {
        return geds ? OptionalLong.of(gedsCapacityBytes()) : OptionalLong.empty();
    }

    private long gedsCapacityBytes() {
        return session.options().gedsLocalGi * 1024L * 1024 * 1024;
    }

    @Override
    public Map<String, Object> describe() {
        ClusterOptions o = session.options();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("cluster", Map.of(
                "namespace", o.namespace,
                "tenant", o.tenant,
                "tenantStatefulSet", o.tenantStatefulSet(),
                "pravegaCluster", o.pravegaCluster,
                "cacheBytes", o.pravegaCacheBytes,
                "bucket", geds ? o.gedsBucket : o.baselineBucket));
        if (geds) {
            d.put("tier", Map.of("capacityBytes", gedsCapacityBytes(), "policy", "geds-native"));
        }
        return d;
    }

    /** The session belongs to the caller; but a run that stopped mid-outage must not leave LTS away. */
    @Override
    public void close() {
        ClusterOptions o = session.options();
        try {
            var sts = session.objects().statefulSet(o.namespace, o.tenantStatefulSet());
            if (sts != null && sts.getSpec() != null && Integer.valueOf(0).equals(sts.getSpec().getReplicas())) {
                session.client().apps().statefulSets().inNamespace(o.namespace).withName(o.tenantStatefulSet()).scale(o.tenantServers);
                session.out().println("LTS given back on close: statefulset/" + o.tenantStatefulSet() + " scaled to " + o.tenantServers);
            }
        } catch (RuntimeException e) {
            session.out().println("could not check the tenant on close: " + e.getMessage());
        }
    }
}
