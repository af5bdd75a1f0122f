package edgebuffer.cluster;

import edgebuffer.experiment.ExperimentOptions;
import picocli.CommandLine;

/** Options as picocli fills them from the command line (defaults applied), for tests. */
final class TestOptions {

    private TestOptions() {
    }

    static ClusterOptions cluster(String... args) {
        ClusterOptions o = new ClusterOptions();
        new CommandLine(o).parseArgs(args);
        o.waitMinutes = 1;
        return o;
    }

    static ExperimentOptions experiment(String... args) {
        ExperimentOptions o = new ExperimentOptions();
        new CommandLine(o).parseArgs(args);
        return o;
    }
}
