package org.govfacts.panel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govfacts.fact.Fact;
import org.govfacts.fact.Status;
import org.govfacts.resolve.CalendarSpan;

/**
 * A panel as an Excel workbook (Apache POI): sheet "panel" is the wide table a researcher reads —
 * a row per indicator, kind of figure and region, for each period the result, the target (as a
 * number and as stated) and whether it was met — and sheet "sources" the long table, one line per
 * statement with its document, span and sentence. Figures are numeric cells, never text.
 */
public final class PanelWorkbook {
    static final String WIDE = "panel";
    static final String LONG = "sources";

    private final Function<Fact, String> link;

    public PanelWorkbook(Function<Fact, String> link) {
        this.link = link;
    }

    public void write(Panel panel, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            wide(panel, wb.createSheet(WIDE), bold);
            sources(panel, wb.createSheet(LONG), bold);
            wb.write(out);
        }
        out.flush();
    }

    /** A line of the wide sheet: one indicator, kind of figure and region. */
    private record Line(String indicator, String type, String unit, String basis, String region) {
        static Line of(CellKey k) {
            return new Line(k.indicator(), k.type().id(), k.unit(), k.basis(), k.region());
        }
    }

    private static void wide(Panel panel, Sheet sheet, CellStyle bold) {
        TreeSet<String> periods = new TreeSet<>(Comparator.comparing((String p) -> CalendarSpan.parse(p).first())
                .thenComparing(p -> CalendarSpan.parse(p).last()).thenComparing(p -> p));
        Map<Line, Map<String, PanelRow[]>> lines = new LinkedHashMap<>();
        for (PanelRow r : panel.rows()) {
            periods.add(r.key().period());
            PanelRow[] slot = lines.computeIfAbsent(Line.of(r.key()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.key().period(), k -> new PanelRow[3]);
            slot[r.key().status().ordinal()] = r;
        }
        List<String> header = new ArrayList<>(List.of("indicator", "type", "unit", "region"));
        for (String p : periods) {
            header.addAll(List.of(p + " result", p + " target", p + " target as stated", p + " met"));
        }
        header(sheet, header, bold);
        int n = 1;
        for (var e : lines.entrySet()) {
            Row row = sheet.createRow(n++);
            Line l = e.getKey();
            row.createCell(0).setCellValue(l.indicator());
            row.createCell(1).setCellValue(l.type() + (l.basis() == null ? "" : " " + l.basis()));
            row.createCell(2).setCellValue(l.unit() == null ? "" : l.unit());
            row.createCell(3).setCellValue(l.region());
            int c = 4;
            for (String p : periods) {
                PanelRow[] slot = e.getValue().get(p);
                if (slot != null) {
                    PanelRow result = slot[Status.ACTUAL.ordinal()] != null ? slot[Status.ACTUAL.ordinal()] : null;
                    PanelRow target = slot[Status.TARGET.ordinal()];
                    if (result != null) {
                        row.createCell(c).setCellValue(result.value());
                    }
                    if (target != null) {
                        row.createCell(c + 1).setCellValue(target.value());
                        row.createCell(c + 2).setCellValue(target.source().text());
                        if (target.attainment() != null) {
                            row.createCell(c + 3).setCellValue(target.attainment() == Attainment.MET ? "✓ met" : "✗ missed");
                        }
                    }
                }
                c += 4;
            }
        }
        sheet.createFreezePane(4, 1);
    }

    private void sources(Panel panel, Sheet sheet, CellStyle bold) {
        List<String> header = new ArrayList<>(List.of("indicator", "type", "region", "period", "status", "value", "value_max",
                "qualifier", "unit", "basis", "shown", "conflict", "result", "target_met", "doc", "start", "end", "text", "sentence"));
        if (link != null) {
            header.add("link");
        }
        header(sheet, header, bold);
        int n = 1;
        for (PanelRow r : panel.rows()) {
            for (Fact f : r.statements()) {
                Row row = sheet.createRow(n++);
                int c = 0;
                row.createCell(c++).setCellValue(r.key().indicator());
                row.createCell(c++).setCellValue(r.key().type().id());
                row.createCell(c++).setCellValue(r.key().region());
                row.createCell(c++).setCellValue(r.key().period());
                row.createCell(c++).setCellValue(r.key().status().id());
                number(row, c++, f.value());
                number(row, c++, f.valueMax());
                text(row, c++, f.qualifier() == null ? null : f.qualifier().id());
                text(row, c++, r.key().unit());
                text(row, c++, r.key().basis());
                row.createCell(c++).setCellValue(f == r.source());
                row.createCell(c++).setCellValue(r.conflict());
                number(row, c++, r.result() == null ? null : r.result().value());
                text(row, c++, r.attainment() == null ? null : r.attainment().id());
                text(row, c++, f.doc());
                row.createCell(c++).setCellValue(f.start());
                row.createCell(c++).setCellValue(f.end());
                text(row, c++, f.text());
                text(row, c++, f.sentence());
                if (link != null) {
                    text(row, c, link.apply(f));
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void header(Sheet sheet, List<String> names, CellStyle bold) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(bold);
        }
    }

    private static void number(Row row, int c, Double v) {
        if (v != null) {
            row.createCell(c).setCellValue(v);
        }
    }

    private static void text(Row row, int c, String s) {
        if (s != null) {
            row.createCell(c).setCellValue(s);
        }
    }
}
