package edgebuffer.workload.video;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Encodes a GOP-aligned run of test frames with GStreamer x264, as fast as the CPU allows, for
 * replay and for the shipped clip. Also measures what the encode cost (frames per second and
 * process CPU), which tells how many live encoders this machine could afford.
 */
public final class FrameEncoder {

    /** How long one encode result took. Process CPU includes every JVM thread: noisy, a rough guide. */
    public record EncodeStats(int frames, long wallNanos, long processCpuNanos) {

        public double framesPerSecond() {
            return frames * 1e9 / Math.max(1, wallNanos);
        }

        /** Cores busy on average during the encode (1.0 = one core). */
        public double cpuCores() {
            return (double) processCpuNanos / Math.max(1, wallNanos);
        }

        @Override
        public String toString() {
            return String.format("%d frames in %.2f s: %.0f fps, %.2f cores of CPU",
                    frames, wallNanos / 1e9, framesPerSecond(), cpuCores());
        }
    }

    /** The frames plus the cost of encoding them. */
    public record Result(EncodedClip clip, EncodeStats stats) {
    }

    private FrameEncoder() {
    }

    /** Frame count for about {@code seconds} at the spec's fps, rounded up to whole GOPs so the loop is seamless. */
    public static int gopAlignedFrameCount(VideoSpec spec, double seconds) {
        if (!(seconds > 0) || seconds > 600) {
            throw new IllegalArgumentException("clip length (--seconds) must be more than 0 and at most 600, got " + seconds);
        }
        int wanted = (int) Math.ceil(seconds * spec.fps());
        int gop = H264Pipeline.KEY_INT_MAX;
        return Math.max(gop, (wanted + gop - 1) / gop * gop);
    }

    /** Encodes exactly {@code frameCount} frames; throws GstUnavailableException without GStreamer. */
    public static Result encode(VideoSpec spec, int frameCount) {
        List<EncodedFrame> frames = Collections.synchronizedList(new ArrayList<>(frameCount));
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        try (H264Pipeline pipeline = H264Pipeline.finite(spec, frameCount, frames::add)) {
            pipeline.play();
            // Generous: even 4K on a loaded two-core machine encodes several frames a second.
            long timeoutSeconds = 30 + frameCount;
            if (!pipeline.awaitEnd(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException("GStreamer encode of " + frameCount + " frames at " + spec.label()
                        + " did not finish within " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding video frames", e);
        }
        EncodeStats stats = new EncodeStats(frames.size(), System.nanoTime() - start, processCpuNanos() - cpuBefore);
        if (frames.size() != frameCount) {
            throw new IllegalStateException("GStreamer produced " + frames.size() + " frames, expected " + frameCount);
        }
        return new Result(new EncodedClip(spec, frames), stats);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
