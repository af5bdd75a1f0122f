package edgebuffer.experiment;

import edgebuffer.stack.Stack;
import edgebuffer.workload.Workload;

/**
 * The timeline every run follows, on any stack: warm-up, LTS outage, cool-down, integrity check;
 * it writes the run folder. (Being written: the constructor and {@link #run()} are the contract.)
 */
public final class Experiment {

    private final ExperimentOptions options;
    private final Stack stack;
    private final Workload workload;

    public Experiment(ExperimentOptions options, Stack stack, Workload workload) {
        this.options = options;
        this.stack = stack;
        this.workload = workload;
    }

    public RunOutcome run() throws Exception {
        throw new UnsupportedOperationException("timeline not landed yet");
    }
}
