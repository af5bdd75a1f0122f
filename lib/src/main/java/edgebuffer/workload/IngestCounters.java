package edgebuffer.workload;

/**
 * Cumulative ingest counters of all writers at one moment.
 *
 * @param ackedBytesPerWriter bytes acknowledged by Pravega, per writer, since start
 * @param ackedEvents         frames acknowledged, all writers
 * @param droppedFrames       frames the writers dropped because too much was unacknowledged
 * @param failedFrames        frames Pravega's writer gave up on (neither acknowledged nor dropped)
 */
public record IngestCounters(long[] ackedBytesPerWriter, long ackedEvents, long droppedFrames, long failedFrames) {

    /** For workloads that cannot see failed writes (writers in pods). */
    public IngestCounters(long[] ackedBytesPerWriter, long ackedEvents, long droppedFrames) {
        this(ackedBytesPerWriter, ackedEvents, droppedFrames, 0);
    }
}
