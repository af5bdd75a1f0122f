package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import io.pravega.client.admin.StreamManager;
import io.pravega.client.stream.Stream;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * clean-benchmark-scopes through the Pravega client (the original used the Pravega CLI): every
 * scope whose name starts with {@code benchmark} loses its {@code latency} streams (sealed, then
 * deleted), then the scope itself.
 */
public final class BenchmarkScopes {

    public static final String SCOPE_PREFIX = "benchmark";

    private BenchmarkScopes() {
    }

    /** Returns the scopes deleted. */
    public static List<String> clean(URI controller, PrintStream out) {
        List<String> deleted = new ArrayList<>();
        try (StreamManager manager = StreamManager.create(controller)) {
            List<String> scopes = new ArrayList<>();
            manager.listScopes().forEachRemaining(s -> {
                if (s.startsWith(SCOPE_PREFIX)) {
                    scopes.add(s);
                }
            });
            for (String scope : scopes) {
                for (Iterator<Stream> it = manager.listStreams(scope); it.hasNext(); ) {
                    Stream stream = it.next();
                    if (stream.getStreamName().equals(LatencyPods.STREAM)) {
                        manager.sealStream(scope, stream.getStreamName());
                        manager.deleteStream(scope, stream.getStreamName());
                        out.println("stream " + scope + "/" + stream.getStreamName() + " deleted");
                    }
                }
                if (manager.deleteScope(scope)) {
                    deleted.add(scope);
                    out.println("scope " + scope + " deleted");
                } else {
                    out.println("scope " + scope + " kept: it still holds other streams");
                }
            }
        } catch (RuntimeException e) {
            throw new UserError("cannot clean benchmark scopes through the controller at " + controller + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""))
                    + " (run this on a cluster node, or pass --controller)", e);
        }
        return deleted;
    }
}
