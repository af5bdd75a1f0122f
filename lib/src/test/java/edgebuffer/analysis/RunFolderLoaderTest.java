package edgebuffer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsEveryFileOfARunFolderAndIgnoresUnknownKeys() throws Exception {
        Path folder = SyntheticRunFolder.in(dir.resolve("20261204-203000-geds"))
                .geds(1 << 20, k -> 0).latency(1.5, 3.2).latency(2.5, 4.0).write();
        Files.writeString(folder.resolve("readers/latency-reader-1-latency.log"),
                "absolute_time(s),experiment_time(s),e2e latency(ms)\n1764880201.1,3.0,9.5\n");
        Files.writeString(folder.resolve("readers/notes.txt"), "not a reader log");

        Run run = RunFolderLoader.load(folder);

        assertEquals("20261204-203000-geds", run.runId());
        assertEquals("geds", run.mode());
        assertEquals("embedded", run.stack());
        assertEquals(40, run.ingest().rowCount());
        assertEquals(40, run.tier().rowCount());
        assertEquals(3, run.latency().rowCount());
        assertEquals(List.of("latency-reader-0", "latency-reader-1"), run.latency().stringColumn("reader").unique().asList().stream().sorted().toList());
        assertEquals(10.0, run.timestamps().outageStartSeconds());
        assertEquals(10L * 1024 * 1024, run.cacheBytes().orElseThrow());
        assertEquals(1 << 20, run.tierCapacityBytes());
    }

    @Test
    void aBaselineFolderHasNoTierAndMayHaveNoReaderLogs() throws Exception {
        Path folder = SyntheticRunFolder.in(dir.resolve("b")).write();
        Files.delete(folder.resolve("readers/latency-reader-0-latency.log"));

        Run run = RunFolderLoader.load(folder);

        assertFalse(run.tierTable().isPresent());
        assertEquals(0, run.tierCapacityBytes());
        assertEquals(0, run.latency().rowCount());
    }

    @Test
    void eachBrokenFolderGetsAOneLineMessageNamingTheFile() throws Exception {
        Path good = SyntheticRunFolder.in(dir.resolve("good")).write();

        assertOneLine(dir.resolve("nowhere"), "does not exist");
        Path noRunJson = Files.createDirectories(dir.resolve("empty"));
        assertOneLine(noRunJson, "has no run.json");

        Files.delete(good.resolve("ingest.csv"));
        assertOneLine(good, "ingest.csv is missing");

        Path badTime = SyntheticRunFolder.in(dir.resolve("badtime")).write();
        Files.writeString(badTime.resolve("timestamps.json"), "{\"Start Time\": \"yesterday\"}");
        assertOneLine(badTime, "\"Start Time\" is not ISO-8601");

        Path badJson = SyntheticRunFolder.in(dir.resolve("badjson")).write();
        Files.writeString(badJson.resolve("run.json"), "{ not json");
        assertOneLine(badJson, "run.json is not valid JSON");

        Path noColumn = SyntheticRunFolder.in(dir.resolve("nocolumn")).write();
        Files.writeString(noColumn.resolve("ingest.csv"), "elapsed_s,bytes\n0,1\n");
        assertOneLine(noColumn, "has no column total_bytes");
    }

    @Test
    void expandFindsTheRunFoldersInsideALogsFolderAndSkipsOthers() throws Exception {
        Path logs = dir.resolve("logs");
        Path b = SyntheticRunFolder.in(logs.resolve("20261204-203000-baseline")).write();
        Path g = SyntheticRunFolder.in(logs.resolve("20261204-204000-geds")).write();
        Files.createDirectories(logs.resolve("analysis"));

        assertEquals(List.of(b, g), RunFolderLoader.expand(List.of(logs)));
        assertEquals(List.of(g), RunFolderLoader.expand(List.of(g)));
        RunFolderException none = assertThrows(RunFolderException.class,
                () -> RunFolderLoader.expand(List.of(logs.resolve("analysis"))));
        assertTrue(none.getMessage().startsWith("no run folder in"));
    }

    private static void assertOneLine(Path folder, String expected) {
        RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolderLoader.load(folder));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
