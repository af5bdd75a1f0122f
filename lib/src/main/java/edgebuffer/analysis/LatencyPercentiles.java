package edgebuffer.analysis;

import java.util.Arrays;

/**
 * End-to-end latency percentiles of one phase, in milliseconds, by the nearest-rank method: the
 * p-th percentile is the smallest sample that at least p % of the samples do not exceed (so it is
 * always a latency some frame really had). {@code count == 0} means the phase had no samples.
 */
public record LatencyPercentiles(int count, double p50, double p95, double p99) {

    public static final LatencyPercentiles NONE = new LatencyPercentiles(0, Double.NaN, Double.NaN, Double.NaN);

    public static LatencyPercentiles of(double[] latenciesMs) {
        if (latenciesMs.length == 0) {
            return NONE;
        }
        double[] sorted = latenciesMs.clone();
        Arrays.sort(sorted);
        return new LatencyPercentiles(sorted.length, nearestRank(sorted, 50), nearestRank(sorted, 95), nearestRank(sorted, 99));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    static double nearestRank(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
