package edgebuffer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class IngestionFigureTest {

    @TempDir
    Path dir;

    /** Shaped like the original: 15 MB/s, outage 5..61 s, baseline stalls after 7 s, GEDS after 29 s. */
    static List<Run> originalLikePair(Path dir) {
        Run baseline = RunFolderLoader.load(readsEveryTenthOfASecond(SyntheticRunFolder.in(dir.resolve("20261204-203000-baseline")), 13, 61)
                .outage(5.5, 60.8, 70).cacheMb(1536)
                .ingest(k -> k < 3 ? k * 5_000_000L : k < 13 ? 15_700_000 + (k % 3) * 200_000 : k < 61 ? 0 : k < 63 ? 75_000_000 : 0)
                .write());
        Run geds = RunFolderLoader.load(readsEveryTenthOfASecond(SyntheticRunFolder.in(dir.resolve("20261204-204000-geds")), 37, 63)
                .outage(7.5, 62.8, 72).cacheMb(1536)
                .geds(5L << 30, k -> k < 8 ? 0 : k < 37 ? (k - 8) * 15_000_000L : k < 63 ? 435_000_000L : Math.max(0, 435_000_000L - (k - 63) * 100_000_000L))
                .ingest(k -> k < 5 ? k * 5_000_000L : k < 37 ? 15_500_000 + (k % 4) * 150_000 : k < 63 ? 500_000 : k < 66 ? 55_000_000 : 0)
                .write());
        return List.of(baseline, geds);
    }

    /** Reads at 10 Hz with 20-40 ms latency, none while ingest is stalled, a catch-up of seconds right after it. */
    private static SyntheticRunFolder readsEveryTenthOfASecond(SyntheticRunFolder run, int stall, int resume) {
        for (int tenth = 0; tenth < 700; tenth++) {
            double t = tenth / 10.0;
            if (t >= stall && t < resume) {
                continue;
            }
            double catchUp = t >= resume && t < resume + 3 ? (resume + 3 - t) * 2000 : 0;
            run.latency(t, 20 + (tenth * 7 % 20) + catchUp);
        }
        return run;
    }

    @Test
    void twoRunsGetTheOriginalLegendAndTheirOutagesLineUp() throws Exception {
        List<Run> runs = originalLikePair(dir);
        XYChart chart = IngestionFigure.create(runs);

        assertEquals(List.of("Pravega", "Pravega + GEDS"), List.copyOf(chart.getSeriesMap().keySet()));
        OutageAlignment align = OutageAlignment.of(runs);
        assertEquals(7.5, align.x(runs.get(0), 5.5), "the baseline's outage start moves onto the GEDS run's");
        assertEquals(2.0, align.x(runs.get(0), 0.0), "so the whole baseline moves right by 2 s");
        assertEquals(7.5, align.x(runs.get(1), 7.5), "the run with the later outage stays where it is");
        assertEquals(List.of(62.8), align.outageEnds(runs), "equal outage lengths give one 'available' marker");
        assertEquals(2.0, chart.getSeriesMap().get("Pravega").getXData()[0]);

        Path png = ChartStyle.savePng(chart, Path.of("target/test-figures/ingestion.png"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertTrue(image.getHeight() > 400);
    }
}
