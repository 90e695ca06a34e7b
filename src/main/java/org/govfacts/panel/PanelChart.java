package org.govfacts.panel;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.govfacts.fact.Status;
import org.govfacts.resolve.CalendarSpan;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A panel as a line chart (JFreeChart): years across, one line per region, results solid and
 * targets dashed in the region's colour. One indicator and kind of figure per chart — the first
 * indicator asked for, its kind with the most cells — and only cells of whole calendar years.
 * SVG is written with Batik's SVG generator (text stays text), PNG by JFreeChart.
 */
public final class PanelChart {
    public enum Format {
        SVG, PNG;

        public static Format of(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if (n.endsWith(".svg")) {
                return SVG;
            }
            if (n.endsWith(".png")) {
                return PNG;
            }
            throw new IllegalArgumentException("--chart " + fileName + ": the name must end in .svg or .png");
        }
    }

    /** What was drawn: the line of the panel, and how many of its cells (other periods are not years). */
    public record Drawn(String indicator, String type, String unit, int cells, int left) {
    }

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;

    private PanelChart() {
    }

    /** Draws the chart of {@code panel}; returns what it drew, or null when the panel has no yearly cell. */
    public static Drawn write(Panel panel, Format format, OutputStream out) throws IOException {
        List<PanelRow> rows = chartedRows(panel);
        if (rows.isEmpty()) {
            return null;
        }
        CellKey first = rows.get(0).key();
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, XYSeries[]> byRegion = new LinkedHashMap<>();
        int drawn = 0;
        for (PanelRow r : rows) {
            CalendarSpan span = CalendarSpan.parse(r.key().period());
            if (span.stock() || span.firstYear() != span.lastYear() || span.first() % 12 != 0 || span.last() % 12 != 11
                    || r.key().status() == Status.ESTIMATE) {
                continue;
            }
            XYSeries[] pair = byRegion.computeIfAbsent(r.key().region(), k -> new XYSeries[] {
                new XYSeries(k + " result", true, false), new XYSeries(k + " target", true, false)});
            pair[r.key().status() == Status.TARGET ? 1 : 0].addOrUpdate((double) span.firstYear(), r.value().doubleValue());
            drawn++;
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int series = 0;
        int region = 0;
        for (XYSeries[] pair : byRegion.values()) {
            Paint paint = PALETTE[region++ % PALETTE.length];
            for (int i = 0; i < 2; i++) {
                if (pair[i].getItemCount() == 0) {
                    continue;
                }
                data.addSeries(pair[i]);
                renderer.setSeriesPaint(series, paint);
                renderer.setSeriesStroke(series, i == 0 ? new BasicStroke(2f)
                        : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f));
                series++;
            }
        }
        Font font = format == Format.SVG ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : font();
        NumberAxis years = new NumberAxis("year");
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setAutoRangeIncludesZero(false);
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        NumberAxis values = new NumberAxis(first.type().id() + (first.unit() == null ? "" : " (" + first.unit() + ")"));
        values.setAutoRangeIncludesZero(false);
        for (NumberAxis a : List.of(years, values)) {
            a.setLabelFont(font.deriveFont(Font.PLAIN, 13f));
            a.setTickLabelFont(font.deriveFont(Font.PLAIN, 12f));
        }
        XYPlot plot = new XYPlot(data, years, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(first.indicator() + " — results solid, targets dashed",
                font.deriveFont(Font.BOLD, 16f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(font.deriveFont(Font.PLAIN, 12f));
        chart.addSubtitle(new TextTitle(first.type().id() + (first.basis() == null ? "" : " " + first.basis()),
                font.deriveFont(Font.PLAIN, 12f)));
        if (format == Format.PNG) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } else {
            svg(chart, out);
        }
        out.flush();
        return new Drawn(first.indicator(), first.type().id(), first.unit(), drawn, rows.size() - drawn);
    }

    /** The rows of the first indicator's kind of figure with the most cells. */
    private static List<PanelRow> chartedRows(Panel panel) {
        if (panel.rows().isEmpty()) {
            return List.of();
        }
        String indicator = panel.rows().get(0).key().indicator();
        Map<List<Object>, List<PanelRow>> kinds = new LinkedHashMap<>();
        for (PanelRow r : panel.rows()) {
            if (r.key().indicator().equals(indicator)) {
                kinds.computeIfAbsent(java.util.Arrays.asList(r.key().type(), r.key().unit(), r.key().basis()),
                        k -> new ArrayList<>()).add(r);
            }
        }
        return kinds.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
    }

    private static void svg(JFreeChart chart, OutputStream out) throws IOException {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            SVGGraphics2D g = new SVGGraphics2D(doc);
            g.setSVGCanvasSize(new java.awt.Dimension(WIDTH, HEIGHT));
            chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            g.stream(w, true);
            w.flush();
        } catch (ParserConfigurationException e) {
            throw new IOException("cannot create an SVG document: " + e.getMessage(), e);
        }
    }

    /** A font that shows Chinese: the logical sans-serif where it can, else the first installed one that can. */
    private static Font font() {
        Font sans = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        String probe = "地区生产总值河南省";
        if (sans.canDisplayUpTo(probe) == -1) {
            return sans;
        }
        for (Font f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
            if (f.canDisplayUpTo(probe) == -1) {
                return f.deriveFont(Font.PLAIN, 12f);
            }
        }
        return sans;
    }
}
