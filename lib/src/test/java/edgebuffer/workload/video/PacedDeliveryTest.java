package edgebuffer.workload.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixed-rate loop shared by replay and clip sources, exercised through ClipSource (no GStreamer).
 * The bounds follow from the design, not from this machine's speed: the schedule can never be
 * ahead of wall time, and it is never more than a second behind without counting skipped slots.
 * Only the lower bound depends on getting CPU at all, so it allows two seconds of starvation.
 */
class PacedDeliveryTest {

    private static final int FPS = 50;

    private static ClipSource source() {
        return new ClipSource(new VideoSpec(1280, 720, FPS, 20000), null);
    }

    private static long epochNanosNow() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Test
    void neverAheadOfScheduleAndCaptureTimesStrictlyIncreaseOnTheWallClock() throws InterruptedException {
        RecordingSink sink = new RecordingSink();
        ClipSource source = source();
        long wallBefore = epochNanosNow();
        long start = System.nanoTime();
        source.start(sink);
        Thread.sleep(3_000);
        source.close();
        double seconds = (System.nanoTime() - start) / 1e9;

        List<RecordingSink.Delivery> got = sink.deliveries();
        long delivered = source.framesDelivered();
        assertEquals(got.size(), delivered);
        assertTrue(delivered <= seconds * FPS + 1, delivered + " frames in " + seconds + " s is ahead of " + FPS + " fps");
        assertTrue(delivered + source.framesSkipped() >= (seconds - 2) * FPS,
                delivered + " frames (+" + source.framesSkipped() + " skipped) in " + seconds + " s");
        for (int i = 1; i < got.size(); i++) {
            assertTrue(got.get(i).captureEpochNanos() > got.get(i - 1).captureEpochNanos(), "capture time " + i);
        }
        // CaptureClock is wall-clock UTC (anchored once, so allow its anchor's drift: a second).
        assertTrue(got.get(0).captureEpochNanos() > wallBefore - 1_000_000_000L);
        assertTrue(got.get(got.size() - 1).captureEpochNanos() < epochNanosNow() + 1_000_000_000L);
    }

    @Test
    void aSinkStalledForSecondsCausesSkippedSlotsNotABurst() throws InterruptedException {
        long stallNanos = 2_500_000_000L;
        RecordingSink record = new RecordingSink();
        FrameSink stallOnFifth = (frame, capture) -> {
            record.accept(frame, capture);
            if (record.deliveries().size() == 5) {
                sleepNanos(stallNanos);
            }
        };
        try (ClipSource source = source()) {
            source.start(stallOnFifth);
            Thread.sleep(4_000);
            long skipped = source.framesSkipped();
            assertTrue(skipped >= FPS, "a 2.5 s stall at " + FPS + " fps should skip at least 1 s of slots, skipped " + skipped);
            assertTrue(skipped <= 4 * FPS, "skipped " + skipped);
        }
        List<RecordingSink.Delivery> got = record.deliveries();
        long epochAtStallEnd = got.get(4).captureEpochNanos() + stallNanos;
        long burst = got.stream().skip(5).filter(d -> d.captureEpochNanos() < epochAtStallEnd + 200_000_000L).count();
        // Right after the stall: the catch-up is capped at one second of frames, not the 2.5 s missed.
        assertTrue(burst <= FPS, burst + " frames within 200 ms after the stall");
    }

    @Test
    void closeJoinsTheThreadAndNothingArrivesAfterIt() throws InterruptedException {
        RecordingSink sink = new RecordingSink();
        ClipSource source = source();
        source.start(sink);
        Thread.sleep(300);
        source.close();
        int atClose = sink.deliveries().size();
        assertTrue(atClose > 0);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(sink.deliveries().get(0).thread())), "delivery thread still alive");
        Thread.sleep(200);
        assertEquals(atClose, sink.deliveries().size());
        source.close();
        assertThrows(IllegalStateException.class, () -> source.start(sink));
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
