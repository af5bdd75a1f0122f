package edgebuffer.workload;

/**
 * Cumulative ingest counters of all writers at one moment.
 *
 * @param ackedBytesPerWriter bytes acknowledged by Pravega, per writer, since start
 * @param ackedEvents         frames acknowledged, all writers
 * @param droppedFrames       frames the writers dropped because too much was unacknowledged
 */
public record IngestCounters(long[] ackedBytesPerWriter, long ackedEvents, long droppedFrames) {

    public long totalAckedBytes() {
        long sum = 0;
        for (long b : ackedBytesPerWriter) {
            sum += b;
        }
        return sum;
    }
}
