package edgebuffer.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.stack.EmbeddedStack;
import edgebuffer.stack.S3Binding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one writer pod and one reader pod run, against a real Pravega: frames in, latency lines out. */
class StandaloneWriterReaderTest {

    @TempDir
    Path dir;

    @Test
    void writerFillsTheStreamAndReaderLogsOneLatencyLinePerFrame() throws Exception {
        try (EmbeddedStack stack = new EmbeddedStack(new S3Binding(), 32L << 20, dir.resolve("run")).start()) {
            BenchmarkStream stream = BenchmarkStream.random();
            ByteArrayOutputStream writerOut = new ByteArrayOutputStream();
            long acked = StandaloneWriter.run(stack.controllerUri(), stream, true,
                    VideoFeeds.of("clip", 1280, 720, 30, 20000, new PrintStream(writerOut, true)), 8L << 20,
                    Duration.ofSeconds(4), new PrintStream(writerOut, true));
            assertTrue(acked > 60, "about 30 frames a second for 4 s: " + writerOut);
            assertTrue(writerOut.toString().contains("MB/s acknowledged"), writerOut.toString());

            Path log = dir.resolve("latency-log.log");
            CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return StandaloneReader.run(stack.controllerUri(), stream, log, Instant.now(), Duration.ofSeconds(8),
                            new PrintStream(new ByteArrayOutputStream()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(acked, read.get());
            List<String> lines = Files.readAllLines(log);
            assertEquals(LatencyReader.HEADER, lines.get(0));
            assertEquals(acked + 1, lines.size());
            assertTrue(lines.get(1).matches("\\d+\\.\\d{3},-?\\d+\\.\\d{3},\\d+\\.\\d{3}"), lines.get(1));
        }
    }

    /** A SIGTERM's path: the stop signal ends an open-ended run, the source closes and every acknowledged frame is in the stream. */
    @Test
    void stopEndsAnOpenEndedRunFlushedAndComplete() throws Exception {
        try (EmbeddedStack stack = new EmbeddedStack(new S3Binding(), 32L << 20, dir.resolve("run")).start()) {
            BenchmarkStream stream = BenchmarkStream.random();
            ByteArrayOutputStream writerOut = new ByteArrayOutputStream();
            CountDownLatch stop = new CountDownLatch(1);
            CompletableFuture<Long> writing = CompletableFuture.supplyAsync(() -> {
                try {
                    return StandaloneWriter.run(stack.controllerUri(), stream, true,
                            VideoFeeds.of("clip", 1280, 720, 30, 20000, new PrintStream(writerOut, true)), 8L << 20,
                            Duration.ZERO, new PrintStream(writerOut, true), stop);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(3000);
            assertFalse(writing.isDone(), "duration 0 writes until stopped: " + writerOut);
            stop.countDown();
            long acked = writing.get(StandaloneWriter.SHUTDOWN_FLUSH.toSeconds(), TimeUnit.SECONDS);
            assertTrue(acked > 30, "about 30 frames a second for 3 s: " + writerOut);
            assertTrue(writerOut.toString().contains("Stopped: " + acked + " frames acknowledged"), writerOut.toString());

            long read = StandaloneReader.run(stack.controllerUri(), stream, dir.resolve("stopped.log"), Instant.now(),
                    Duration.ofSeconds(5), new PrintStream(new ByteArrayOutputStream()));
            assertEquals(acked, read, "every acknowledged frame is in the stream after the stop");
        }
    }
}
