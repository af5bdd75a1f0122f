package edgebuffer.cluster;

import edgebuffer.experiment.ExperimentOptions;
import edgebuffer.verify.IntegrityReport;
import edgebuffer.workload.IngestCounters;
import edgebuffer.workload.Workload;
import io.pravega.client.ClientConfig;
import io.pravega.client.EventStreamClientFactory;
import io.pravega.client.admin.ReaderGroupManager;
import io.pravega.client.admin.StreamInfo;
import io.pravega.client.admin.StreamManager;
import io.pravega.client.stream.EventRead;
import io.pravega.client.stream.EventStreamReader;
import io.pravega.client.stream.ReaderConfig;
import io.pravega.client.stream.ReaderGroupConfig;
import io.pravega.client.stream.Stream;
import io.pravega.client.stream.StreamCut;
import io.pravega.client.stream.impl.ByteBufferSerializer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The workload as pods: one writer pod per stream and reader pods on each stream (see
 * {@link LatencyPods}). What the pods acknowledged is measured from outside, from each stream's
 * tail: its length in bytes is exactly what Pravega acknowledged. Events and dropped frames live
 * inside the writer pods and are not visible here, so those counters stay 0 (ingest.csv's bytes
 * and the figure do not need them).
 */
public final class PodWorkload implements Workload {

    /** Pravega frames every event with a type and a length: 8 bytes in the segment per event. */
    static final int EVENT_HEADER_BYTES = 8;

    private final ClusterSession session;
    private final ExperimentOptions options;
    private final String podController;
    private final int readerDelaySeconds;
    private final Random random;
    private List<LatencyPods.StreamPods> plan = List.of();
    private StreamManager streams;
    private long[] lastBytes = new long[0];

    /**
     * @param podController controller URI as the pods see it (in-cluster service name)
     */
    public PodWorkload(ClusterSession session, ExperimentOptions options, String podController, int readerDelaySeconds, Random random) {
        this.session = session;
        this.options = options;
        this.podController = podController;
        this.readerDelaySeconds = readerDelaySeconds;
        this.random = random;
    }

    @Override
    public synchronized void start(URI controller, Instant start) {
        String runId = "run-" + start.getEpochSecond();
        BenchmarkRunner runner = new BenchmarkRunner(session, random);
        plan = runner.plan(options, podController, 0, readerDelaySeconds, runId);
        lastBytes = new long[plan.size()];
        streams = StreamManager.create(controller);
        runner.create(LatencyPods.all(plan));
    }

    /** Synchronized: the experiment's sampler and its progress line both ask, from different threads. */
    @Override
    public synchronized IngestCounters counters() {
        long[] bytes = lastBytes.clone();
        for (int i = 0; i < plan.size(); i++) {
            try {
                StreamInfo info = streams.fetchStreamInfo(plan.get(i).scope(), plan.get(i).stream()).get(5, java.util.concurrent.TimeUnit.SECONDS);
                bytes[i] = sum(info.getTailStreamCut()) - sum(info.getHeadStreamCut());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception notYet) {
                // the writer has not created its stream yet, or the controller is briefly busy: keep the last value
            }
        }
        lastBytes = bytes;
        return new IngestCounters(bytes, 0, 0);
    }

