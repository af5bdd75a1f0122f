package edgebuffer.analysis;

import java.util.Map;

/**
 * What one run measured, as {@link BufferingAnalysis} defines it (docs/ANALYSIS.md). Times are in
 * seconds, sizes in bytes; a null means "did not happen" (never stalled, never recovered, no tier).
 *
 * @param rateBeforeOutage          bytes/s Pravega acknowledged just before the outage
 * @param stallAfterSeconds         outage start -> ingest stall; null if ingest never stalled
 * @param bufferingSeconds          how long ingest survived the outage: the stall onset, or the
 *                                  whole outage when it never stalled ({@link #survivedOutage()})
 * @param predictedStallAfterSeconds (0.8 x cache + tier capacity) / rateBeforeOutage; null without a cache size or rate
 * @param recoverySeconds           outage end -> ingest back to half the pre-outage rate
 * @param drainSeconds              outage end -> the tier's upload backlog back to its pre-outage level (GEDS runs)
 * @param reportedStallAfterSeconds run.json's own outage.stallAfterSeconds, to cross-check; null if absent
 */
public record RunMetrics(
        String runId, String mode, String stack,
        Long cacheBytes, long tierCapacityBytes,
        double outageSeconds,
        double rateBeforeOutage,
        Double stallAfterSeconds,
        double bufferingSeconds,
        Double predictedStallAfterSeconds,
        long bytesAcceptedDuringOutage,
        long droppedFramesDuringOutage,
        Double recoverySeconds,
        Double drainSeconds,
        Long peakTierLocalBytes,
        Long eventsLost,
        Map<Phase, LatencyPercentiles> latency,
        Double reportedStallAfterSeconds) {

    public boolean survivedOutage() {
        return stallAfterSeconds == null;
    }

    public LatencyPercentiles latency(Phase phase) {
        return latency.getOrDefault(phase, LatencyPercentiles.NONE);
    }

    /**
     * True when run.json carries a stall onset that differs from the one measured here by a second
     * or more (or one says "stalled" and the other does not): the two definitions have drifted.
     */
    public boolean disagreesWithRunJson() {
        if (reportedStallAfterSeconds == null) {
            return false; // the run wrote "never stalled" as null, or wrote nothing: nothing to contradict
        }
        return stallAfterSeconds == null || Math.abs(stallAfterSeconds - reportedStallAfterSeconds) >= 1.0;
    }
}
