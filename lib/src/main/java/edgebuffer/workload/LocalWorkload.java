package edgebuffer.workload;

import edgebuffer.verify.ChunkSource;
import edgebuffer.verify.IntegrityReport;
import edgebuffer.verify.LtsVerifier;
import edgebuffer.verify.StreamVerifier;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * Writers and tailing readers in this JVM, one stream per writer (scope {@code benchmark<id>},
 * stream {@code latency}) and {@code readersPerStream} readers on each, as the original's pods.
 */
public final class LocalWorkload implements Workload {

    /** Pravega moves the last acknowledged bytes to LTS within its flush time threshold, plus upload time. */
    private static final Duration LTS_FLUSH_WAIT = Duration.ofSeconds(60);

    private final int writers;
    private final int readersPerStream;
    private final long maxInFlightBytes;
    private final FrameFeed feed;
    private final List<BenchmarkStream> streams = new ArrayList<>();
    private final List<PravegaFrameWriter> frameWriters = new ArrayList<>();
    private final List<AutoCloseable> feeds = new ArrayList<>();
    private final List<LatencyReader> readers = new ArrayList<>();
    private Path readerLogs;

    public LocalWorkload(int writers, int readersPerStream, long maxInFlightBytes, FrameFeed feed) {
        this.writers = writers;
        this.readersPerStream = readersPerStream;
        this.maxInFlightBytes = maxInFlightBytes;
        this.feed = feed;
    }

    /** Readers write their latency logs straight into {@code dir} (the run folder's readers/) as they go. */
    public LocalWorkload readerLogsIn(Path dir) {
        this.readerLogs = dir;
        return this;
    }

    @Override
    public void prepare(URI controller) throws Exception {
        if (readerLogs == null) {
            readerLogs = Files.createTempDirectory("edgebuffer-readers");
        }
        for (int i = 0; i < writers; i++) {
            BenchmarkStream stream = BenchmarkStream.random();
            stream.create(controller);
            streams.add(stream);
            frameWriters.add(new PravegaFrameWriter(controller, stream, maxInFlightBytes));
        }
    }

    @Override
    public void start(URI controller, Instant start) throws Exception {
        if (streams.isEmpty()) {
            prepare(controller);
        }
        for (int i = 0; i < writers; i++) {
            for (int r = 0; r < readersPerStream; r++) {
                LatencyReader reader = new LatencyReader(controller, streams.get(i), start,
                        readerLogs.resolve(streams.get(i).scope() + "-reader-" + r + "-latency.log"));
                reader.start();
                readers.add(reader);
            }
        }
        for (int i = 0; i < writers; i++) {
            feeds.add(feed.start(i, frameWriters.get(i)));
        }
    }

    @Override
    public IngestCounters counters() {
        long[] acked = new long[writers];
        long events = 0;
        long dropped = 0;
        long failed = 0;
        for (int i = 0; i < frameWriters.size(); i++) {
            PravegaFrameWriter w = frameWriters.get(i);
            acked[i] = w.ackedBytes();
            events += w.ackedEvents();
            dropped += w.droppedFrames();
            failed += w.failedEvents();
        }
        return new IngestCounters(acked, events, dropped, failed);
    }

    @Override
    public void stopWriters() throws Exception {
        for (AutoCloseable f : feeds) {
            f.close();
        }
        feeds.clear();
        for (PravegaFrameWriter w : frameWriters) {
            w.flush();
        }
    }

    @Override
    public void stopReaders(Path readersDir) throws Exception {
        for (LatencyReader r : readers) {
            r.close();
        }
        readers.clear();
        if (!Files.isSameFile(Files.createDirectories(readersDir), readerLogs)) {
            try (var logs = Files.list(readerLogs)) {
                for (Path log : (Iterable<Path>) logs::iterator) {
                    Files.move(log, readersDir.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public IntegrityReport verify(URI controller) {
        List<IntegrityReport> reports = new ArrayList<>();
        for (int i = 0; i < frameWriters.size(); i++) {
            reports.add(StreamVerifier.verify(controller, streams.get(i), frameWriters.get(i).written()));
        }
        return StreamVerifier.combine(reports);
    }

    @Override
    public IntegrityReport verify(URI controller, Optional<ChunkSource> lts) throws Exception {
        IntegrityReport throughPravega = verify(controller);
        if (lts.isEmpty()) {
            return throughPravega;
        }
        List<IntegrityReport> inLts = new ArrayList<>();
        for (int i = 0; i < frameWriters.size(); i++) {
            inLts.add(LtsVerifier.verify(lts.get(), streams.get(i), frameWriters.get(i).written(), LTS_FLUSH_WAIT));
        }
        return throughPravega.withLongTermStorage(StreamVerifier.combine(inLts));
    }


    @Override
    public void close() {
        for (AutoCloseable f : feeds) {
            try {
                f.close();
            } catch (Exception ignored) {
                // closing after a failure: the first error is the one that matters
            }
        }
        for (LatencyReader r : readers) {
            try {
                r.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException ignored) {
                // closing after a failure: the first error is the one that matters
            }
        }
        frameWriters.forEach(PravegaFrameWriter::close);
    }
}
