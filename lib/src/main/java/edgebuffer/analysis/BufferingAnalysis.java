package edgebuffer.analysis;

import java.util.EnumMap;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The buffering numbers of a run, each defined once here (and in docs/ANALYSIS.md), so that the
 * summary, the figure and run.json agree. ingest.csv row {@code k} covers seconds {@code [k, k+1)}
 * after "Start Time"; the outage runs from {@code tP} (Pause) to {@code tR} (Resume).
 */
public final class BufferingAnalysis {

    /** Ingest below this fraction of the pre-outage rate counts as stalled. */
    public static final double STALL_FRACTION = 0.10;
    /** Ingest back to this fraction of the pre-outage rate counts as recovered. */
    public static final double RECOVERED_FRACTION = 0.50;
    /** The pre-outage rate is the median of at most this many whole seconds right before the outage. */
    public static final int RATE_WINDOW_SECONDS = 10;
    /** Share of Pravega's cache that holds not-yet-flushed data before it throttles writers. */
    public static final double USABLE_CACHE_FRACTION = 0.8;
    /** The tier counts as drained within this many bytes (or 1 % of its peak backlog) of its pre-outage backlog. */
    public static final long DRAIN_SLACK_BYTES = 1L << 20;

    private BufferingAnalysis() {
    }

    public static RunMetrics measure(Run run) {
        Timestamps t = run.timestamps();
        IngestSeries ingest = IngestSeries.of(run.ingest(), "total_bytes");
        double rate = rateBeforeOutage(ingest, t);
        Double stall = stallAfterSeconds(ingest, t, rate);
        Long cache = run.cacheBytes().orElse(null);
        long tierCapacity = run.tierCapacityBytes();
        Table tier = run.tier();
        return new RunMetrics(
                run.runId(), run.mode(), run.stack(),
                cache, tierCapacity,
                t.outageSeconds(),
                rate,
                stall,
                stall != null ? stall : t.outageSeconds(),
                cache == null ? null : predictedStallAfterSeconds(cache, tierCapacity, rate),
                Math.round(sumDuringOutage(ingest, t)),
                run.ingest().containsColumn("dropped_frames")
                        ? Math.round(sumDuringOutage(IngestSeries.of(run.ingest(), "dropped_frames"), t)) : 0,
                recoverySeconds(ingest, t, rate),
                tier == null ? null : drainSeconds(IngestSeries.of(tier, "pending_upload_bytes"), t),
                tier == null ? null : peakDuringOutage(IngestSeries.of(tier, "local_bytes"), t),
                run.eventsLost().orElse(null),
                latencyByPhase(run),
                run.reportedOutageValue("stallAfterSeconds").orElse(null));
    }

    /**
     * Bytes/s before the outage: the median of the last {@value #RATE_WINDOW_SECONDS} whole seconds
     * before it, counting only from the end of the ramp-up (the first second that reaches half of
     * the pre-outage seconds' 90th percentile), so writers starting up do not drag it down. 0 if
     * there is no whole second before the outage.
     */
    public static double rateBeforeOutage(IngestSeries ingest, Timestamps t) {
        double[] before = ingest.values(k -> k >= 0 && k + 1 <= t.outageStartSeconds());
        if (before.length == 0) {
            return 0;
        }
        double[] sorted = before.clone();
        java.util.Arrays.sort(sorted);
        double rampedUp = LatencyPercentiles.nearestRank(sorted, 90) / 2;
        int from = 0;
        while (before[from] < rampedUp) {
            from++;
        }
        double[] window = java.util.Arrays.copyOfRange(before, Math.max(from, before.length - RATE_WINDOW_SECONDS), before.length);
        java.util.Arrays.sort(window);
        int mid = window.length / 2;
        return window.length % 2 == 1 ? window[mid] : (window[mid - 1] + window[mid]) / 2.0;
    }

