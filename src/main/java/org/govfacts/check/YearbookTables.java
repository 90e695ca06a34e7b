package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.check.TextTables.Cell;

/**
 * Tables of statistical yearbooks as web pages keep them as text, read into labelled rows of numbers
 * with each number's span in the original:
 * <ul>
 * <li>one row a line, its label (Chinese, often with the English after it, or a year) then its numbers
 *     apart by blanks ({@code 第一产业   primary industry 4.7 5.2 4.6 2.2 2.8}, {@code 1985 74160 25116 …});</li>
 * <li>one cell a line, each ending with |, a row's cells together and rows apart by blank lines;</li>
 * <li>one cell a line without bars, the label's line then a line for each number (地区生产总值 / 19349.31 / -5.7).</li>
 * </ul>
 * How far a label is indented says which rows are parts of which; a label that opens with # is one
 * of the things a total holds (其中), not a part of a split. A row of years alone is the
 * header of the table after it. Missing cells written -, — or … keep their column.
 */
final class YearbookTables {
    /** 13 578: thousands apart by a blank, inside one cell between bars. */
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("-?\\d{1,3}(?:[ \\u00a0\\u2009]\\d{3})+(?:\\.\\d+)?");
    private static final Pattern MISSING = Pattern.compile("[-—–…]+|\\.{3,}|/");
    private static final String YEAR_LABEL = "(?:19[4-9]\\d|20\\d\\d)";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LETTER = Pattern.compile("[\\p{IsHan}A-Za-z]");
    private static final Pattern OF_WHICH = Pattern.compile("^[#＃]");
    /** 其中 before a label opens a list, which may or may not split the row above: the figures say. */
    private static final Pattern LIST_OPENING = Pattern.compile("^其中\\s*[:：]?\\s*");
    private static final Pattern UNIT = Pattern.compile("单位\\s*[:：]\\s*([^\\s|()（）]{1,6})");
    /** A table row whose label is this long or holds a sentence's end is prose, not a row. */
    private static final int MAX_LABEL = 60;
    /** Lines without numbers that a table may hold (headings, a label's second line) before it ends. */
    private static final int MAX_GAP_LINES = 3;

    private YearbookTables() {
    }

    /**
     * A row: its label, how far the label is indented, whether it is an 其中 item, whether a heading
     * (a line of Chinese without numbers) stands between it and the row before, its cells (null where
     * the text marks a cell missing), and its first line with where that starts.
     */
    record Row(String label, int indent, boolean ofWhich, boolean afterHeading, List<Cell> cells, int lineStart, String line) {
        int width() {
            return cells.size();
        }
    }

    /** A table: its rows, the year of each column when a header of years says so (else null), its unit if stated. */
    record Table(List<Row> rows, List<Integer> years, String unit) {
        String column(int j) {
            return years != null && years.size() == rows.get(0).width() ? years.get(j) + "" : "column " + (j + 1);
        }
    }

    static List<Table> of(String text) {
        List<Table> out = new ArrayList<>();
        out.addAll(lineTables(text));
        out.addAll(cellTables(text));
        out.addAll(stackedTables(text));
        out.addAll(yearStackedTables(text));
        return out;
    }

    /** A line of the text, {@code [start, end)} without its line break. */
    private record Line(int start, int end, String text) {
        /** The cell the line holds alone (one number, or a mark of a missing one), or null. */
        Cell soleCell() {
            String t = text.strip();
            return t.isEmpty() || t.indexOf(' ') >= 0 ? null : cell(t, start + text.indexOf(t));
        }
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        for (int at = 0; at <= text.length(); ) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            out.add(new Line(at, end, text.substring(at, end)));
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        return out;
    }

    // --- one cell a line, rows keyed by year: 1952 / 1270 / 37.92 / 13.32 / 24.60 / 105 / 1957 / … ---

    /** Rows by year, fewer than this, are no table. */
    private static final int MIN_YEAR_ROWS = 3;

    /**
     * A table by year whose cells each stand on a line of their own: within a run of lines of one number each, a year
     * that comes back every n + 1 lines (n ≥ 2), rising, opens a row of the n numbers after it. A number that looks
     * like a year elsewhere in the run is a cell: only the rhythm makes a year a row's label.
     */
    private static List<Table> yearStackedTables(String text) {
        List<Table> out = new ArrayList<>();
        List<Cell> run = new ArrayList<>();
        for (Line line : lines(text)) {
            Cell c = line.soleCell();
            if (c != null) {
                run.add(c);
            } else if (!line.text().isBlank()) {
                yearRows(run, text, out);
                run.clear();
            }
        }
        yearRows(run, text, out);
        return out;
    }

