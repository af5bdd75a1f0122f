package edgebuffer.analysis;

import edgebuffer.experiment.ExperimentOptions;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The bodies of the {@code analyze}, {@code reproduce-figure} and {@code install-kernel} scripts,
 * so each script stays a door: output on {@code out}, problems as one line on {@code err},
 * and an exit code (0 fine, 1 failed).
 */
public final class AnalysisCommands {

    private AnalysisCommands() {
    }

    /** @param outputDir null: {@code analysis/} beside the first run folder */
    public static int analyze(List<Path> runFolders, Path outputDir, PrintStream out, PrintStream err) {
        return oneLineErrors("analyze", err, () -> {
            List<Path> folders = RunFolderLoader.expand(runFolders);
            AnalysisReport report = Analysis.analyze(folders, outputDir != null ? outputDir : Analysis.defaultOutputDir(folders));
            out.println(report.summaryMarkdown());
            report.figures().forEach(png -> out.println("figure: " + png));
            out.println("summary: " + report.outputDir().resolve("summary.md"));
            return 0;
        });
    }

    public static int reproduceFigure(ExperimentOptions options, Path figure, PrintStream out, PrintStream err) {
        return oneLineErrors("reproduce-figure", err, () -> {
            AnalysisReport report = FigureReproduction.reproduce(options, figure, out);
            out.println(report.summaryMarkdown());
            out.println("figure: " + figure);
            return 0;
        });
    }

    /** @param kernelsDir null: Jupyter's own kernels folder ({@code jupyter --data-dir}/kernels) */
    public static int installKernel(Path kernelsDir, PrintStream out, PrintStream err) {
        return oneLineErrors("install-kernel", err, () -> {
            Path dir = KernelInstaller.install(kernelsDir, KernelInstaller.defaultMavenRepository());
            out.println("kernel '" + KernelInstaller.KERNEL_NAME + "' installed in " + dir);
            return 0;
        });
    }

    static int oneLineErrors(String command, PrintStream err, Callable<Integer> body) {
        try {
            return body.call();
        } catch (RunFolderException | SetupException | UncheckedIOException | UnsupportedOperationException
                 | edgebuffer.cli.UserError e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println(command + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
