package edgebuffer.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Executes a notebook headless ({@code jupyter nbconvert --to notebook --execute}) and says whether
 * every cell ran clean, including the failures nbconvert does not see ({@link NotebookOutputCheck}).
 * The Rapaio kernel sometimes never answers its first request (a start-up race); such an attempt
 * is retried, up to {@value #ATTEMPTS} attempts in all.
 */
public final class NotebookExecution {

    static final int ATTEMPTS = 3;
    private static final List<String> START_UP_RACE = List.of(
            "Kernel didn't respond", "\"this.handlers\" is null", "Kernel died before replying to kernel_info");

    /** @param problems empty when the notebook ran clean; else one line each (nbconvert's error, or cell problems) */
    public record Result(Path notebook, Path executed, List<String> problems, int attempts) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private NotebookExecution() {
    }

    /**
     * @param env          extra environment for the kernel (e.g. EDGEBUFFER_RUNS for compare-runs)
     * @param cellTimeoutS seconds one cell may run
     */
    public static Result execute(Path notebook, Path outputDir, Map<String, String> env, int cellTimeoutS) {
        if (!Files.isRegularFile(notebook)) {
            throw new SetupException("no notebook at " + notebook);
        }
        Path executed = outputDir.resolve(notebook.getFileName());
        List<String> command = List.of(ProcessRunner.jupyter(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=" + cellTimeoutS, "--ExecutePreprocessor.startup_timeout=90",
                "--output-dir", outputDir.toAbsolutePath().toString(), notebook.toAbsolutePath().toString());
        ProcessRunner.Result run = null;
        int attempt = 0;
        while (attempt < ATTEMPTS) {
            attempt++;
            deleteQuietly(executed); // a notebook left by an earlier attempt must not be checked instead
            run = ProcessRunner.run(command, env, notebook.toAbsolutePath().getParent(), (long) cellTimeoutS * 20);
            if (run.ok() || START_UP_RACE.stream().noneMatch(run.output()::contains)) {
                break;
            }
        }
        List<String> problems = new ArrayList<>();
        if (!run.ok()) {
            problems.add("nbconvert failed (exit " + run.exitCode() + "): " + lastMeaningfulLine(run.output()));
        }
        if (Files.isRegularFile(executed)) {
            try {
                problems.addAll(NotebookOutputCheck.problems(new ObjectMapper().readTree(executed.toFile())));
            } catch (IOException e) {
                problems.add("cannot read " + executed + ": " + e.getMessage());
            }
        }
        return new Result(notebook, executed, List.copyOf(problems), attempt);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SetupException("cannot replace " + file + ": " + e.getMessage());
        }
    }

    private static String lastMeaningfulLine(String output) {
        List<String> lines = output.strip().lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