    private static void yearRows(List<Cell> run, String text, List<Table> out) {
        for (int first = 0; first < run.size(); first++) {
            Integer y0 = year(run.get(first));
            if (y0 == null) {
                continue;
            }
            for (int n = 2; first + n + 1 < run.size(); n++) {
                List<Row> rows = new ArrayList<>();
                int i = first;
                Integer previous = null;
                while (i + n < run.size()) {
                    Integer y = year(run.get(i));
                    if (y == null || previous != null && y <= previous) {
                        break;
                    }
                    List<Cell> cells = run.subList(i + 1, i + 1 + n);
                    Cell label = run.get(i);
                    int lineStart = text.lastIndexOf('\n', label.start()) + 1;
                    Row r = row(text, lineStart, label.start(), label.end(), false, List.copyOf(cells));
                    if (r == null || numbers(cells) < 2) {
                        break;
                    }
                    rows.add(r);
                    previous = y;
                    i += n + 1;
                }
                if (rows.size() >= MIN_YEAR_ROWS && (i >= run.size() || year(run.get(i)) == null)) {
                    out.add(new Table(List.copyOf(rows), null, unitBefore(text, rows.get(0).lineStart())));
                    first = i - 1;
                    break;
                }
            }
        }
    }

    /** The year a cell holds as a row's label (1952), or null. */
    private static Integer year(Cell c) {
        return c.value() != null && c.text().matches(YEAR_LABEL) ? Integer.valueOf(c.text()) : null;
    }

    // --- one cell a line without bars: a label's line, then a line for each of its numbers ---

    /**
     * A web table's cells each on a line of their own (地区生产总值 / 19349.31 / -5.7): a line with a label is a row
     * when lines of one number each follow it; a label followed by another label is a heading.
     */
    private static List<Table> stackedTables(String text) {
        List<Table> out = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int labelStart = -1, labelEnd = -1;
        List<Cell> cells = new ArrayList<>();
        boolean heading = false;
        for (Line line : lines(text)) {
            String t = line.text().strip();
            int at = line.start();
            int end = line.end();
            Cell number = line.soleCell();
            if (t.isEmpty()) {
                // blank lines stand between the cells of a page's table
            } else if (number != null && labelStart >= 0) {
                cells.add(number);
            } else if (number == null && LETTER.matcher(t).find() && t.length() <= MAX_LABEL && !t.contains("。")) {
                if (addStacked(rows, text, labelStart, labelEnd, cells, heading)) {
                    heading = false;
                } else if (labelStart >= 0) {
                    // a label with no numbers: a heading over the rows after it, unless indented under the row before
                    // it (地区生产总值 / 按产业分 / 第一产业 …: the way the row's parts are split)
                    int headingIndent = indent(text.substring(labelStart, labelEnd));
                    heading |= rows.isEmpty() || headingIndent <= rows.get(rows.size() - 1).indent();
                }
                labelStart = at;
                labelEnd = end;
                cells = new ArrayList<>();
            } else {
                addStacked(rows, text, labelStart, labelEnd, cells, heading);
                close(out, rows, null, text);
                labelStart = -1;
                cells = new ArrayList<>();
                heading = false;
            }
        }
        addStacked(rows, text, labelStart, labelEnd, cells, heading);
        close(out, rows, null, text);
        return out;
    }

    /** Ends the label read so far with its numbers as a row; false when there is no label or it has no cells yet. */
    private static boolean addStacked(List<Row> rows, String text, int labelStart, int labelEnd, List<Cell> cells, boolean heading) {
        if (labelStart < 0 || cells.isEmpty()) {
            return false;
        }
        if (numbers(cells) > 0) {
            Row r = row(text, labelStart, labelStart, labelEnd, heading, cells);
            if (r != null) {
                rows.add(r);
            }
        }
        return true;
    }

    // --- one row a line ---

