package edgebuffer.experiment;

import edgebuffer.stack.Stack;
import edgebuffer.tier.TierSnapshot;
import edgebuffer.workload.IngestCounters;
import edgebuffer.workload.Workload;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Samples the workload's counters (and the tier's, when there is one) once a second from "Start
 * Time" on, and writes ingest.csv and tier.csv as it goes, so a run that dies still leaves its data.
 */
final class IngestRecorder implements AutoCloseable {

    private final Workload workload;
    private final Stack stack;
    private final Instant start;
    private final Supplier<String> phase;
    private final java.util.List<Long> totals = new java.util.ArrayList<>();
    private final BufferedWriter ingest;
    private final BufferedWriter tier;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ingest-recorder");
        t.setDaemon(true);
        return t;
    });
    private long[] previous;
    private long previousDropped;
    private volatile double lastRate;
    private volatile long droppedSoFar;
    private volatile Exception failure;
    private int second;

    IngestRecorder(RunFolder folder, Workload workload, Stack stack, int writers, Instant start, Supplier<String> phase)
            throws IOException {
        this.workload = workload;
        this.stack = stack;
        this.start = start;
        this.phase = phase;
        this.previous = new long[writers];
        this.ingest = Files.newBufferedWriter(folder.ingestCsv());
        StringBuilder header = new StringBuilder("elapsed_s,time,phase,total_bytes,dropped_frames");
        for (int i = 0; i < writers; i++) {
            header.append(",writer_").append(i).append("_bytes");
        }
        ingest.write(header.toString());
        ingest.newLine();
        if (stack.tier().isPresent()) {
            tier = Files.newBufferedWriter(folder.tierCsv());
            tier.write("elapsed_s,time,capacity_bytes,local_bytes,pending_upload_bytes,uploaded_bytes,upload_errors");
            tier.newLine();
        } else {
            tier = null;
        }
    }

    void start() {
        long firstDelay = Math.max(0, start.plusSeconds(1).toEpochMilli() - System.currentTimeMillis());
        timer.scheduleAtFixedRate(this::sample, firstDelay, 1000, TimeUnit.MILLISECONDS);
    }

    private synchronized void sample() {
        if (failure != null) {
            return;
        }
        try {
            IngestCounters now = workload.counters();
            long[] acked = now.ackedBytesPerWriter();
            long total = 0;
            StringBuilder perWriter = new StringBuilder();
            for (int i = 0; i < previous.length; i++) {
                // a workload that has not started its writers yet reports fewer (or no) writers
                long current = i < acked.length ? acked[i] : previous[i];
                long delta = current - previous[i];
                total += delta;
                perWriter.append(',').append(delta);
                previous[i] = current;
            }
            long dropped = now.droppedFrames() - previousDropped;
            previousDropped = now.droppedFrames();
            droppedSoFar = now.droppedFrames();
            Instant time = start.plusSeconds(second + 1L);
            ingest.write(second + "," + time + "," + phase.get() + "," + total + "," + dropped + perWriter);
            ingest.newLine();
            ingest.flush();
            Optional<TierSnapshot> snapshot = stack.tier();
            if (tier != null && snapshot.isPresent()) {
                TierSnapshot t = snapshot.get();
                // a level read at the end of second k: the instant k + 1 (ingest rows are intervals, these are instants)
                tier.write((second + 1) + "," + time + "," + t.capacityBytes() + "," + t.localBytes() + ","
                        + t.pendingUploadBytes() + "," + t.uploadedBytes() + "," + t.uploadErrors());
                tier.newLine();
                tier.flush();
            }
            totals.add(total);
            lastRate = total;
            second++;
        } catch (IOException | RuntimeException e) {
            // an exception would silently cancel every later sample: keep it for close() to report
            failure = e;
        }
    }

    /** Frames the writers dropped since start. */
    long droppedFrames() {
        return droppedSoFar;
    }

    /** Bytes acknowledged in the last whole second. */
    double lastRate() {
        return lastRate;
    }

    /** Acknowledged bytes of each second recorded so far (ingest.csv's total_bytes). */
    synchronized long[] totals() {
        return totals.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public synchronized void close() throws IOException {
        timer.shutdownNow();
        ingest.close();
        if (tier != null) {
            tier.close();
        }
        if (failure != null) {
            throw new IOException("recording ingest.csv stopped at second " + second + ": " + failure, failure);
        }
    }
}
