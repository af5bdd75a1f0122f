package edgebuffer.analysis;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** How full the GEDS tier got: local bytes, bytes waiting for upload and the capacity, for one GEDS run. */
public final class TierFillFigure {

    private TierFillFigure() {
    }

    /** @throws IllegalArgumentException when the run has no tier.csv (a baseline run) */
    public static XYChart create(Run run) {
        Table tier = run.tierTable().orElseThrow(() -> new IllegalArgumentException(run.runId() + " has no tier.csv"));
        XYChart chart = ChartStyle.chart("GEDS tier fill: " + run.runId(), "Time (seconds since start)", "MB");
        NumericColumn<?> k = tier.numberColumn("elapsed_s");
        int n = tier.rowCount();
        double[] x = new double[n];
        double[] local = new double[n];
        double[] pending = new double[n];
        double[] capacity = new double[n];
        double top = 0;
        for (int row = 0; row < n; row++) {
            x[row] = k.getDouble(row);
            local[row] = mb(tier, "local_bytes", row);
            pending[row] = mb(tier, "pending_upload_bytes", row);
            capacity[row] = mb(tier, "capacity_bytes", row);
            top = Math.max(top, Math.max(capacity[row], local[row]));
        }
        ChartStyle.line(chart, "local", x, local, ChartStyle.PRAVEGA_GEDS);
        ChartStyle.line(chart, "pending upload", x, pending, new Color(0xE3, 0x6C, 0x09));
        ChartStyle.line(chart, "capacity", x, capacity, Color.GRAY).setLineWidth(1.5f);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        double yMax = IngestionFigure.niceCeiling(top * 1.25);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(yMax);
        chart.getStyler().setXAxisMax(Math.ceil(x[n - 1]));
        Timestamps t = run.timestamps();
        ChartStyle.markOutage(chart, t.outageStartSeconds(), List.of(t.outageEndSeconds()), yMax * 0.9);
        return chart;
    }

    private static double mb(Table tier, String column, int row) {
        NumericColumn<?> c = tier.numberColumn(column);
        return c.isMissing(row) ? 0 : c.getDouble(row) / Run.MIB;
    }
}
