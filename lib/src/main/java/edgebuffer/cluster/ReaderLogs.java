package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * download-logs: copies each reader pod's latency log out as {@code <pod>-latency.log} (the
 * original's name), through the API server's exec (what {@code kubectl cp} does).
 */
public final class ReaderLogs {

    public static final String READER_PREFIX = "latency-reader";

    private final ClusterSession session;

    public ReaderLogs(ClusterSession session) {
        this.session = session;
    }

    /** Downloads every reader's log into {@code folder}; returns the files written. */
    public List<Path> download(Path folder) {
        List<String> readers = new ArrayList<>();
        for (Pod pod : session.client().pods().inNamespace(session.options().namespace).list().getItems()) {
            if (pod.getMetadata().getName().startsWith(READER_PREFIX)) {
                readers.add(pod.getMetadata().getName());
            }
        }
        return download(readers, folder);
    }

    /** Downloads the logs of the named reader pods into {@code folder}. */
    public List<Path> download(List<String> readerPods, Path folder) {
        ClusterOptions o = session.options();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserError("cannot create " + folder + ": " + e.getMessage());
        }
        for (String name : readerPods) {
            Path target = folder.resolve(name + "-latency.log");
            try (InputStream in = session.client().pods().inNamespace(o.namespace).withName(name).file(o.readerLogPath).read()) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                written.add(target);
                session.out().println(name + ":" + o.readerLogPath + " -> " + target);
            } catch (IOException | KubernetesClientException e) {
                throw new UserError("cannot copy " + o.readerLogPath + " out of pod " + name + ": " + e.getMessage());
            }
        }
        if (written.isEmpty()) {
            session.out().println("no pod named " + READER_PREFIX + "* in namespace " + o.namespace);
        }
        return written;
    }
}