    /**
     * Seconds from the outage start to the start of the first second {@code k} (from the one holding
     * the outage start) after which every whole second of the outage stays below
     * {@link #STALL_FRACTION} of the pre-outage rate; never negative. Null if the last whole second
     * of the outage still ingested (ingest survived the outage) or there is no rate to compare with.
     */
    public static Double stallAfterSeconds(IngestSeries ingest, Timestamps t, double rate) {
        if (rate <= 0) {
            return null;
        }
        double tP = t.outageStartSeconds();
        double tR = t.outageEndSeconds();
        long[] seconds = ingest.seconds(k -> k >= Math.floor(tP) && k + 1 <= tR);
        double[] bytes = ingest.values(k -> k >= Math.floor(tP) && k + 1 <= tR);
        int stallRow = bytes.length;
        while (stallRow > 0 && bytes[stallRow - 1] < STALL_FRACTION * rate) {
            stallRow--;
        }
        if (stallRow == bytes.length) {
            return null;
        }
        return Math.max(0.0, seconds[stallRow] - tP);
    }

    /** Seconds from the outage end to the first second (from the one holding it) with ingest back to {@link #RECOVERED_FRACTION} of the rate. */
    public static Double recoverySeconds(IngestSeries ingest, Timestamps t, double rate) {
        double tR = t.outageEndSeconds();
        long[] seconds = ingest.seconds(k -> k + 1 > tR);
        double[] bytes = ingest.values(k -> k + 1 > tR);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] >= RECOVERED_FRACTION * rate && bytes[i] > 0) {
                return Math.max(0.0, seconds[i] - tR);
            }
        }
        return null;
    }

    /** (0.8 x cache + tier capacity) / rate: how long the capacities should absorb the outage. */
    public static Double predictedStallAfterSeconds(long cacheBytes, long tierCapacityBytes, double rate) {
        if (rate <= 0) {
            return null;
        }
        return (USABLE_CACHE_FRACTION * cacheBytes + tierCapacityBytes) / rate;
    }

    /** The column's per-second counts summed over the outage, each second weighted by its overlap with it. */
    public static double sumDuringOutage(IngestSeries series, Timestamps t) {
        double tP = t.outageStartSeconds();
        double tR = t.outageEndSeconds();
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            long k = series.second(i);
            double overlap = Math.min(k + 1, tR) - Math.max(k, tP);
            if (overlap > 0) {
                sum += series.value(i) * overlap;
            }
        }
        return sum;
    }

    /**
     * tier.csv is sampled levels: seconds from the outage end to the first sample at or after it whose
     * pending upload is back within max(1 MiB, 1 % of the outage's peak) of the last sample before the
     * outage (spill keeps a backlog by design, so "drained" means "back to normal", not zero). Null if never.
     */
    public static Double drainSeconds(IngestSeries pending, Timestamps t) {
        double tP = t.outageStartSeconds();
        double tR = t.outageEndSeconds();
        double before = 0;
        double peak = 0;
        for (int i = 0; i < pending.size(); i++) {
            if (pending.second(i) < tP) {
                before = pending.value(i);
            } else {
                peak = Math.max(peak, pending.value(i));
            }
        }
        double threshold = before + Math.max(DRAIN_SLACK_BYTES, 0.01 * peak);
        for (int i = 0; i < pending.size(); i++) {
            if (pending.second(i) >= tR && pending.value(i) <= threshold) {
                return pending.second(i) - tR;
            }
        }
        return null;
    }

    static Long peakDuringOutage(IngestSeries levels, Timestamps t) {
        double[] during = levels.values(k -> k >= t.outageStartSeconds() && k <= t.outageEndSeconds());
        long peak = 0;
        for (double v : during) {
            peak = Math.max(peak, (long) v);
        }
        return peak;
    }

    static Map<Phase, LatencyPercentiles> latencyByPhase(Run run) {
        Table latency = run.latency();
        NumericColumn<?> time = latency.numberColumn("experiment_time_s");
        NumericColumn<?> ms = latency.numberColumn("latency_ms");
        Map<Phase, LatencyPercentiles> byPhase = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            double[] values = java.util.stream.IntStream.range(0, latency.rowCount())
                    .filter(i -> !time.isMissing(i) && !ms.isMissing(i))
                    .filter(i -> Phase.of(time.getDouble(i), run.timestamps()) == phase)
                    .mapToDouble(ms::getDouble)
                    .toArray();
            byPhase.put(phase, LatencyPercentiles.of(values));
        }
        return byPhase;
    }
}
