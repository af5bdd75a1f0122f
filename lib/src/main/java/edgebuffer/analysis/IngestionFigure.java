package edgebuffer.analysis;

import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The original's figure: acknowledged ingest (MB/s, MB = 2^20 bytes) per second for each run,
 * runs aligned on their outage start, with the moments long-term storage went away and came back.
 */
public final class IngestionFigure {

    public static final String TITLE = "Ingestion buffering capacity of Pravega under long-term storage unavailability";

    private IngestionFigure() {
    }

    public static XYChart create(List<Run> runs) {
        OutageAlignment align = OutageAlignment.of(runs);
        XYChart chart = ChartStyle.chart(TITLE,
                runs.size() > 1 ? "Time (seconds since start; runs aligned on the outage start)" : "Time (seconds since start)",
                "MB/s");
        Map<Run, String> labels = RunLabels.of(runs);
        boolean twoModes = runs.size() == 2 && runs.get(0).isGeds() != runs.get(1).isGeds();
        double peak = 0;
        double xMax = 0;
        int i = 0;
        for (Run run : runs) {
            Table ingest = run.ingest();
            NumericColumn<?> k = ingest.numberColumn("elapsed_s");
            NumericColumn<?> bytes = ingest.numberColumn("total_bytes");
            double[] x = new double[ingest.rowCount()];
            double[] y = new double[ingest.rowCount()];
            for (int row = 0; row < x.length; row++) {
                x[row] = align.x(run, k.getDouble(row));
                y[row] = bytes.isMissing(row) ? 0 : bytes.getDouble(row) / Run.MIB;
                peak = Math.max(peak, y[row]);
                xMax = Math.max(xMax, x[row]);
            }
            ChartStyle.line(chart, labels.get(run), x, y, ChartStyle.colour(run, i++, twoModes));
        }
        double yMax = niceCeiling(peak * 1.15);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(yMax);
        chart.getStyler().setXAxisMax(Math.ceil(xMax));
        ChartStyle.markOutage(chart, align.outageStart(), align.outageEnds(runs), yMax * 0.62);
        return chart;
    }

    /** 1, 2, 2.5, 5 x 10^n at or above {@code v}, so the y axis ends on a round tick. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
