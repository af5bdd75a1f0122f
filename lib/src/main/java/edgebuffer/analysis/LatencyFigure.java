package edgebuffer.analysis;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * End-to-end latency over time: for each run, the median (solid) and the 99th percentile
 * (dashed) of each second's reads, all readers together, on a log scale because a stall turns
 * milliseconds into seconds. Runs are aligned on their outage start like the ingestion figure.
 */
public final class LatencyFigure {

    private LatencyFigure() {
    }

    public static XYChart create(List<Run> runs) {
        OutageAlignment align = OutageAlignment.of(runs);
        XYChart chart = ChartStyle.chart("End-to-end latency (median and p99 of each second's reads)",
                runs.size() > 1 ? "Time (seconds since start; runs aligned on the outage start)" : "Time (seconds since start)",
                "Latency (ms, log scale)");
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        Map<Run, String> labels = RunLabels.of(runs);
        boolean twoModes = runs.size() == 2 && runs.get(0).isGeds() != runs.get(1).isGeds();
        double xMax = 0;
        double yMax = 1;
        int i = 0;
        for (Run run : runs) {
            Map<Long, List<Double>> bySecond = perSecond(run.latency());
            if (bySecond.isEmpty()) {
                i++;
                continue; // a run without reader logs has no line; the summary says "-"
            }
            List<double[]> points = new ArrayList<>(); // {x, p50, p99}
            long previous = Long.MIN_VALUE;
            for (Map.Entry<Long, List<Double>> second : bySecond.entrySet()) {
                if (previous != Long.MIN_VALUE && second.getKey() > previous + 1) {
                    // nothing was read in between (a stall): a NaN point breaks the line instead of bridging the gap
                    points.add(new double[] {align.x(run, previous + 1), Double.NaN, Double.NaN});
                }
                previous = second.getKey();
                LatencyPercentiles p = LatencyPercentiles.of(second.getValue().stream().mapToDouble(Double::doubleValue).toArray());
                points.add(new double[] {align.x(run, second.getKey()), p.p50(), p.p99()});
                xMax = Math.max(xMax, align.x(run, second.getKey()));
                yMax = Math.max(yMax, p.p99());
            }
            double[] x = points.stream().mapToDouble(point -> point[0]).toArray();
            double[] p50 = points.stream().mapToDouble(point -> point[1]).toArray();
            double[] p99 = points.stream().mapToDouble(point -> point[2]).toArray();
            java.awt.Color colour = ChartStyle.colour(run, i++, twoModes);
            ChartStyle.line(chart, labels.get(run) + " p50", x, p50, colour);
            XYSeries tail = ChartStyle.line(chart, labels.get(run) + " p99", x, p99, colour);
            tail.setLineStyle(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.setTitle("End-to-end latency: no reader logs in these runs");
            return chart;
        }
        chart.getStyler().setXAxisMax(Math.ceil(xMax));
        chart.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(yMax * 1.01))));
        ChartStyle.markOutage(chart, align.outageStart(), align.outageEnds(runs),
                Math.pow(10, Math.log10(chart.getStyler().getYAxisMax()) * 0.8));
        return chart;
    }

    /** Latencies grouped by the whole second of experiment time they were read in; non-positive ones cannot go on a log axis. */
    static Map<Long, List<Double>> perSecond(Table latency) {
        NumericColumn<?> time = latency.numberColumn("experiment_time_s");
        NumericColumn<?> ms = latency.numberColumn("latency_ms");
        Map<Long, List<Double>> bySecond = new TreeMap<>();
        for (int i = 0; i < latency.rowCount(); i++) {
            if (!time.isMissing(i) && !ms.isMissing(i) && ms.getDouble(i) > 0) {
                bySecond.computeIfAbsent((long) Math.floor(time.getDouble(i)), k -> new ArrayList<>()).add(ms.getDouble(i));
            }
        }
        return bySecond;
    }
}