    private static List<Table> lineTables(String text) {
        List<Table> out = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Integer> years = null;
        int gap = 0;
        boolean heading = false;
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(at, end);
            List<Integer> header = years(line);
            Row row = header == null ? lineRow(text, at, end, heading) : null;
            if (header != null) {
                close(out, rows, years, text);
                years = header;
                gap = 0;
                heading = false;
            } else if (row != null) {
                rows.add(row);
                gap = 0;
                heading = false;
            } else if (!line.isBlank() && (line.contains("。") || ++gap > MAX_GAP_LINES)) {
                close(out, rows, years, text);
                years = null;
                gap = 0;
                heading = false;
            } else if (HAN.matcher(line).find()) {
                heading = true; // not a label's English second line
            }
            at = end + 1;
        }
        close(out, rows, years, text);
        return out;
    }

    private static void close(List<Table> out, List<Row> rows, List<Integer> years, String text) {
        if (rows.size() >= 3) {
            out.add(new Table(List.copyOf(rows), years, unitBefore(text, rows.get(0).lineStart())));
        }
        rows.clear();
    }

    /** A line's numbers at its end, two at least, apart by blanks, after a label with a letter in it. */
    private static Row lineRow(String text, int from, int to, boolean afterHeading) {
        List<int[]> tokens = tokens(text, from, to);
        List<Cell> cells = new ArrayList<>();
        int k = trailingCells(text, tokens, cells);
        int numbers = numbers(cells);
        if (k < 0 && cells.size() >= 4 && cells.get(0).text().matches(YEAR_LABEL)) {
            // a row of a table by year: its label the year (1985 74160 25116 …)
            Cell year = cells.remove(0);
            return numbers < 3 ? null : row(text, from, year.start(), year.end(), afterHeading, cells);
        }
        if (numbers < 2 || k < 0) {
            return null;
        }
        int labelEnd = tokens.get(k)[1];
        return row(text, from, from, labelEnd, afterHeading, cells);
    }

    private static Row row(String text, int lineStart, int labelFrom, int labelEnd, boolean afterHeading, List<Cell> cells) {
        String raw = text.substring(labelFrom, labelEnd);
        String label = raw.strip();
        if (label.isEmpty() || label.length() > MAX_LABEL || !LETTER.matcher(label).find() && !label.matches(YEAR_LABEL)
                || label.contains("。")) {
            return null;
        }
        int indent = indent(raw);
        Matcher w = OF_WHICH.matcher(label);
        boolean ofWhich = w.find();
        if (ofWhich) {
            label = label.substring(w.end()).strip();
        }
        label = LIST_OPENING.matcher(label).replaceFirst("");
        int lineEnd = text.indexOf('\n', lineStart);
        return new Row(label.replaceAll("[\\s\\u3000]+", " "), indent, ofWhich, afterHeading, List.copyOf(cells), lineStart, text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
    }

    /**
     * The cells at the end of a row's spans (tokens of a line, or cells between bars), each stripped of blanks, into
     * {@code cells} in order; returns the index of the last span before them that is no cell (-1 when all are).
     */
    private static int trailingCells(String text, List<int[]> spans, List<Cell> cells) {
        int k = spans.size() - 1;
        for (; k >= 0; k--) {
            String raw = text.substring(spans.get(k)[0], spans.get(k)[1]);
            Cell c = cell(raw.strip(), spans.get(k)[0] + raw.length() - raw.stripLeading().length());
            if (c == null) {
                break;
            }
            cells.add(0, c);
        }
        return k;
    }

    /** How many cells hold a number (not marked missing). */
    private static int numbers(List<Cell> cells) {
        return (int) cells.stream().filter(c -> c.value() != null).count();
    }

    /**
     * Blank-separated tokens of a line, as [start, end) spans; in a line of cells between bars, a number's digits
     * grouped by single blanks (1 453, 13 578) stay one token, as a yearbook prints thousands.
     */
    private static List<int[]> tokens(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        boolean barred = text.substring(from, to).indexOf('|') >= 0;
        int i = from;
        while (i < to) {
            while (i < to && blank(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && !blank(text.charAt(i))) {
                i++;
            }
            if (barred) {
                Matcher group = GROUPED_THOUSANDS.matcher(text).region(s, to);
                if (group.lookingAt() && (group.end() == to || blank(text.charAt(group.end())))) {
                    i = group.end();
                }
            }
            if (i > s) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '|' || c == '\r';
    }

    /** A number cell, a cell marked missing (value null), or null when the token is neither. */
    private static Cell cell(String t, int start) {
        Double value = TextTables.number(t);
        if (value != null) {
            return new Cell(t, start, start + t.length(), value);
        }
        if (MISSING.matcher(t).matches()) {
            return new Cell(t, start, start + t.length(), null);
        }
        return null;
    }

    /** The years of a header line (item 2000 2004 2005 …): two or more, rising, and nothing else but a label. */
    private static List<Integer> years(String line) {
        List<Integer> out = new ArrayList<>();
        String[] parts = line.replace('|', ' ').strip().split("[\\s\\u3000]+");
        for (String p : parts) {
            String y = p.endsWith("年") ? p.substring(0, p.length() - 1) : p;
            if (y.matches("(?:19|20)\\d\\d")) {
                int v = Integer.parseInt(y);
                if (!out.isEmpty() && v <= out.get(out.size() - 1)) {
                    return null;
                }
                out.add(v);
            } else if (!out.isEmpty() || p.matches(".*\\d.*")) {
                return null;
            }
        }
        return out.size() >= 2 ? out : null;
    }

    private static int indent(String raw) {
        int n = 0;
        for (int i = 0; i < raw.length() && blank(raw.charAt(i)); i++) {
            n += raw.charAt(i) == '\u3000' ? 2 : raw.charAt(i) == '\t' ? 4 : 1;
        }
        return n;
    }

    private static String unitBefore(String text, int tableStart) {
        int from = Math.max(0, tableStart - 600);
        Matcher m = UNIT.matcher(text.substring(from, tableStart));
        String unit = null;
        while (m.find()) {
            unit = m.group(1);
        }
        return unit == null ? "" : unit.replace('％', '%');
    }

    // --- one cell a line, rows apart by blank lines ---

    private static List<Table> cellTables(String text) {
        List<Table> out = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Integer> years = null;
        int at = 0;
        while (at < text.length()) {
            int blockStart = at;
            int blockEnd = at;
            // a block: the lines up to a blank one
            while (blockEnd < text.length()) {
                int nl = text.indexOf('\n', blockEnd);
                int end = nl < 0 ? text.length() : nl;
                if (text.substring(blockEnd, end).isBlank()) {
                    break;
                }
                blockEnd = end + 1;
            }
            if (blockEnd == blockStart) {
                int nl = text.indexOf('\n', at);
                at = nl < 0 ? text.length() : nl + 1;
                continue;
            }
            int end = Math.min(blockEnd, text.length());
            String block = text.substring(blockStart, end);
            if (cellALine(block)) {
                List<Integer> header = years(block.replace('\n', ' '));
                Row row = header == null ? blockRow(text, blockStart, end) : null;
                if (header != null) {
                    close(out, rows, years, text);
                    years = header;
                } else if (row != null) {
                    rows.add(row);
                } else if (!block.replace("|", "").isBlank() && !rows.isEmpty()) {
                    close(out, rows, years, text);
                    years = null;
                }
            } else {
                close(out, rows, years, text);
                years = null;
            }
            at = blockEnd;
        }
        close(out, rows, years, text);
        return out;
    }

    /** A block of two or more lines with bars, none holding more than two (else it is a table of one row a line) nor a sentence's end. */
    private static boolean cellALine(String block) {
        if (block.indexOf('|') < 0 || block.contains("。") || block.strip().indexOf('\n') < 0) {
            return false;
        }
        for (String line : block.split("\n")) {
            if (line.chars().filter(c -> c == '|').count() > 2) {
                return false;
            }
        }
        return true;
    }

    /** A block of cells ending with |: its label is the first cell, its numbers the cells at its end. */
    private static Row blockRow(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '|') {
                spans.add(new int[] {s, i});
                s = i + 1;
            }
        }
        List<int[]> filled = spans.stream().filter(p -> !text.substring(p[0], p[1]).isBlank()).toList();
        List<Cell> cells = new ArrayList<>();
        int k = trailingCells(text, filled, cells);
        if (numbers(cells) < 2 || k < 0) {
            return null;
        }
        int[] label = filled.get(0);
        String labelRaw = text.substring(label[0], label[1]);
        // the label's indent is the one inside its cell, after the line's own margin and bar
        int lineStart = text.lastIndexOf('\n', Math.max(0, label[0] - 1)) + 1;
        String labelText = labelRaw.contains("\n") ? labelRaw.substring(labelRaw.lastIndexOf('\n') + 1) : labelRaw;
        int labelFrom = label[1] - labelText.length();
        return row(text, lineStart, labelFrom, label[1], false, cells);
    }
}
