package edgebuffer.experiment;

/**
 * What an outage did to ingest, read off the per-second series: the numbers of run.json's
 * {@code outage} block and of the summary.
 *
 * <p>Definitions (seconds are whole elapsed seconds since "Start Time"):
 * <ul>
 * <li>rate before: mean acknowledged bytes/s over the warm-up, without its first {@value #SETTLE_SECONDS} s
 *     (writers and readers starting);</li>
 * <li>stall: the first outage second from which ingest stays under {@value #STALL_FRACTION} of that rate
 *     for {@value #STALL_SECONDS} seconds in a row (or to the outage's end);</li>
 * <li>recovery: from the outage's end to the first second back at {@value #RECOVERED_FRACTION} of that rate.</li>
 * </ul>
 *
 * @param rateBeforeBytesPerSecond   mean ingest before the outage
 * @param stallAfterSeconds          outage start to stall; null if ingest never stalled
 * @param bytesAcceptedDuringOutage  bytes acknowledged while LTS was away
 * @param recoverySeconds            outage end to normal ingest; null if it never came back
 */
public record OutageFigures(double rateBeforeBytesPerSecond, Integer stallAfterSeconds,
                            long bytesAcceptedDuringOutage, Integer recoverySeconds) {

    static final int SETTLE_SECONDS = 5;
    static final double STALL_FRACTION = 0.1;
    static final int STALL_SECONDS = 3;
    static final double RECOVERED_FRACTION = 0.5;

    /**
     * @param outageStart first elapsed second of the outage
     * @param outageEnd   first elapsed second after it
     */
    public static OutageFigures of(IngestSeries series, int outageStart, int outageEnd) {
        int settle = Math.min(SETTLE_SECONDS, outageStart / 2);
        double before = series.meanRate(settle, outageStart);
        Integer stall = null;
        for (int s = outageStart; s < Math.min(outageEnd, series.seconds()); s++) {
            if (below(series, s, Math.min(s + STALL_SECONDS, outageEnd), before * STALL_FRACTION)) {
                stall = s - outageStart;
                break;
            }
        }
        Integer recovery = null;
        for (int s = outageEnd; s < series.seconds(); s++) {
            if (series.at(s) >= before * RECOVERED_FRACTION) {
                recovery = s - outageEnd;
                break;
            }
        }
        return new OutageFigures(before, stall, series.sum(outageStart, outageEnd), recovery);
    }

    private static boolean below(IngestSeries series, int from, int to, double threshold) {
        for (int s = from; s < Math.min(to, series.seconds()); s++) {
            if (series.at(s) >= threshold) {
                return false;
            }
        }
        return true;
    }
}
