package edgebuffer.analysis;

import edgebuffer.cli.UserError;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The look every figure shares (white, light grid, thick lines, dotted outage markers) and PNG output. */
final class ChartStyle {

    static final Color PRAVEGA = new Color(0xA9, 0xC8, 0xEB);
    static final Color PRAVEGA_GEDS = new Color(0x0B, 0x62, 0xA4);
    /** For more runs than the two of the original: distinct, print-safe colours. */
    private static final Color[] PALETTE = {
        new Color(0x0B, 0x62, 0xA4), new Color(0xE3, 0x6C, 0x09), new Color(0x2C, 0xA0, 0x2C),
        new Color(0xD6, 0x27, 0x28), new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B),
        new Color(0x17, 0xBE, 0xCF), new Color(0x7F, 0x7F, 0x7F)
    };

    private ChartStyle() {
    }

    static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(1200).height(460).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        Styler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(Color.DARK_GRAY);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setLegendPosition(Styler.LegendPosition.InsideN);
        s.setLegendBorderColor(Color.GRAY);
        s.setAnnotationLineColor(Color.BLACK);
        s.setAnnotationLineStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        s.setAnnotationTextPanelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAnnotationTextPanelBorderColor(Color.DARK_GRAY);
        s.setAnnotationTextPanelBackgroundColor(Color.WHITE);
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setPlotGridLinesColor(new Color(0xE4, 0xE4, 0xE4));
        chart.getStyler().setXAxisMin(0.0);
        return chart;
    }

    static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineWidth(2.5f);
        return series;
    }

    static Color colour(Run run, int index, boolean twoModeFigure) {
        if (twoModeFigure) {
            return run.isGeds() ? PRAVEGA_GEDS : PRAVEGA;
        }
        return PALETTE[index % PALETTE.length];
    }

    /**
     * Dotted vertical lines where long-term storage went away and came back, each labelled as in
     * the original: the "unavailable" label right of its line, the "available" label left of its
     * line, so the burst after the outage stays visible. {@code top} is the labels' y (data units).
     * Call it last: it lays the chart out once to turn the labels' pixel widths into x units.
     */
    static void markOutage(XYChart chart, double start, List<Double> ends, double top) {
        layOut(chart);
        String unavailable = "\u2190 Long-term storage unavailable";
        String available = "Long-term storage available \u2192";
        chart.addAnnotation(new AnnotationLine(start, true, false));
        chart.addAnnotation(new AnnotationTextPanel(unavailable, xPixelsAway(chart, start, LABEL_GAP_PX), top, false));
        for (double end : ends) {
            chart.addAnnotation(new AnnotationLine(end, true, false));
            int width = labelWidthPx(chart, available);
            chart.addAnnotation(new AnnotationTextPanel(available, xPixelsAway(chart, end, -2 * LABEL_GAP_PX - width), top, false));
        }
    }

    private static final int LABEL_GAP_PX = 6;

    /** XChart maps data to pixels only once it has painted; a throw-away paint does that. */
    private static void layOut(XYChart chart) {
        BufferedImage scratch = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        g.dispose();
    }

    private static double xPixelsAway(XYChart chart, double x, int pixels) {
        return chart.getChartXFromCoordinate((int) Math.round(chart.getScreenXFromChart(x)) + pixels);
    }

    private static int labelWidthPx(XYChart chart, String text) {
        Font font = chart.getStyler().getAnnotationTextPanelFont();
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        int width = g.getFontMetrics(font).stringWidth(text);
        g.dispose();
        return width + 2 * chart.getStyler().getAnnotationTextPanelPadding() + 2;
    }

    static Path savePng(XYChart chart, Path png) {
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(png)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
            return png;
        } catch (IOException e) {
            throw new UserError("cannot write " + png + ": " + e.getMessage() + " (check the folder is writable)", e);
        }
    }
}
