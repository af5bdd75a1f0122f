package edgebuffer.experiment;

/**
 * How long ingestion should last once long-term storage is gone, from the capacities alone.
 *
 * <p>Pravega throttles writers when its cache passes about 80% (utilization target 75% + 5 points)
 * and nothing can be evicted while LTS is away; a GEDS tier first takes up to its capacity on
 * local disk. So the buffer is 0.8 x cache (+ tier capacity), drained at the ingest rate.
 */
public final class Prediction {

    static final double CACHE_FRACTION_BEFORE_THROTTLE = 0.8;

    private Prediction() {
    }

    public static long bufferBytes(ExperimentOptions o) {
        long cache = (long) o.cacheMb << 20;
        long tier = o.geds ? (long) o.gedsCapacityMb << 20 : 0;
        return Math.round(CACHE_FRACTION_BEFORE_THROTTLE * cache) + tier;
    }

    /** Null when nothing was being ingested (no rate to divide by). */
    public static Double stallAfterSeconds(ExperimentOptions o, double bytesPerSecond) {
        if (bytesPerSecond <= 0) {
            return null;
        }
        return Math.round(bufferBytes(o) / bytesPerSecond * 10) / 10.0;
    }
}
