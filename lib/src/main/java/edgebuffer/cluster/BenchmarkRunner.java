package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import edgebuffer.experiment.ExperimentOptions;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * latency-experiment-setup (pods to manifests) and latency-benchmark-runner (create the pods, let
 * them run, download the reader logs, delete the pods).
 */
public final class BenchmarkRunner {

    private final ClusterSession session;
    private final Random random;

    public BenchmarkRunner(ClusterSession session, Random random) {
        this.session = session;
        this.random = random;
    }

    /** Writes one YAML manifest per pod (serialised from the model) into {@code folder}; returns the files. */
    public static List<Path> writeManifests(List<Pod> pods, Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Pod pod : pods) {
                Path file = folder.resolve(pod.getMetadata().getName() + ".yaml");
                Files.writeString(file, Serialization.asYaml(pod));
                files.add(file);
            }
        } catch (IOException e) {
            throw new UserError("cannot write manifests to " + folder + ": " + e.getMessage());
        }
        return files;
    }

    public List<LatencyPods.StreamPods> plan(ExperimentOptions e, String controller, int writerDelay, int readerDelay, String runId) {
        return LatencyPods.build(e, session.options(), controller, writerDelay, readerDelay, runId, random);
    }

    /** The runner: create, run {@code seconds}, download reader logs into {@code logFolder}, delete. */
    public List<Path> run(List<LatencyPods.StreamPods> plan, long seconds, Path logFolder) throws InterruptedException {
        List<Pod> pods = LatencyPods.all(plan);
        try {
            create(pods);
            session.out().println("running " + pods.size() + " pods for " + seconds + " s");
            TimeUnit.SECONDS.sleep(seconds);
            List<String> readers = plan.stream().flatMap(s -> s.readers().stream()).map(p -> p.getMetadata().getName()).toList();
            return new ReaderLogs(session).download(readers, logFolder);
        } finally {
            delete(pods);
        }
    }

    public void create(List<Pod> pods) {
        for (Pod pod : pods) {
            session.client().pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).create();
            session.out().println("pod/" + pod.getMetadata().getName() + " created");
        }
    }

    public void delete(List<Pod> pods) {
        for (Pod pod : pods) {
            session.objects().remove(pod);
        }
    }
}
