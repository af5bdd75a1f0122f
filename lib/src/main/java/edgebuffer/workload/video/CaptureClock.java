package edgebuffer.workload.video;

import java.time.Instant;

/**
 * Wall-clock UTC time in nanoseconds since the epoch, for frame capture times and latency.
 * Anchored once per JVM to {@link Instant#now()} and advanced by {@link System#nanoTime()}:
 * that gives nanosecond steps (Instant.now() ticks in microseconds here), never goes backwards
 * when NTP adjusts the clock mid-run, and makes "read time - capture time" in one JVM exact.
 */
public final class CaptureClock {

    private static final long ANCHOR_EPOCH_NANOS;
    private static final long ANCHOR_NANO_TIME;

    static {
        Instant now = Instant.now();
        ANCHOR_NANO_TIME = System.nanoTime();
        ANCHOR_EPOCH_NANOS = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private CaptureClock() {
    }

    public static long epochNanos() {
        return ANCHOR_EPOCH_NANOS + (System.nanoTime() - ANCHOR_NANO_TIME);
    }
}
