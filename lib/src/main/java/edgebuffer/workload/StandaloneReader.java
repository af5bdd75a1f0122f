package edgebuffer.workload;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** One tailing reader on its own (what each reader pod runs): latency log until the duration ends. */
public final class StandaloneReader {

    private StandaloneReader() {
    }

    /** @param duration how long to read; zero or negative: until the process is stopped */
    public static long run(URI controller, BenchmarkStream stream, Path log, Instant experimentStart, Duration duration,
                           PrintStream out) throws Exception {
        try (LatencyReader reader = new LatencyReader(controller, stream, experimentStart, log)) {
            reader.start();
            out.println("Reading " + stream.qualifiedName() + " from its first event; latency log " + log);
            Instant end = duration.isZero() || duration.isNegative() ? Instant.MAX : Instant.now().plus(duration);
            while (Instant.now().isBefore(end)) {
                Thread.sleep(1000);
            }
            return reader.framesRead();
        }
    }
}
