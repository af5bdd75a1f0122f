package edgebuffer.experiment;

/**
 * TEMPORARY stand-in on the analysis branch so that FigureReproduction compiles: the lead's real
 * EmbeddedExperiment (main) replaces this file at merge. It never pretends to run anything.
 */
public final class EmbeddedExperiment {

    private EmbeddedExperiment() {
    }

    public static RunOutcome run(ExperimentOptions options) {
        throw new UnsupportedOperationException("EmbeddedExperiment is not on this branch yet (analysis branch stand-in)");
    }
}
