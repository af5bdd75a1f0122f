///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx3g -XX:MaxDirectMemorySize=4g -Djava.awt.headless=true
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cluster.ClusterExperiment;
import edgebuffer.cluster.ClusterOptions;
import edgebuffer.experiment.EmbeddedExperiment;
import edgebuffer.experiment.ExperimentOptions;
import edgebuffer.experiment.RunOutcome;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run-experiment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the experiment: warm-up, long-term storage outage, cool-down, integrity check.",
                "Embedded by default: real Pravega in this JVM on a real S3 server process.",
                "With --cluster: the same timeline on Kubernetes (see docs/CLUSTER.md).",
                "Exit code 0 when every acknowledged frame was read back intact, 2 when some were lost."})
class RunExperiment implements Callable<Integer> {

    @Mixin
    ExperimentOptions options;

    @Option(names = "--cluster", description = "Run on the Kubernetes cluster of the current kubeconfig context.")
    boolean onCluster;

    @ArgGroup(exclusive = false, heading = "%nCluster options (with --cluster; defaults are the original's):%n")
    ClusterOptions cluster;

    @Override
    public Integer call() throws Exception {
        RunOutcome outcome = onCluster
                ? ClusterExperiment.run(options, cluster != null ? cluster : CommandLine.populateCommand(new ClusterOptions()))
                : EmbeddedExperiment.run(options);
        return outcome.integrityOk() ? 0 : 2;
    }

    public static void main(String... args) {
        System.exit(Cli.run(new RunExperiment(), args));
    }
}
