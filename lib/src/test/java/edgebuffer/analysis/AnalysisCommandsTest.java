package edgebuffer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void analyzeWritesBesideTheRunsByDefaultAndPrintsTheSummary() {
        Path run = SyntheticRunFolder.in(dir.resolve("logs/20261204-203000-baseline")).write();

        int code = AnalysisCommands.analyze(List.of(run), null, new PrintStream(out), new PrintStream(err));

        assertEquals(0, code, err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("logs/analysis/ingestion.png")));
        assertTrue(out.toString().contains("| 20261204-203000-baseline | baseline | embedded |"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aMissingRunFolderIsOneLineAndExitCodeOne() {
        int code = AnalysisCommands.analyze(List.of(dir.resolve("nope")), dir.resolve("out"), new PrintStream(out), new PrintStream(err));

        assertEquals(1, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("analyze: not a run folder: "), err.toString());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing written for a bad input");
    }
}
