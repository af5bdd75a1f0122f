package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import edgebuffer.stack.FreePorts;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.LocalPortForward;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A port-forward to a service that comes back by itself. The original's
 * {@code kubectl port-forward svc/pravega-hl 9000:9000} died with the tenant outage and had to be
 * restarted by hand; this one keeps one local port and re-opens the forward whenever it stopped or
 * a connection through it failed (a pod went away), until it is closed.
 */
public final class SupervisedPortForward implements AutoCloseable {

    /** Opens a forward on the given local port; throws while the target cannot be reached. */
    interface Opener {
        LocalPortForward open(int localPort);
    }

    /** How long close() waits for a re-open in progress to finish, so the forward it opens is closed too. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final Opener opener;
    private final String service;
    private final int localPort;
    private final PrintStream out;
    private final Thread supervisor;
    private volatile LocalPortForward forward;
    private volatile boolean closed;

    public SupervisedPortForward(KubernetesClient client, String namespace, String service, int port, PrintStream out) {
        this(local -> {
            if (client.services().inNamespace(namespace).withName(service).get() == null) {
                throw new UserError("service " + service + " not found in namespace " + namespace + ": run minio-install first");
            }
            return client.services().inNamespace(namespace).withName(service).portForward(port, local);
        }, service, FreePorts.pick(), out);
    }

    SupervisedPortForward(Opener opener, String service, int localPort, PrintStream out) {
        this.opener = opener;
        this.service = service;
        this.out = out;
        this.localPort = localPort;
        this.forward = opener.open(localPort);
        this.supervisor = new Thread(this::supervise, "port-forward-" + service);
        this.supervisor.setDaemon(true);
        this.supervisor.start();
    }

    public int localPort() {
        return localPort;
    }

    public String localUrl() {
        return "http://127.0.0.1:" + localPort;
    }

    private void supervise() {
        while (!closed) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return; // closed
            }
            LocalPortForward f = forward;
            if (closed || (f != null && f.isAlive() && !f.errorOccurred())) {
                continue;
            }
            try {
                if (f != null) {
                    f.close();
                }
                forward = null;
                LocalPortForward reopened = opener.open(localPort);
                if (closed) { // close() gave up waiting for this re-open: nobody else will close it
                    reopened.close();
                    return;
                }
                forward = reopened;
                out.println("port-forward svc/" + service + " re-opened on 127.0.0.1:" + localPort);
            } catch (IOException | RuntimeException e) {
                // the service has no ready pod yet (the outage); try again on the next tick
            }
        }
    }

    /**
     * Stops the supervisor first and waits for it, then closes the current forward: a re-open still
     * in progress would otherwise set a forward after close() had looked, and leak it.
     */
    @Override
    public void close() {
        closed = true;
        supervisor.interrupt();
        try {
            supervisor.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LocalPortForward f = forward;
        forward = null;
        if (f != null) {
            try {
                f.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
