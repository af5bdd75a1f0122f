package edgebuffer.workload;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One video writer on its own (what each writer pod runs): frames into one stream until the
 * duration ends or the process is stopped, printing acknowledged MB/s every second.
 */
public final class StandaloneWriter {

    private StandaloneWriter() {
    }

    /**
     * @param create    create scope and stream first (they may exist already)
     * @param duration  how long to write; zero or negative: until the process is stopped
     * @return frames acknowledged
     */
    public static long run(URI controller, BenchmarkStream stream, boolean create, FrameFeed feed, long maxInFlightBytes,
                           Duration duration, PrintStream out) throws Exception {
        if (create) {
            stream.create(controller);
        }
        try (PravegaFrameWriter writer = new PravegaFrameWriter(controller, stream, maxInFlightBytes);
             AutoCloseable source = feed.start(0, writer)) {
            out.println("Writing to " + stream.qualifiedName() + " at " + controller + (duration.isZero() || duration.isNegative()
                    ? " until stopped" : " for " + duration.toSeconds() + " s"));
            Instant end = duration.isZero() || duration.isNegative() ? Instant.MAX : Instant.now().plus(duration);
            long before = 0;
            while (Instant.now().isBefore(end)) {
                Thread.sleep(1000);
                long acked = writer.ackedBytes();
                out.printf(Locale.ROOT, "%s %.2f MB/s acknowledged, %d frames acknowledged, %d dropped%n",
                        Instant.now(), (acked - before) / 1e6, writer.ackedEvents(), writer.droppedFrames());
                before = acked;
            }
            source.close();
            writer.flush();
            return writer.ackedEvents();
        }
    }
}
