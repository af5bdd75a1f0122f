package edgebuffer.analysis;

import java.util.function.LongPredicate;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * One counter column of ingest.csv or tier.csv against its {@code elapsed_s}, in time order:
 * the shape every buffering rule in {@link BufferingAnalysis} scans. Missing cells count as 0.
 */
public final class IngestSeries {

    private final long[] seconds;
    private final double[] values;

    private IngestSeries(long[] seconds, double[] values) {
        this.seconds = seconds;
        this.values = values;
    }

    public static IngestSeries of(Table table, String column) {
        Table sorted = table.sortAscendingOn("elapsed_s");
        NumericColumn<?> k = sorted.numberColumn("elapsed_s");
        NumericColumn<?> v = sorted.numberColumn(column);
        int n = sorted.rowCount();
        return new IngestSeries(
                IntStream.range(0, n).mapToLong(i -> (long) k.getDouble(i)).toArray(),
                IntStream.range(0, n).mapToDouble(i -> v.isMissing(i) ? 0 : v.getDouble(i)).toArray());
    }

    /** For callers that hold the counters in memory (the experiment, before it writes run.json). */
    public static IngestSeries of(long[] seconds, double[] values) {
        if (seconds.length != values.length) {
            throw new IllegalArgumentException("seconds and values differ in length");
        }
        return new IngestSeries(seconds.clone(), values.clone());
    }

    public int size() {
        return seconds.length;
    }

    public long second(int i) {
        return seconds[i];
    }

    public double value(int i) {
        return values[i];
    }

    long[] seconds(LongPredicate which) {
        return IntStream.range(0, seconds.length).filter(i -> which.test(seconds[i])).mapToLong(i -> seconds[i]).toArray();
    }

    double[] values(LongPredicate which) {
        return IntStream.range(0, seconds.length).filter(i -> which.test(seconds[i])).mapToDouble(i -> values[i]).toArray();
    }
}
