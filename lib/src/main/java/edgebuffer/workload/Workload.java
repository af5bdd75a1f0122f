package edgebuffer.workload;

import edgebuffer.verify.ChunkSource;
import edgebuffer.verify.IntegrityReport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Video writers and tailing readers, wherever they run: in this JVM (embedded stack) or as pods
 * (cluster). The experiment timeline samples {@link #counters()} once a second for ingest.csv.
 */
public interface Workload extends AutoCloseable {

    /**
     * Creates streams, writers and readers without sending anything yet, so that setting up (a few
     * seconds per stream) does not eat into the warm-up. Optional: {@link #start} may do it all.
     */
    default void prepare(URI controller) throws Exception {
    }

    /** Starts writers and readers. {@code start} is the run's "Start Time". */
    void start(URI controller, Instant start) throws Exception;

    /** Cumulative counters since start; cheap, called once a second. */
    IngestCounters counters();

    /** Stops producing frames and waits until every written frame is acknowledged (or has failed). */
    void stopWriters() throws Exception;

    /** Stops the readers and writes one latency log per reader into {@code readersDir}. */
    void stopReaders(Path readersDir) throws Exception;

    /** Reads every stream back from its beginning and checks every acknowledged frame. */
    IntegrityReport verify(URI controller) throws Exception;

    /**
     * As {@link #verify(URI)}, and also checks every acknowledged frame in long-term storage's raw
     * chunks when the stack can read them; a workload that cannot, ignores {@code lts}.
     */
    default IntegrityReport verify(URI controller, Optional<ChunkSource> lts) throws Exception {
        return verify(controller);
    }

    @Override
    void close();
}
