package edgebuffer.analysis;

import edgebuffer.cli.UserError;
import edgebuffer.experiment.EmbeddedExperiment;
import edgebuffer.experiment.ExperimentOptions;
import edgebuffer.experiment.RunOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code reproduce-figure}: the baseline run and the GEDS run with the same options, one after the
 * other on the embedded stack, then the analysis of both and the figure copied into media/.
 * The one place that calls the experiment, so the analysis package depends on it only here.
 */
public final class FigureReproduction {

    /** Where README shows the figure; a String so the script can use it as its option default. */
    public static final String DEFAULT_FIGURE = "media/ingestion-figure.png";

    private FigureReproduction() {
    }

    /** @param figure where the ingestion figure goes (README's {@link #DEFAULT_FIGURE}) */
    public static AnalysisReport reproduce(ExperimentOptions options, Path figure, PrintStream progress) throws Exception {
        boolean askedForGeds = options.geds;
        try {
            options.geds = false;
            progress.println("1/3 baseline run (Pravega alone) ...");
            RunOutcome baseline = EmbeddedExperiment.run(options);
            options.geds = true;
            progress.println("2/3 GEDS run (Pravega + GEDS), same options ...");
            RunOutcome geds = EmbeddedExperiment.run(options);
            progress.println("3/3 analysis ...");
            List<Path> folders = List.of(baseline.runFolder(), geds.runFolder());
            AnalysisReport report = Analysis.analyze(folders, Analysis.defaultOutputDir(folders));
            copy(report.ingestionFigure(), figure);
            for (RunOutcome outcome : List.of(baseline, geds)) {
                if (!outcome.integrityOk()) {
                    // the figure is there, but a run that lost acknowledged frames must not pass silently
                    throw new UserError(outcome.runFolder().getFileName() + " lost or damaged acknowledged frames: see "
                            + outcome.runFolder().resolve("summary.md"));
                }
            }
            return report;
        } finally {
            options.geds = askedForGeds;
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Path parent = to.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserError("cannot copy the figure to " + to + ": " + e.getMessage() + " (check the folder is writable)", e);
        }
    }
}
