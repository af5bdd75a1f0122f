package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * The few object operations every step needs, each printing one line of what it did, so a user
 * sees the cluster change step by step (the original's kubectl output).
 */
public final class ClusterObjects {

    private final KubernetesClient client;
    private final PrintStream out;
    private final int waitMinutes;

    public ClusterObjects(KubernetesClient client, PrintStream out, int waitMinutes) {
        this.client = client;
        this.out = out;
        this.waitMinutes = waitMinutes;
    }

    public KubernetesClient client() {
        return client;
    }

    public PrintStream out() {
        return out;
    }

    public void ensureNamespace(String name) {
        if (client.namespaces().withName(name).get() == null) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build()).create();
            out.println("namespace/" + name + " created");
        }
    }

    /** Creates {@code object}, or updates it when it exists (no server-side apply: the CRDs are too big for it anyway). */
    public <T extends HasMetadata> T put(T object) {
        T result = client.resource(object).createOr(NonDeletingOperation::update);
        out.println(describe(object) + " applied");
        return result;
    }

    /** Creates or updates a custom resource of {@code kind}. */
    public GenericKubernetesResource put(OperatorKind kind, GenericKubernetesResource object) {
        Kube.requireCrd(client, kind);
        GenericKubernetesResource result = client.genericKubernetesResources(kind.context())
                .inNamespace(object.getMetadata().getNamespace()).resource(object).createOr(NonDeletingOperation::update);
        out.println(describe(object) + " applied");
        return result;
    }

    /** Deletes a typed object if present and waits until it is gone. */
    public <T extends HasMetadata> void remove(T object) {
        var resource = client.resource(object);
        if (resource.get() == null) {
            return;
        }
        resource.delete();
        waitGone(() -> resource.get() == null, describe(object));
    }

    /** Deletes a custom resource if its type and the object exist, and waits until the operator let it go. */
    public void remove(OperatorKind kind, String namespace, String name) {
        if (client.apiextensions().v1().customResourceDefinitions().withName(kind.crdName()).get() == null) {
            return; // no such type, so nothing of it to delete
        }
        var resource = client.genericKubernetesResources(kind.context()).inNamespace(namespace).withName(name);
        if (resource.get() == null) {
            return;
        }
        resource.delete();
        waitGone(() -> resource.get() == null, kind.kind().toLowerCase() + "/" + name);
    }

    /** Waits until the StatefulSet has {@code replicas} ready pods. */
    public void waitReady(String namespace, String statefulSet, int replicas) {
        try {
            client.apps().statefulSets().inNamespace(namespace).withName(statefulSet).waitUntilCondition(
                    s -> s != null && s.getStatus() != null && s.getStatus().getReadyReplicas() != null
                            && s.getStatus().getReadyReplicas() >= replicas,
                    waitMinutes, TimeUnit.MINUTES);
        } catch (KubernetesClientTimeoutException e) {
            throw new UserError("statefulset/" + statefulSet + " in " + namespace + " did not get " + replicas
                    + " ready pods within " + waitMinutes + " min: look at `kubectl get pods -n " + namespace + "`");
        }
    }

    public StatefulSet statefulSet(String namespace, String name) {
        return client.apps().statefulSets().inNamespace(namespace).withName(name).get();
    }

    private void waitGone(java.util.function.BooleanSupplier gone, String what) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(waitMinutes);
        while (!gone.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new UserError(what + " was not deleted within " + waitMinutes + " min: check its finalizers and its operator's log");
            }
            sleep(500);
        }
        out.println(what + " deleted");
    }

    static String describe(HasMetadata o) {
        return o.getKind().toLowerCase() + "/" + o.getMetadata().getName();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        }
    }
}
