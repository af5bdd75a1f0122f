package edgebuffer.cluster;

import edgebuffer.experiment.ExperimentOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What latency-experiment-setup and latency-benchmark-runner both take, as one picocli mixin: the
 * cluster, the experiment's sizes, the controller the pods use and the readers' delay. Each script
 * adds only what is its own (writer delay, run time, output folder).
 */
public class BenchmarkOptions {

    @Mixin
    public ClusterOptions cluster;

    @Mixin
    public ExperimentOptions experiment;

    @Option(names = "--controller", description = "Controller URI the pods use (default: the controller service inside the cluster).")
    public String controller;

    @Option(names = "--reader-delay", defaultValue = "5",
            description = "Seconds a reader waits before starting, so readers start after the writers (default: ${DEFAULT-VALUE}).")
    public int readerDelay;

    /** --controller, or the controller service inside the cluster. */
    public String controllerUri() {
        return controller == null ? cluster.inClusterControllerUri() : controller;
    }
}
