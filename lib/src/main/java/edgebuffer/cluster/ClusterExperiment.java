package edgebuffer.cluster;

import edgebuffer.experiment.Experiment;
import edgebuffer.experiment.ExperimentOptions;
import edgebuffer.experiment.RunOutcome;
import java.security.SecureRandom;

/** {@code run-experiment --cluster}: the shared experiment timeline on the Kubernetes stack with pod workload. */
public final class ClusterExperiment {

    private ClusterExperiment() {
    }

    public static RunOutcome run(ExperimentOptions options, ClusterOptions cluster) throws Exception {
        return run(options, cluster, null, 5);
    }

    /**
     * @param controllerOverride controller URI reachable from here; null for the controller service's cluster IP
     * @param readerDelaySeconds readers start this much after the writers (the original's 5 s)
     */
    public static RunOutcome run(ExperimentOptions options, ClusterOptions cluster, String controllerOverride,
                                 int readerDelaySeconds) throws Exception {
        options.validate();
        try (ClusterSession session = ClusterSession.openWithoutCharts(cluster, System.out);
             ClusterStack stack = new ClusterStack(session, options.geds, controllerOverride);
             PodWorkload workload = new PodWorkload(session, options, cluster.inClusterControllerUri(),
                     readerDelaySeconds, new SecureRandom())) {
            return new Experiment(options, stack, workload).run();
        }
    }
}
