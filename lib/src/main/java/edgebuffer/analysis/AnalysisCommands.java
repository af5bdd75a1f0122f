package edgebuffer.analysis;

import edgebuffer.experiment.ExperimentOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The bodies of the {@code analyze}, {@code reproduce-figure} and {@code install-kernel} scripts,
 * so each script stays a door: output on {@code out}. Failures propagate to
 * {@link edgebuffer.cli.Cli#run}, which prints them as one line (a {@link RunFolderException} or
 * {@link SetupException} is a {@link edgebuffer.cli.UserError}: its message, exit code 1).
 */
public final class AnalysisCommands {

    private AnalysisCommands() {
    }

    /** @param outputDir null: {@code analysis/} beside the first run folder */
    public static void analyze(List<Path> runFolders, Path outputDir, PrintStream out) {
        List<Path> folders = RunFolderLoader.expand(runFolders);
        AnalysisReport report = Analysis.analyze(folders, outputDir != null ? outputDir : Analysis.defaultOutputDir(folders));
        out.println(report.summaryMarkdown());
        report.figures().forEach(png -> out.println("figure: " + png));
        out.println("summary: " + report.outputDir().resolve("summary.md"));
    }

    public static void reproduceFigure(ExperimentOptions options, Path figure, PrintStream out) throws Exception {
        AnalysisReport report = FigureReproduction.reproduce(options, figure, out);
        out.println(report.summaryMarkdown());
        out.println("figure: " + figure);
    }

    /** @param kernelsDir null: Jupyter's own kernels folder ({@code jupyter --data-dir}/kernels) */
    public static void installKernel(Path kernelsDir, PrintStream out) {
        Path dir = KernelInstaller.install(kernelsDir, KernelInstaller.defaultMavenRepository());
        out.println("kernel '" + KernelInstaller.KERNEL_NAME + "' installed in " + dir);
    }
}
