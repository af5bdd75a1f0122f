package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import edgebuffer.experiment.RunFolder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One entry point per cluster script, so each script's {@code call()} is one line. Each opens what
 * it needs (the API server, Helm, S3 through a port-forward), does its step and closes it again.
 */
public final class ClusterCommands {

    private ClusterCommands() {
    }

    public static void minioInstall(ClusterOptions o, boolean directPv) {
        if (directPv) {
            NodeCommands.run(NodeCommands.directPv(), false, System.out);
        }
        try (ClusterSession s = ClusterSession.open(o, System.out)) {
            new MinioSetup(s).install();
        }
    }

    public static void metricsInstall(ClusterOptions o) {
        try (ClusterSession s = ClusterSession.openWithoutCharts(o, System.out)) {
            new MetricsSetup(s).install();
        }
    }

    public static void pravegaInstall(ClusterOptions o, PravegaSetup.Variant variant) {
        // Validate before connecting: a PravegaCluster the webhook would reject fails in a second.
        PravegaClusterRules.validate(variant == PravegaSetup.Variant.GEDS ? PravegaClusterSpec.geds(o) : PravegaClusterSpec.baseline(o));
        try (ClusterSession s = ClusterSession.open(o, System.out)) {
            new PravegaSetup(s).install(variant);
        }
    }

    public static void reinstallPravega(ClusterOptions o, PravegaSetup.Variant variant) {
        try (ClusterSession s = ClusterSession.open(o, System.out)) {
            new PravegaSetup(s).reinstall(variant);
        }
    }

    public static void reset(ClusterOptions o, PravegaSetup.Variant variant) {
        try (ClusterSession s = ClusterSession.openWithoutCharts(o, System.out)) {
            new PravegaSetup(s).reset(variant);
        }
    }

    public static void uninstallPravega(ClusterOptions o) {
        try (ClusterSession s = ClusterSession.open(o, System.out)) {
            new PravegaSetup(s).uninstall();
        }
    }

    /** latency-experiment-setup: no cluster needed, only the manifests. */
    public static List<Path> writeManifests(BenchmarkOptions b, int writerDelay, Path folder) {
        String runId = "setup-" + Instant.now().getEpochSecond();
        List<Path> files = BenchmarkRunner.writeManifests(LatencyPods.all(LatencyPods.build(
                b.experiment, b.cluster, b.controllerUri(), writerDelay, b.readerDelay, runId, new SecureRandom())), folder);
        System.out.println(files.size() + " pod manifests written to " + folder);
        return files;
    }

    public static List<Path> benchmark(BenchmarkOptions b, long seconds, Path logFolder) throws InterruptedException {
        try (ClusterSession s = ClusterSession.openWithoutCharts(b.cluster, System.out)) {
            BenchmarkRunner runner = new BenchmarkRunner(s, new SecureRandom());
            return runner.run(runner.plan(b.experiment, b.controllerUri(), 0, b.readerDelay, "bench-" + Instant.now().getEpochSecond()),
                    seconds, logFolder);
        }
    }

    public static List<Path> downloadLogs(ClusterOptions o, Path folder) {
        try (ClusterSession s = ClusterSession.openWithoutCharts(o, System.out)) {
            return new ReaderLogs(s).download(folder);
        }
    }

    public static void pauseTenant(ClusterOptions o, long seconds) throws InterruptedException {
        try (ClusterSession s = ClusterSession.openWithoutCharts(o, System.out)) {
            new TenantOutage(s, Clock.systemUTC()).pause(seconds);
        }
    }

    public static List<String> cleanBenchmarkScopes(ClusterOptions o, String controller) {
        URI uri;
        try (ClusterSession s = ClusterSession.openWithoutCharts(o, System.out)) {
            uri = ControllerAddress.resolve(s, controller);
        }
        return BenchmarkScopes.clean(uri, System.out);
    }

    /** get-logs: timestamps.json and the stack's logs into the run folder. */
    public static Path getLogs(ClusterOptions o, Path runFolder, Instant start, Instant pause, Instant resume, Instant end) {
        try {
            RunFolder.writeTimestamps(runFolder, start, pause, resume, end);
        } catch (IOException e) {
            throw new UserError("cannot write timestamps.json into " + runFolder + ": " + e.getMessage());
        }
        try (ClusterSession s = ClusterSession.openWithoutCharts(o, System.out)) {
            new StackLogs(s).download(runFolder);
        }
        System.out.println("run folder: " + runFolder);
        return runFolder;
    }
}
