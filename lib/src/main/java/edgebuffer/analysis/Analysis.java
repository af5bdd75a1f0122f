package edgebuffer.analysis;

import edgebuffer.cli.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code analyze} step: run folders in, figures and summary.md out. Output files:
 * {@code ingestion.png} (the original's figure), {@code latency.png}, {@code tier-<run id>.png}
 * per GEDS run, {@code summary.md}.
 */
public final class Analysis {

    public static final String INGESTION_PNG = "ingestion.png";

    private Analysis() {
    }

    /** Where {@code analyze} writes when not told: {@code analysis/} beside the first run folder (e.g. {@code logs/analysis/}). */
    public static Path defaultOutputDir(List<Path> runFolders) {
        Path parent = runFolders.get(0).toAbsolutePath().normalize().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("analysis");
    }

    /** @param arguments run folders, or folders that hold run folders (see {@link RunFolderLoader#expand}) */
    public static AnalysisReport analyze(List<Path> arguments, Path outputDir) {
        if (arguments.isEmpty()) {
            throw new RunFolderException("no run folder given: name one or more run folders, or a logs folder that holds them");
        }
        List<Run> runs = RunFolderLoader.loadAll(RunFolderLoader.expand(arguments));
        return analyzeRuns(runs, outputDir);
    }

    public static AnalysisReport analyzeRuns(List<Run> runs, Path outputDir) {
        List<RunMetrics> metrics = runs.stream().map(BufferingAnalysis::measure).toList();
        List<Path> figures = new ArrayList<>();
        Path ingestion = ChartStyle.savePng(IngestionFigure.create(runs), outputDir.resolve(INGESTION_PNG));
        figures.add(ingestion);
        figures.add(ChartStyle.savePng(LatencyFigure.create(runs), outputDir.resolve("latency.png")));
        for (Run run : runs) {
            if (run.tierTable().isPresent()) {
                figures.add(ChartStyle.savePng(TierFillFigure.create(run), outputDir.resolve("tier-" + run.runId() + ".png")));
            }
        }
        String summary = SummaryTable.markdown(metrics);
        try {
            Files.writeString(outputDir.resolve("summary.md"), summary);
        } catch (IOException e) {
            throw new UserError("cannot write " + outputDir.resolve("summary.md") + ": " + e.getMessage() + " (check the folder is writable)", e);
        }
        return new AnalysisReport(runs, metrics, summary, outputDir, ingestion, List.copyOf(figures));
    }
}
