package dev.cca.report.xlsx;

import dev.cca.report.Text;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * Native Excel bar charts (DrawingML, through POI's XDDF API; not pictures), whose series refer to the cells
 * beside them and carry the values as a cache, so the chart shows without recalculation, in LibreOffice too,
 * and moves with the data when a reviewer edits a cell.
 */
final class Charts {

    /** Colours of the series, in order: blue, orange, grey, then the grade colours. */
    static final byte[][] SERIES = {rgb(0x44, 0x72, 0xC4), rgb(0xED, 0x7D, 0x31), rgb(0xA5, 0xA5, 0xA5),
            rgb(0xFF, 0xC0, 0x00), rgb(0x5B, 0x9B, 0xD5)};
    /** Grade 1 (red) to grade 5 (green). */
    static final byte[][] GRADES = {rgb(0xC0, 0x39, 0x2B), rgb(0xE6, 0x7E, 0x22), rgb(0xF1, 0xC4, 0x0F),
            rgb(0x7D, 0xCE, 0xA0), rgb(0x1E, 0x84, 0x49)};
    /** Points earned (green) and points short (light grey). */
    static final byte[] EARNED = rgb(0x2E, 0x86, 0x5F);
    static final byte[] SHORT = rgb(0xD9, 0xD9, 0xD9);

    /**
     * One series: its name, its values (NaN shown as a gap) and the cells that hold them.
     *
     * @param rgb the fill colour, three bytes; null for none (the invisible base of a floating bar)
     */
    record Series(String name, double[] values, CellRangeAddress cells, byte[] rgb) {
    }

    /**
     * Where a chart goes and what it shows.
     *
     * @param horizontal bars grow to the right, first category at the top (long category names read well)
     * @param stacked    series stack into one bar per category
     * @param max        the value axis' maximum, or NaN for automatic
     * @param labels     values printed on the bars
     * @param legend     a legend below the plot
     */
    record Spec(String title, int col1, int row1, int col2, int row2, boolean horizontal, boolean stacked, double max,
                boolean labels, boolean legend) {
    }

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private Charts() {
    }

    /** Draws a bar chart on {@code sheet}; categories and series refer to cells of {@code dataSheet}. */
    static XSSFChart bar(SXSSFSheet sheet, Spec spec, String dataSheet, String[] categories, CellRangeAddress categoryCells,
                         List<Series> series) {
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, spec.col1(), spec.row1(), spec.col2(), spec.row2()));
        chart.setTitleText(Text.xmlChars(spec.title()));
        // An opaque white chart area: without one, some viewers show the cell grid through the chart.
        chart.getOrAddShapeProperties().setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(0xFF, 0xFF, 0xFF))));
        chart.setTitleOverlay(false);
        if (spec.legend()) {
            XDDFChartLegend legend = chart.getOrAddLegend();
            legend.setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(spec.horizontal() ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(spec.horizontal() ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        if (!Double.isNaN(spec.max())) {
            valueAxis.setMaximum(spec.max());
        }
        if (spec.horizontal()) {
            // First category at the top; the value axis then crosses at the far end, which is the bottom.
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        } else {
            valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(spec.horizontal() ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(spec.stacked() ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        String[] names = new String[categories.length];
        for (int i = 0; i < categories.length; i++) {
            names[i] = Text.xmlChars(categories[i]);
        }
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(names, categoryCells.formatAsString(dataSheet, true));
        for (Series s : series) {
            Double[] v = new Double[s.values().length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.isNaN(s.values()[i]) ? null : s.values()[i];
            }
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(v, s.cells().formatAsString(dataSheet, true));
            XDDFBarChartData.Series bars = (XDDFBarChartData.Series) data.addSeries(cats, values);
            bars.setTitle(Text.xmlChars(s.name()), null);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(s.rgb() == null ? new XDDFNoFillProperties() : new XDDFSolidFillProperties(XDDFColor.from(s.rgb())));
            bars.setShapeProperties(shape);
            if (spec.labels()) {
                CTDLbls l = bars.getCTBarSer().isSetDLbls() ? bars.getCTBarSer().getDLbls() : bars.getCTBarSer().addNewDLbls();
                l.addNewNumFmt().setFormatCode("0.0");
                l.getNumFmt().setSourceLinked(false);
                l.addNewShowLegendKey().setVal(false);
                l.addNewShowVal().setVal(true);
                l.addNewShowCatName().setVal(false);
                l.addNewShowSerName().setVal(false);
                l.addNewShowPercent().setVal(false);
                l.addNewShowBubbleSize().setVal(false);
            }
        }
        chart.plot(data);
        if (spec.stacked() || spec.horizontal()) {
            barLayout(chart, spec.horizontal() ? 40 : 150, spec.stacked() ? 100 : 0);
        }
        everyLabel(chart);
        return chart;
    }

    /**
     * The gap between categories (percent of a bar's width) and the overlap of series: stacked bars need
     * {@code <c:overlap val="100"/>} or each series is drawn beside the last. POI's lean schema jar has no types
     * for these two elements, so they are written with a cursor where the schema wants them: after the series,
     * before the axis ids, gap width first.
     */
    private static void barLayout(XSSFChart chart, int gapWidth, int overlap) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        insertBeforeAxes(bar, "gapWidth", gapWidth);
        if (overlap != 0) {
            insertBeforeAxes(bar, "overlap", overlap);
        }
    }

    /**
     * Every category labelled ({@code <c:tickLblSkip val="1"/>}): left to choose, viewers drop every other label
     * of a long list of indicators or provinces. Written as {@link #barLayout} is, at the end of the axis.
     */
    private static void everyLabel(XSSFChart chart) {
        for (var axis : chart.getCTChart().getPlotArea().getCatAxArray()) {
            try (XmlCursor cur = axis.newCursor()) {
                if (cur.toChild(new QName(C, "noMultiLvlLbl"))) {
                    cur.beginElement(new QName(C, "tickLblSkip", "c"));
                } else {
                    cur.toEndToken();
                    cur.beginElement(new QName(C, "tickLblSkip", "c"));
                }
                cur.insertAttributeWithValue("val", "1");
            }
        }
    }

    private static void insertBeforeAxes(CTBarChart bar, String element, int value) {
        try (XmlCursor cur = bar.newCursor()) {
            if (cur.toChild(new QName(C, "axId"))) {
                cur.beginElement(new QName(C, element, "c"));
                cur.insertAttributeWithValue("val", Integer.toString(value));
            }
        }
    }

    static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
