package edgebuffer.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Acknowledged bytes per elapsed second of a run, with the outage's position: what the outage
 * figures of run.json are computed from (and what ingest.csv holds).
 */
public final class IngestSeries {

    private final List<Long> bytesPerSecond = new ArrayList<>();

    public synchronized void add(long bytes) {
        bytesPerSecond.add(bytes);
    }

    public synchronized int seconds() {
        return bytesPerSecond.size();
    }

    public synchronized long at(int second) {
        return bytesPerSecond.get(second);
    }

    public static IngestSeries of(long... bytes) {
        IngestSeries s = new IngestSeries();
        for (long b : bytes) {
            s.add(b);
        }
        return s;
    }

    /** Mean bytes/s over {@code [from, to)}, clipped to the series; 0 when empty. */
    public synchronized double meanRate(int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(to, bytesPerSecond.size());
        if (b <= a) {
            return 0;
        }
        long sum = 0;
        for (int i = a; i < b; i++) {
            sum += bytesPerSecond.get(i);
        }
        return (double) sum / (b - a);
    }

    public synchronized long sum(int from, int to) {
        long sum = 0;
        for (int i = Math.max(0, from); i < Math.min(to, bytesPerSecond.size()); i++) {
            sum += bytesPerSecond.get(i);
        }
        return sum;
    }
}
