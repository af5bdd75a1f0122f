package edgebuffer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BufferingAnalysisTest {

    @TempDir
    Path dir;

    /** 1 MB/s; outage 10..30 s; ingest keeps going 5 s into it, then nothing until a burst at 30 s. */
    private SyntheticRunFolder stallsAfterFiveSeconds(String name) {
        return SyntheticRunFolder.in(dir.resolve(name))
                .outage(10, 30, 40)
                .ingest(k -> k >= 15 && k < 30 ? 0 : k == 30 ? 3_000_000 : 1_000_000);
    }

    @Test
    void stallRecoveryAndBytesOfABaselineRunMatchTheHandWorkedAnswer() {
        RunMetrics m = BufferingAnalysis.measure(RunFolderLoader.load(stallsAfterFiveSeconds("20261204-203000-baseline").write()));

        assertEquals(1_000_000, m.rateBeforeOutage());
        assertEquals(5.0, m.stallAfterSeconds());
        assertEquals(5.0, m.bufferingSeconds());
        assertFalse(m.survivedOutage());
        assertEquals(5_000_000, m.bytesAcceptedDuringOutage());
        assertEquals(15 * 30, m.droppedFramesDuringOutage());
        assertEquals(0.0, m.recoverySeconds());
        assertEquals(0.8 * 10 * 1024 * 1024 / 1_000_000, m.predictedStallAfterSeconds(), 1e-9);
        assertNull(m.drainSeconds(), "a baseline run has no tier to drain");
        assertEquals(0L, m.eventsLost());
        assertEquals(20.0, m.outageSeconds());
    }

    @Test
    void aDipThatComesBackBeforeTheOutageEndsIsNotAStall() {
        Path folder = SyntheticRunFolder.in(dir.resolve("dip"))
                .outage(10, 30, 40)
                .ingest(k -> (k >= 12 && k < 15) || k >= 25 && k < 30 ? 0 : 1_000_000)
                .write();

        assertEquals(15.0, BufferingAnalysis.measure(RunFolderLoader.load(folder)).stallAfterSeconds(),
                "the stall starts where ingest stops for good (25 s), not at the first dip (12 s)");
    }

    @Test
    void aRunThatIngestsThroughTheWholeOutageSurvivesIt() {
        RunMetrics m = BufferingAnalysis.measure(RunFolderLoader.load(
                SyntheticRunFolder.in(dir.resolve("survivor")).outage(10, 30, 40).write()));

        assertNull(m.stallAfterSeconds());
        assertTrue(m.survivedOutage());
        assertEquals(20.0, m.bufferingSeconds());
        assertEquals(20_000_000, m.bytesAcceptedDuringOutage());
    }

    @Test
    void aRunThatNeverRecoversHasNoRecoveryTime() {
        RunMetrics m = BufferingAnalysis.measure(RunFolderLoader.load(SyntheticRunFolder.in(dir.resolve("dead"))
                .outage(10, 30, 40).ingest(k -> k < 12 ? 1_000_000 : k < 35 ? 0 : 400_000).write()));

        assertEquals(2.0, m.stallAfterSeconds());
        assertNull(m.recoverySeconds(), "400 kB/s is below half of the 1 MB/s before the outage");
    }

    @Test
    void recoveryCountsFromTheOutageEndToTheFirstSecondBackAtHalfTheRate() {
        RunMetrics m = BufferingAnalysis.measure(RunFolderLoader.load(SyntheticRunFolder.in(dir.resolve("slow"))
                .outage(10, 30, 40).ingest(k -> k < 12 ? 1_000_000 : k < 33 ? 0 : 600_000).write()));

        assertEquals(3.0, m.recoverySeconds());
    }

    @Test
    void fractionalOutageBoundsWeighTheSecondsTheyCut() {
        // outage 10.5 .. 20.5 s; 1 MB/s until 15 s, nothing until 20 s, 1 MB/s again
        RunMetrics m = BufferingAnalysis.measure(RunFolderLoader.load(SyntheticRunFolder.in(dir.resolve("half"))
                .outage(10.5, 20.5, 30).ingest(k -> k < 15 ? 1_000_000 : k < 20 ? 0 : 1_000_000).write()));

        assertEquals(4_500_000 + 500_000, m.bytesAcceptedDuringOutage(), "4.5 MB in 10.5..15 s, half of row 20 in 20..20.5 s");
        assertEquals(4.5, m.stallAfterSeconds(), 1e-9, "row 15 starts 4.5 s after the 10.5 s outage start");
        assertEquals(0.0, m.recoverySeconds(), "row 20 holds the resume and is back at full rate");
    }

    @Test
    void thePreOutageRateIsTheMedianOfTheLastTenSecondsSoTheRampUpDoesNotCount() {
        RunMetrics m = BufferingAnalysis.measure(RunFolderLoader.load(SyntheticRunFolder.in(dir.resolve("ramp"))
                .outage(14, 30, 40).ingest(k -> k < 4 ? 100_000 * k : k < 13 ? 2_000_000 : k == 13 ? 5_000_000 : 0).write()));

        assertEquals(2_000_000, m.rateBeforeOutage());
        assertEquals(0.0, m.stallAfterSeconds());
    }

    @Test
    void gedsRunUsesTheTierCapacityInThePredictionAndDrainsItsBacklog() {
        long capacity = 64L * 1024 * 1024;
        // backlog 0 before the outage, grows by 1 MB/s during it, falls by 4 MB/s after 30 s -> back at 35 s
        Path folder = stallsAfterFiveSeconds("20261204-204000-geds")
                .geds(capacity, k -> k < 10 ? 0 : k <= 30 ? (k - 10) * 1_000_000L : Math.max(0, 20_000_000L - (k - 30) * 4_000_000L))
                .write();
        RunMetrics m = BufferingAnalysis.measure(RunFolderLoader.load(folder));

        assertEquals("geds", m.mode());
        assertEquals(capacity, m.tierCapacityBytes());
        assertEquals((0.8 * 10 * 1024 * 1024 + capacity) / 1_000_000, m.predictedStallAfterSeconds(), 1e-9);
        assertEquals(5.0, m.drainSeconds());
        assertEquals(21_000_000L, m.peakTierLocalBytes(), "local = pending + 1 MB of cached copies in the fixture");
    }

    @Test
    void aBacklogThatStaysAtItsPreOutageLevelCountsAsDrainedButOneThatStaysHighDoesNot() {
        Path kept = stallsAfterFiveSeconds("kept").geds(1L << 30, k -> k < 10 ? 8_000_000 : k < 31 ? 8_000_000 + k * 100_000L : 8_000_000).write();
        Path stuck = stallsAfterFiveSeconds("stuck").geds(1L << 30, k -> k < 10 ? 0 : 20_000_000).write();

        assertEquals(1.0, BufferingAnalysis.measure(RunFolderLoader.load(kept)).drainSeconds());
        assertNull(BufferingAnalysis.measure(RunFolderLoader.load(stuck)).drainSeconds());
    }

    @Test
    void latencyPercentilesAreSplitByPhase() {
        SyntheticRunFolder run = stallsAfterFiveSeconds("lat");
        for (int i = 1; i <= 100; i++) {
            run.latency(i * 0.09, i); // 0.09 .. 9 s: before the 10 s outage
        }
        for (int i = 0; i < 10; i++) {
            run.latency(12 + i, 1000 + i);
        }
        run.latency(35, 7);
        RunMetrics m = BufferingAnalysis.measure(RunFolderLoader.load(run.write()));

        assertEquals(new LatencyPercentiles(100, 50, 95, 99), m.latency(Phase.BEFORE));
        assertEquals(new LatencyPercentiles(10, 1004, 1009, 1009), m.latency(Phase.DURING));
        assertEquals(new LatencyPercentiles(1, 7, 7, 7), m.latency(Phase.AFTER));
    }

    @Test
    void aStallOnsetInRunJsonThatDiffersFromTheMeasuredOneIsFlagged() {
        RunMetrics same = BufferingAnalysis.measure(RunFolderLoader.load(stallsAfterFiveSeconds("same").reportedStallAfter("5.0").write()));
        RunMetrics other = BufferingAnalysis.measure(RunFolderLoader.load(stallsAfterFiveSeconds("other").reportedStallAfter("9.0").write()));

        assertFalse(same.disagreesWithRunJson());
        assertTrue(other.disagreesWithRunJson());
    }
}
