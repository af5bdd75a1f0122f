package edgebuffer.cluster;

import edgebuffer.experiment.ExperimentOptions;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * latency-experiment-setup's pods: one writer per stream, each with its own scope
 * {@code benchmark<id>} and stream {@code latency}, and {@code readersPerStream} readers on each
 * writer's stream. The writer pod creates its scope and stream ({@code --create}). The pods run
 * this toolkit's {@code pravega-latency-writer} /
 * {@code pravega-latency-reader} with the experiment's option names; a start delay is a
 * {@code sleep} before {@code exec}, as the original's delays were.
 */
public final class LatencyPods {

    public static final String WRITER_PREFIX = "latency-writer";
    public static final String STREAM = "latency";
    public static final String RUN_LABEL = "edgebuffer/run";

    /** One writer's stream and the pods that use it. */
    public record StreamPods(String scope, String stream, Pod writer, List<Pod> readers) {
    }

    private LatencyPods() {
    }

    public static List<StreamPods> build(ExperimentOptions e, ClusterOptions o, String controller,
                                         int writerDelaySeconds, int readerDelaySeconds, String runId, Random random) {
        List<StreamPods> result = new ArrayList<>();
        for (int w = 0; w < e.writers; w++) {
            String scope = "benchmark" + Integer.toUnsignedString(random.nextInt(), 36);
            List<String> common = List.of("--controller", controller, "--scope", scope, "--stream", STREAM);
            List<String> writerArgs = new ArrayList<>(common);
            // Nothing else creates the scope: the writer does, before its first frame; readers start after their delay.
            writerArgs.add("--create");
            writerArgs.addAll(List.of(
                    "--video-width", String.valueOf(e.videoWidth),
                    "--video-height", String.valueOf(e.videoHeight),
                    "--video-fps", String.valueOf(e.videoFps),
                    "--video-bitrate", String.valueOf(e.videoBitrateKbps),
                    "--video-source", e.videoSource,
                    "--writer-inflight-mb", String.valueOf(e.writerInflightMb)));
            Pod writer = pod(o, WRITER_PREFIX + "-" + w, "pravega-latency-writer", writerArgs, writerDelaySeconds, runId, scope);
            List<Pod> readers = new ArrayList<>();
            for (int r = 0; r < e.readersPerStream; r++) {
                readers.add(pod(o, ReaderLogs.READER_PREFIX + "-" + w + "-" + r, "pravega-latency-reader", common,
                        readerDelaySeconds, runId, scope));
            }
            result.add(new StreamPods(scope, STREAM, writer, readers));
        }
        return result;
    }

    public static List<Pod> all(List<StreamPods> streams) {
        List<Pod> pods = new ArrayList<>();
        streams.forEach(s -> pods.add(s.writer()));
        streams.forEach(s -> pods.addAll(s.readers()));
        return pods;
    }

    private static Pod pod(ClusterOptions o, String name, String alias, List<String> args, int delaySeconds,
                           String runId, String scope) {
        // sh -c 'sleep "$0" && exec alias "$@"' delay args...: arguments travel as argv, never re-parsed by a shell.
        List<String> command = new ArrayList<>(List.of("sh", "-c", "sleep \"$0\" && exec " + alias + " \"$@\"",
                String.valueOf(delaySeconds)));
        command.addAll(args);
        String workDir = parentOf(o.readerLogPath);
        return new PodBuilder()
                .withNewMetadata().withName(name).withNamespace(o.namespace)
                    .addToLabels("app", name.startsWith(WRITER_PREFIX) ? WRITER_PREFIX : ReaderLogs.READER_PREFIX)
                    .addToLabels(RUN_LABEL, runId)
                    .addToAnnotations("edgebuffer/scope", scope)
                .endMetadata()
                .withNewSpec()
                    .withRestartPolicy("Never")
                    .withNodeSelector(new java.util.LinkedHashMap<>(o.nodeSelector))
                    .addNewContainer().withName(name.startsWith(WRITER_PREFIX) ? "writer" : "reader")
                        .withImage(o.workloadImage).withCommand(command).withWorkingDir(workDir)
                    .endContainer()
                .endSpec().build();
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
