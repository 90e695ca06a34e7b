package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables as a web page's text keeps them, read into rows of cells with their spans in the original:
 * <ul>
 * <li>one row a line, cells between | (指标 | 2014年目标 | 2014年完成);</li>
 * <li>one cell a line, each ending with | (序号 |, 指标名称 |, …, 1 |, 地区生产总值 |, …): the header runs to the
 *     first cell that is a row number, and the rows are cut to its width, each opening with the next number.</li>
 * <li>one row a line, cells apart by blanks, as text taken from a PDF keeps them (序号 指标名称 2020 年目标值 2020 年预计值 完成情况,
 *     then 1 全区生产总值(亿元) 1000 1008.5 完成): a header of three cells or more followed by rows as wide that open with
 *     the row numbers 1, 2, 3 …; a year the PDF parted from its word (2020 年目标值) is one cell.</li>
 * </ul>
 * The first row of each table is its header.
 */
final class TextTables {
    /** A plain number, its thousands perhaps apart by commas or single blanks (13 578, as yearbooks print them). */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(?:([,\\u00a0\\u2009 ])\\d{3}(?:\\1\\d{3})*)?(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}");

    private TextTables() {
    }

    /** The value of a cell's text when it is a plain number (thousands apart by commas or blanks), else null. */
    static Double number(String t) {
        return NUMBER.matcher(t).matches() ? Double.valueOf(t.replaceAll("[,\\u00a0\\u2009 ]", "")) : null;
    }

    /** A cell: its text, its span in the original, and its value when it is a plain number. */
    record Cell(String text, int start, int end, Double value) {
        /** The cell as a figure of its document: its row's label the indicator, its row's line the sentence. */
        org.govfacts.fact.Fact fact(DocumentView d, org.govfacts.fact.FactType type, String unit, String label, String period, String line,
                                    int lineStart) {
            return new org.govfacts.fact.Fact(d.doc(), type, start, end, text, value, unit, null, null, null, null, null, null, label, period,
                    null, line, lineStart, TextForms.light(line));
        }

        int decimals() {
            int dot = text.indexOf('.');
            return dot < 0 ? 0 : text.length() - dot - 1;
        }

        double halfStep() {
            return 0.5 * Math.pow(10, -decimals());
        }

        /** The values the cell allows as written: to half its last digit either way. */
        Interval interval() {
            return new Interval(value - halfStep(), value + halfStep());
        }

        boolean contains(int from, int to) {
            return from >= start && to <= end;
        }
    }