    private static long sum(StreamCut cut) {
        if (cut == null || cut.equals(StreamCut.UNBOUNDED)) {
            return 0;
        }
        return cut.asImpl().getPositions().values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void stopWriters() {
        for (LatencyPods.StreamPods s : plan) {
            session.objects().remove(s.writer()); // SIGTERM: the writer flushes and exits, then the pod is gone
        }
    }

    @Override
    public void stopReaders(Path readersDir) {
        List<String> readers = plan.stream().flatMap(s -> s.readers().stream()).map(p -> p.getMetadata().getName()).toList();
        new ReaderLogs(session).download(readers, readersDir);
        for (LatencyPods.StreamPods s : plan) {
            s.readers().forEach(session.objects()::remove);
        }
    }

    /**
     * Reads every stream back from head to tail and checks bytes, not frames: payload + 8 bytes per
     * event must add up to the stream's length (what Pravega acknowledged). The writers ran in pods,
     * so their per-frame record (order, CRC) is not here; the embedded mode checks that. Events
     * lost are estimated from the bytes missing: missing bytes over the mean event size read back,
     * at least one event when any byte is missing.
     */
    @Override
    public IntegrityReport verify(URI controller) {
        long events = 0;
        long lost = 0;
        List<String> problems = new ArrayList<>();
        ClientConfig config = ClientConfig.builder().controllerURI(controller).build();
        for (LatencyPods.StreamPods s : plan) {
            String name = s.scope() + "/" + s.stream();
            String group = "verify" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            long expected = -1;
            long streamEvents = 0;
            long payload = 0;
            String failure = null;
            try (ReaderGroupManager groups = ReaderGroupManager.withScope(s.scope(), config);
                 EventStreamClientFactory factory = EventStreamClientFactory.withScope(s.scope(), config)) {
                StreamInfo info = streams.fetchStreamInfo(s.scope(), s.stream()).get(30, java.util.concurrent.TimeUnit.SECONDS);
                expected = sum(info.getTailStreamCut()) - sum(info.getHeadStreamCut());
                groups.createReaderGroup(group, ReaderGroupConfig.builder()
                        .stream(Stream.of(s.scope(), s.stream()), info.getHeadStreamCut(), info.getTailStreamCut()).build());
                try (EventStreamReader<ByteBuffer> reader = factory.createReader("verifier", group,
                        new ByteBufferSerializer(), ReaderConfig.builder().build())) {
                    EventRead<ByteBuffer> read;
                    int idle = 0;
                    // Done when every acknowledged byte is back; a few empty reads in a row mean it never will be.
                    while (idle < 3 && payload + EVENT_HEADER_BYTES * streamEvents < expected) {
                        read = reader.readNextEvent(2000);
                        if (read.getEvent() == null) {
                            idle = read.isCheckpoint() ? idle : idle + 1;
                            continue;
                        }
                        idle = 0;
                        streamEvents++;
                        payload += read.getEvent().remaining();
                    }
                } finally {
                    groups.deleteReaderGroup(group);
                }
            } catch (Exception e) {
                failure = e.getMessage();
            }
            events += streamEvents;
            long found = payload + EVENT_HEADER_BYTES * streamEvents;
            if (expected < 0) {
                problems.add(name + ": not checked, its length could not be read: " + failure);
                continue;
            }
            long missing = expected - found;
            if (missing > 0) {
                long streamLost = eventsIn(missing, found, streamEvents);
                lost += streamLost;
                problems.add(name + ": " + missing + " of " + expected + " acknowledged bytes missing (about " + streamLost
                        + " events; byte-level check, the writers' frames are not known here)"
                        + (failure == null ? "" : ": " + failure));
            } else if (failure != null) {
                problems.add(name + ": " + failure);
            }
        }
        return new IntegrityReport(events + lost, events, lost, problems);
    }

    /** Events in {@code missing} bytes, at the mean size of the events read back; at least one. */
    static long eventsIn(long missing, long bytesRead, long eventsRead) {
        if (missing <= 0) {
            return 0;
        }
        if (eventsRead == 0) {
            return 1;
        }
        double mean = (double) bytesRead / eventsRead;
        return Math.max(1, (long) Math.ceil(missing / mean));
    }

    @Override
    public void close() {
        for (LatencyPods.StreamPods s : plan) {
            LatencyPods.all(List.of(s)).forEach(p -> {
                try {
                    session.objects().remove(p);
                } catch (RuntimeException ignored) {
                    // best effort on the way out
                }
            });
        }
        if (streams != null) {
            streams.close();
        }
    }
}
