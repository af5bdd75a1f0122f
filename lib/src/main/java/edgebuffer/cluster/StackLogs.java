package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * get-logs' log part: the logs of the segment store, controller, bookies and GEDS metadata server
 * into the run folder's {@code logs/}, one {@code <pod>.log} each.
 */
public final class StackLogs {

    private static final Set<String> PARTS = Set.of("segment-store", "segmentstore", "controller", "bookie", GedsSpecs.METADATA_SERVER);

    private final ClusterSession session;

    public StackLogs(ClusterSession session) {
        this.session = session;
    }

    public List<Path> download(Path runFolder) {
        ClusterOptions o = session.options();
        Path dir = runFolder.resolve("logs");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Pod pod : session.client().pods().inNamespace(o.namespace).list().getItems()) {
                String name = pod.getMetadata().getName();
                if (PARTS.stream().noneMatch(name::contains)) {
                    continue;
                }
                Path file = dir.resolve(name + ".log");
                Files.writeString(file, session.client().pods().inNamespace(o.namespace).withName(name).getLog());
                written.add(file);
                session.out().println(name + " log -> " + file);
            }
        } catch (IOException e) {
            throw new UserError("cannot write logs into " + dir + ": " + e.getMessage());
        }
        return written;
    }
}
