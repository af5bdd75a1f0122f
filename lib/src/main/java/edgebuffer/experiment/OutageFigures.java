package edgebuffer.experiment;

import edgebuffer.analysis.BufferingAnalysis;
import edgebuffer.analysis.IngestSeries;
import edgebuffer.analysis.Timestamps;

/**
 * What an outage did to ingest: the numbers of run.json's {@code outage} block and of the summary.
 * Every definition lives in {@link BufferingAnalysis} (and docs/ANALYSIS.md), so run.json, the
 * summary and a later {@code analyze} of the run folder agree.
 *
 * @param rateBeforeBytesPerSecond  ingest before the outage
 * @param stallAfterSeconds         outage start to stall; null if ingest never stalled
 * @param bytesAcceptedDuringOutage bytes acknowledged while LTS was away
 * @param recoverySeconds           outage end to normal ingest; null if it never came back
 * @param predictedStallAfterSeconds (0.8 x cache + tier capacity) / rate; null without a rate
 */
public record OutageFigures(double rateBeforeBytesPerSecond, Double stallAfterSeconds, long bytesAcceptedDuringOutage,
                            Double recoverySeconds, Double predictedStallAfterSeconds) {

    /** @param bytesPerSecond acknowledged bytes of each elapsed second since "Start Time" (ingest.csv's total_bytes) */
    public static OutageFigures measure(long[] bytesPerSecond, Timestamps t, long cacheBytes, long tierCapacityBytes) {
        long[] seconds = new long[bytesPerSecond.length];
        double[] values = new double[bytesPerSecond.length];
        for (int k = 0; k < bytesPerSecond.length; k++) {
            seconds[k] = k;
            values[k] = bytesPerSecond[k];
        }
        IngestSeries ingest = IngestSeries.of(seconds, values);
        double rate = BufferingAnalysis.rateBeforeOutage(ingest, t);
        return new OutageFigures(rate,
                BufferingAnalysis.stallAfterSeconds(ingest, t, rate),
                Math.round(BufferingAnalysis.sumDuringOutage(ingest, t)),
                BufferingAnalysis.recoverySeconds(ingest, t, rate),
                BufferingAnalysis.predictedStallAfterSeconds(cacheBytes, tierCapacityBytes, rate));
    }
}
