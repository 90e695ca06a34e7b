package org.govfacts.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.govfacts.fact.Fact;
import org.govfacts.pipeline.DocumentResult;

/**
 * The csv table as an Excel workbook, for people who open results in a spreadsheet: a CSV is
 * re-read by the spreadsheet's own rules (LibreOffice turns the text "7.4%" into the number 0.074,
 * and reads a file without asking as the system's encoding), a workbook is not. One row per fact,
 * the csv's columns, numbers as numbers, text as text, a bold frozen header with filters, and
 * columns as wide as their contents (Chinese characters count double, capped for sentences).
 * Rows are streamed to a temporary file as they come (POI's SXSSF), so memory stays flat.
 */
final class XlsxFactWriter implements ResultWriter {
    /** Widest column, in characters: a sentence column wider than this wraps the view anyway. */
    private static final int MAX_WIDTH = 80;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final List<String> columns = CsvFactWriter.COLUMNS;
    private final SXSSFWorkbook book = new SXSSFWorkbook(500);
    private final SXSSFSheet sheet = book.createSheet("facts");
    private final CellStyle wholeNumber = book.createCellStyle();
    private final int[] widths = new int[columns.size()];
    private int rows;

    XlsxFactWriter(OutputStream out) {
        this.out = out;
        wholeNumber.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(rows++);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(bold);
            widths[c] = displayWidth(columns.get(c));
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        for (Fact f : result.facts()) {
            if (rows >= MAX_ROWS) {
                throw new IOException("more than " + (MAX_ROWS - 1) + " facts: an xlsx sheet holds no more; use --format csv or jsonl");
            }
            ObjectNode o = FactJson.toJson(f, result.info().path());
            Row row = sheet.createRow(rows++);
            for (int c = 0; c < columns.size(); c++) {
                JsonNode v = o.get(columns.get(c));
                if (v == null || v.isNull()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                String shown;
                if (v.isNumber()) {
                    double d = v.asDouble();
                    cell.setCellValue(d);
                    // large whole amounts (803亿元 = 80300000000) with thousands separators, never as 8.03E+10
                    if (d == Math.rint(d) && Math.abs(d) >= 1e5) {
                        cell.setCellStyle(wholeNumber);
                        shown = String.format(java.util.Locale.ROOT, "%,d", (long) d);
                    } else {
                        shown = v.asText();
                    }
                } else {
                    shown = v.asText();
                    if (shown.length() > MAX_CELL_TEXT) {
                        shown = shown.substring(0, MAX_CELL_TEXT - 1) + "…";
                    }
                    cell.setCellValue(shown);
                }
                widths[c] = Math.max(widths[c], displayWidth(shown));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_WIDTH) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns.size() - 1));
            book.write(out);
            out.flush();
        } finally {
            book.dispose();
            book.close();
        }
    }

    /** Width in a spreadsheet's character units: Chinese characters and full-width forms take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += cp >= 0x2E80 && !(cp >= 0xFF61 && cp <= 0xFF9F) ? 2 : 1;
        }
        return w;
    }
}
