package edgebuffer.analysis;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Analysis#analyze} produced.
 *
 * @param metrics         one per run, in the order given
 * @param summaryMarkdown the summary table, also written to {@code outputDir/summary.md}
 * @param ingestionFigure the original's figure (PNG)
 * @param figures         every PNG written, the ingestion figure first
 */
public record AnalysisReport(List<Run> runs, List<RunMetrics> metrics, String summaryMarkdown, Path outputDir,
                             Path ingestionFigure, List<Path> figures) {
}