    /** A row: its cells, where its first line starts, and its text. */
    record Row(List<Cell> cells, int lineStart, String line) {
        Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }
    }

    /** The tables of a text, each its rows (header first), in text order. */
    static List<List<Row>> of(String text) {
        List<List<Row>> out = new ArrayList<>();
        List<Row> lineRows = new ArrayList<>();
        List<Cell> cellLines = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            List<Cell> cells = cells(text, at, end);
            boolean oneCell = cells.size() == 1 && !cells.get(0).text().isEmpty() && text.substring(at, end).strip().endsWith("|");
            if (!cellLines.isEmpty() && text.substring(at, end).strip().equals("|")) {
                cellLines.add(ROW_BREAK); // 全市总人口 |⏎506427 |⏎100.0 |⏎|: a lone bar ends a row of cells one a line
            } else if (oneCell) {
                close(out, lineRows);
                cellLines.add(cells.get(0));
            } else if (cells.size() >= 2) {
                closeCells(out, cellLines, text);
                lineRows.add(new Row(cells, at, text.substring(at, end)));
            } else if (!text.substring(at, end).isBlank()) {
                close(out, lineRows);
                closeCells(out, cellLines, text);
            }
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        close(out, lineRows);
        closeCells(out, cellLines, text);
        out.addAll(blankSeparated(text));
        return out;
    }

    /** A run of blanks (and the ideographic space) between two cells of a row. */
    private static final Pattern BLANKS = Pattern.compile("[ \t\u3000\u00a0]+");
    private static final Pattern YEAR_CELL = Pattern.compile("(?:19|20)\\d{2}");

    /** The tables whose cells are apart by blanks, a row a line, numbered rows under a header as wide. */
    private static List<List<Row>> blankSeparated(String text) {
        List<List<Row>> out = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            List<Cell> cells = text.substring(at, end).indexOf('|') >= 0 ? List.of() : blankCells(text, at, end);
            boolean next = !rows.isEmpty() && cells.size() == rows.get(0).cells().size()
                    && cells.get(0).text().equals(String.valueOf(rows.size()));
            if (next) {
                rows.add(new Row(cells, at, text.substring(at, end)));
            } else {
                close(out, rows);
                if (cells.size() >= 3 && cells.get(0).value() == null) {
                    rows.add(new Row(cells, at, text.substring(at, end)));
                }
            }
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        close(out, rows);
        return out;
    }

    /** The cells of a line apart by blanks, a year joined to the word after it that opens with 年 (2020 年目标值). */
    private static List<Cell> blankCells(String text, int from, int to) {
        List<Cell> cells = new ArrayList<>();
        java.util.regex.Matcher gap = BLANKS.matcher(text).region(from, to);
        int cellStart = from;
        while (cellStart < to) {
            boolean found = gap.find();
            int cellEnd = found ? gap.start() : to;
            if (cellEnd > cellStart) {
                String t = text.substring(cellStart, cellEnd);
                Cell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                if (last != null && t.startsWith("年") && YEAR_CELL.matcher(last.text()).matches()) {
                    String joined = text.substring(last.start(), cellEnd);
                    cells.set(cells.size() - 1, new Cell(joined, last.start(), cellEnd, null));
                } else {
                    cells.add(new Cell(t, cellStart, cellEnd, number(t)));
                }
            }
            if (!found) {
                break;
            }
            cellStart = gap.end();
        }
        return cells;
    }

    private static void close(List<List<Row>> out, List<Row> rows) {
        if (rows.size() >= 2) {
            out.add(List.copyOf(rows));
        }
        rows.clear();
    }

    /** Stands between two rows of cells one a line where a line holds a lone bar. */
    private static final Cell ROW_BREAK = new Cell("|", -1, -1, null);

    /**
     * Cells one a line: rows ended by lone bars, each as wide as the header; else the header to the first row number, then
     * rows of its width that each open with the next number.
     */
    private static void closeCells(List<List<Row>> out, List<Cell> cells, String text) {
        if (cells.contains(ROW_BREAK)) {
            List<Row> rows = new ArrayList<>();
            List<Cell> current = new ArrayList<>();
            for (Cell c : cells) {
                if (c != ROW_BREAK) {
                    current.add(c);
                    continue;
                }
                if (!current.isEmpty() && (rows.isEmpty() ? current.size() >= 2 : current.size() == rows.get(0).cells().size())) {
                    rows.add(row(current, text));
                } else if (!current.isEmpty()) {
                    break;
                }
                current = new ArrayList<>();
            }
            if (!rows.isEmpty() && current.size() == rows.get(0).cells().size()) {
                rows.add(row(current, text));
            }
            close(out, rows);
            cells.clear();
            return;
        }
        int width = 0;
        while (width < cells.size() && !ROW_NUMBER.matcher(cells.get(width).text()).matches()) {
            width++;
        }
        if (width >= 2 && width < cells.size()) {
            List<Row> rows = new ArrayList<>();
            rows.add(row(cells.subList(0, width), text));
            int expected = Integer.parseInt(cells.get(width).text());
            for (int i = width; i + width <= cells.size(); i += width) {
                List<Cell> r = cells.subList(i, i + width);
                if (!r.get(0).text().equals(String.valueOf(expected))) {
                    break;
                }
                rows.add(row(r, text));
                expected++;
            }
            close(out, rows);
        }
        cells.clear();
    }

    private static Row row(List<Cell> cells, String text) {
        Cell first = cells.get(0);
        Cell last = cells.get(cells.size() - 1);
        int lineStart = text.lastIndexOf('\n', Math.max(0, first.start() - 1)) + 1;
        return new Row(List.copyOf(cells), lineStart, text.substring(lineStart, Math.min(text.length(), last.end())));
    }

    /** The cells of a line between | (none when it has no |). */
    private static List<Cell> cells(String text, int from, int to) {
        List<Cell> cells = new ArrayList<>();
        if (text.substring(from, to).indexOf('|') < 0) {
            return cells;
        }
        int cellStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '|') {
                String raw = text.substring(cellStart, i);
                int lead = raw.length() - raw.stripLeading().length();
                String t = raw.strip();
                if (!t.isEmpty() || i < to) {
                    int s = cellStart + lead;
                    Double v = number(t);
                    cells.add(new Cell(t, s, s + t.length(), v));
                }
                cellStart = i + 1;
            }
        }
        return cells;
    }
}
