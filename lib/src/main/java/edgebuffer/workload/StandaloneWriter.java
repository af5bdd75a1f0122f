package edgebuffer.workload;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One video writer on its own (what each writer pod runs): frames into one stream until the
 * duration ends or the process is stopped, printing acknowledged MB/s (MB = 2^20 bytes) every second.
 */
public final class StandaloneWriter {

    /**
     * How long a SIGTERM waits for the source to close and the writer to flush: below Kubernetes'
     * default 30 s grace period, after which the pod is killed anyway.
     */
    static final Duration SHUTDOWN_FLUSH = Duration.ofSeconds(20);

    private static final double MB = 1 << 20;

    private StandaloneWriter() {
    }

    /**
     * Writes until {@code duration} ends or the JVM is asked to stop (a pod's SIGTERM): a shutdown
     * hook then ends the loop and waits for the source to close and every sent frame to be
     * flushed, so frames Pravega acknowledged are not left unflushed in the client.
     *
     * @param create    create scope and stream first (they may exist already)
     * @param duration  how long to write; zero or negative: until the process is stopped
     * @return frames acknowledged
     */
    public static long run(URI controller, BenchmarkStream stream, boolean create, FrameFeed feed, long maxInFlightBytes,
                           Duration duration, PrintStream out) throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                finished.await(SHUTDOWN_FLUSH.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "standalone-writer-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run(controller, stream, create, feed, maxInFlightBytes, duration, out, stop);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has just been released by finished
            }
        }
    }

    /** The writer loop; ends early when {@code stop} is counted down. */
    static long run(URI controller, BenchmarkStream stream, boolean create, FrameFeed feed, long maxInFlightBytes,
                    Duration duration, PrintStream out, CountDownLatch stop) throws Exception {
        if (create) {
            stream.create(controller);
        }
        try (PravegaFrameWriter writer = new PravegaFrameWriter(controller, stream, maxInFlightBytes);
             AutoCloseable source = feed.start(0, writer)) {
            out.println("Writing to " + stream.qualifiedName() + " at " + controller + (duration.isZero() || duration.isNegative()
                    ? " until stopped" : " for " + duration.toSeconds() + " s"));
            Instant end = duration.isZero() || duration.isNegative() ? Instant.MAX : Instant.now().plus(duration);
            long before = 0;
            while (Instant.now().isBefore(end) && !stop.await(1, TimeUnit.SECONDS)) {
                long acked = writer.ackedBytes();
                out.printf(Locale.ROOT, "%s %.2f MB/s acknowledged, %d frames acknowledged, %d dropped%n",
                        Instant.now(), (acked - before) / MB, writer.ackedEvents(), writer.droppedFrames());
                before = acked;
            }
            source.close();
            writer.flush();
            out.println("Stopped: " + writer.ackedEvents() + " frames acknowledged, " + writer.droppedFrames() + " dropped");
            return writer.ackedEvents();
        }
    }
}
