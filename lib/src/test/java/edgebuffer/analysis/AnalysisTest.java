package edgebuffer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFigureAndASummaryWhoseNumbersAreTheMeasuredOnes() throws Exception {
        List<Run> pair = IngestionFigureTest.originalLikePair(dir.resolve("logs"));
        Path out = Path.of("target/test-figures");
        AnalysisReport report = Analysis.analyze(List.of(dir.resolve("logs")), out);

        assertEquals(List.of(out.resolve("ingestion.png"), out.resolve("latency.png"), out.resolve("tier-20261204-204000-geds.png")),
                report.figures());
        for (Path png : report.figures()) {
            assertTrue(Files.size(png) > 5_000, png + " looks empty");
        }
        String summary = Files.readString(out.resolve("summary.md"));
        assertEquals(report.summaryMarkdown(), summary);
        List<String> baselineRow = cells(summary, "20261204-203000-baseline");
        List<String> gedsRow = cells(summary, "20261204-204000-geds");
        // baseline: outage 5.5 s, row 13 is the first zero -> 7.5 s; GEDS: outage 7.5 s, row 37 -> 29.5 s
        assertEquals("7.5", baselineRow.get(6));
        assertEquals("29.5", gedsRow.get(6));
        assertEquals("-", baselineRow.get(4), "no tier under baseline Pravega");
        assertEquals("5120", gedsRow.get(4));
        assertEquals("-", baselineRow.get(10), "no drain for baseline");
        assertEquals(pair.size(), report.metrics().size());
    }

    @Test
    void aDisagreementWithRunJsonIsWrittenUnderTheTable() {
        Path folder = SyntheticRunFolder.in(dir.resolve("r")).outage(10, 30, 40)
                .ingest(k -> k >= 15 && k < 30 ? 0 : 1_000_000).reportedStallAfter("12.0").write();
        AnalysisReport report = Analysis.analyze(List.of(folder), dir.resolve("out"));

        assertTrue(report.summaryMarkdown().contains("r: run.json says the stall began after 12.0 s; measured from ingest.csv: 5.0 s."),
                report.summaryMarkdown());
    }

    @Test
    void theDefaultOutputFolderSitsBesideTheRunFolders() {
        assertEquals(dir.resolve("logs/analysis"), Analysis.defaultOutputDir(List.of(dir.resolve("logs/20261204-203000-baseline"))));
    }

    @Test
    void noRunFolderIsAOneLineError() {
        RunFolderException e = assertThrows(RunFolderException.class, () -> Analysis.analyze(List.of(), dir));
        assertTrue(e.getMessage().startsWith("no run folder given"));
    }

    private static List<String> cells(String markdown, String runId) {
        String row = markdown.lines().filter(l -> l.startsWith("| " + runId + " ")).findFirst().orElseThrow();
        return List.of(row.substring(2, row.length() - 2).split(" \\| "));
    }
}
