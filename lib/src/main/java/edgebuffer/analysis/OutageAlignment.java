package edgebuffer.analysis;

import java.util.List;

/**
 * Puts several runs on one time axis so that their outages start at the same x: each run is
 * shifted by (latest outage start among the runs - its own outage start), so x stays "seconds
 * since the start" of the run that waited longest before its outage, and no x is negative.
 */
final class OutageAlignment {

    private final double outageStart;

    private OutageAlignment(double outageStart) {
        this.outageStart = outageStart;
    }

    static OutageAlignment of(List<Run> runs) {
        return new OutageAlignment(runs.stream().mapToDouble(r -> r.timestamps().outageStartSeconds()).max().orElse(0));
    }

    /** x on the shared axis for {@code elapsedSeconds} of {@code run}. */
    double x(Run run, double elapsedSeconds) {
        return elapsedSeconds + outageStart - run.timestamps().outageStartSeconds();
    }

    double outageStart() {
        return outageStart;
    }

    /** Where each run's outage ends on the shared axis, rounded to 0.1 s, without repeats. */
    List<Double> outageEnds(List<Run> runs) {
        return runs.stream().map(r -> Math.round(x(r, r.timestamps().outageEndSeconds()) * 10) / 10.0).distinct().sorted().toList();
    }
}
