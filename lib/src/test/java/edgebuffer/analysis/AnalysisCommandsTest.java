package edgebuffer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

class AnalysisCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** What scripts/Analyze.java does, output kept here. */
    @Command(name = "analyze")
    class Analyze implements Callable<Integer> {
        @Parameters
        List<Path> runs;

        @Override
        public Integer call() {
            AnalysisCommands.analyze(runs, dir.resolve("out"), new PrintStream(out, true));
            return 0;
        }
    }

    /** Through {@link Cli}, as the script runs it: its one-line error handling, stderr kept here. */
    private int analyze(Path... runs) {
        CommandLine cl = Cli.commandLine(new Analyze());
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(Arrays.stream(runs).map(Path::toString).toArray(String[]::new));
    }

    @Test
    void analyzeWritesBesideTheRunsByDefaultAndPrintsTheSummary() {
        Path run = SyntheticRunFolder.in(dir.resolve("logs/20261204-203000-baseline")).write();

        AnalysisCommands.analyze(List.of(run), null, new PrintStream(out));

        assertTrue(Files.isRegularFile(dir.resolve("logs/analysis/ingestion.png")));
        assertTrue(out.toString().contains("| 20261204-203000-baseline | baseline | embedded |"), out.toString());
    }

    @Test
    void aMissingRunFolderIsOneLineAndExitCodeOne() {
        int code = analyze(dir.resolve("nope"));

        assertEquals(Cli.USER_ERROR_EXIT, code, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("error: not a run folder: "), err.toString());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing written for a bad input");
    }
}
