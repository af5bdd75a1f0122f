package edgebuffer.workload;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Tails one stream from its beginning and logs every frame's end-to-end latency in the original's
 * format: {@code absolute_time(s),experiment_time(s),e2e latency(ms)}.
 */
public final class LatencyReader implements Runnable, AutoCloseable {

    public static final String HEADER = "absolute_time(s),experiment_time(s),e2e latency(ms)";

    private final URI controller;
    private final BenchmarkStream stream;
    private final Instant experimentStart;
    private final Path logFile;
    private volatile boolean running = true;
    private volatile long framesRead;
    private volatile Exception failure;
    private Thread thread;

    public LatencyReader(URI controller, BenchmarkStream stream, Instant experimentStart, Path logFile) {
        this.controller = controller;
        this.stream = stream;
        this.experimentStart = experimentStart;
        this.logFile = logFile;
    }

    public void start() {
        thread = new Thread(this, "latency-reader-" + logFile.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        long startNanos = experimentStart.getEpochSecond() * 1_000_000_000L + experimentStart.getNano();
        try (HeadReader reader = new HeadReader(controller, stream, "latency");
             BufferedWriter log = Files.newBufferedWriter(logFile)) {
            log.write(HEADER);
            log.newLine();
            while (running) {
                ByteBuffer event = reader.next(500);
                if (event == null) {
                    log.flush(); // a reader pod may be killed at any time: keep what was logged
                    continue;
                }
                Instant now = Instant.now();
                long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
                long capture = FrameEvent.decode(event).captureEpochNanos();
                log.write(line(nowNanos, startNanos, capture));
                log.newLine();
                framesRead++;
            }
        } catch (IOException | RuntimeException e) {
            // on this daemon thread an exception would only print a stack trace: close() reports it
            failure = e;
        }
    }

    static String line(long nowNanos, long startNanos, long captureNanos) {
        return String.format(Locale.ROOT, "%.3f,%.3f,%.3f", nowNanos / 1e9, (nowNanos - startNanos) / 1e9,
                (nowNanos - captureNanos) / 1e6);
    }

    public long framesRead() {
        return framesRead;
    }

    @Override
    public void close() throws InterruptedException, IOException {
        running = false;
        if (thread != null) {
            thread.join(10_000);
        }
        if (failure != null) {
            throw new IOException("latency reader for " + logFile.getFileName() + " failed: " + failure, failure);
        }
    }
}
