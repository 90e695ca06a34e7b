package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govfacts.check.TextTables.Cell;
import org.govfacts.check.YearbookTables.Row;
import org.govfacts.check.YearbookTables.Table;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * Sums and shares in yearbook tables ({@link YearbookTables}), which extraction does not read. Which
 * rows or columns split which is not written down, so the table itself must show it: a relation is
 * taken when it holds in most of the table, and then each column or row where it does not hold is
 * inconsistent, each where it does consistent. A row or column that is a part of nothing says nothing.
 * <ul>
 * <li>Rows under a row that add up to it in at least two columns and in more columns than not (a
 *     sector's rows under its total, year by year); rows after a heading that add up to a hundred so.</li>
 * <li>Columns that add up to another column, or to a hundred, in three rows at least and three in four
 *     of them (第一产业 + 第二产业 + 第三产业 = 合计, region by region); the fewest columns that do, since
 *     a column that is itself a sum of others may stand for them.</li>
 * <li>A column that is one column over another, in per cent, so (构成 beside 生产总值); or times a power of ten
 *     (人均GDP beside GDP and 常住人口).</li>
 * </ul>
 */
final class TableSumCheck {
    /** Columns of a row tried as the parts of another, at most; more would make chance sums likely. */
    private static final int MAX_COLUMNS = 12;
    /**
     * A wider table (a yearbook's table by region, with its industries and indices: 26 columns) is tried only for
     * splits into a few columns, at most {@link #MAX_WIDE_PARTS}, so that the chance sums of many columns stay out.
     */
    private static final int MAX_WIDE_COLUMNS = 30;
    private static final int MAX_WIDE_PARTS = 4;
    /** Rows below a total tried in groups when their indents do not say which are its parts. */
    private static final int MAX_IRREGULAR_ROWS = 8;
    /** The whole of a structure that no cell states. */
    private static final Cell HUNDRED = new Cell("100", -1, -1, 100.0);

    private final List<PartitionBreakdowns.Partition> partitions;

    TableSumCheck(CheckWords words) {
        this.partitions = PartitionBreakdowns.Partition.all(words);
    }

    /** The sums of the document's tables that no finding of {@code earlier} (a bulletin's share table) already judged. */
    List<Finding> check(DocumentView d, List<Finding> earlier) {
        String text = d.originalText();
        if (text == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Table t : YearbookTables.of(text)) {
            out.addAll(rowSums(d, t));
            out.addAll(headedGroups(d, t));
            out.addAll(columnSums(d, t));
            out.addAll(sharesOfFirstRow(d, t));
        }
        out.removeIf(f -> earlier.stream().anyMatch(e -> within(f, e)));
        // a group found both under its total and as a hundred: the finding with the total says more
        List<Finding> kept = new ArrayList<>();
        for (Finding f : out) {
            if (out.stream().noneMatch(o -> o != f && o.verdict() == f.verdict() && o.facts().size() > f.facts().size() && within(f, o))) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** Whether every figure of {@code f} is one of {@code of}'s. */
    private static boolean within(Finding f, Finding of) {
        return f.facts().stream().allMatch(x -> of.involves(x.doc(), x.start(), x.end()));
    }

    // --- rows under a row ---

    private List<Finding> rowSums(DocumentView d, Table t) {
        List<Finding> out = new ArrayList<>();
        List<Row> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row total = rows.get(i);
            if (i == 0 || total.afterHeading()) {
                out.addAll(parts(d, t, null, i)); // a group that makes a hundred with no total row
            }
            if (i + 1 < rows.size()) {
                Row first = rows.get(i + 1);
                boolean listMember = first.indent() == total.indent() && i > 0 && !total.afterHeading()
                        && rows.get(i - 1).indent() == total.indent();
                // a row after a sibling is a part of a list itself: the rows at its indent after it are its siblings
                if (first.width() == total.width() && first.indent() >= total.indent() && !first.afterHeading() && !listMember) {
                    out.addAll(parts(d, t, total, i + 1));
                }
            }
        }
        return out;
    }

    /**
     * A table that opens with its total and then splits it again and again under headings (全市常住人口, then
     * 按城乡分: 城镇, 乡村; 按性别分: 男性, 女性): each headed group is a split of the first row. A column where the group
     * adds up to it is consistent; one where it misses by less than a tenth and a misprint of one figure would mend it
     * is inconsistent when another column of the group adds up (a column of growth rates adds up to nothing, and is left).
     */
    private List<Finding> headedGroups(DocumentView d, Table t) {
        List<Row> rows = t.rows();
        Row total = rows.get(0);
        List<Finding> out = new ArrayList<>();
        if (rows.size() < 3 || !rows.get(1).afterHeading()) {
            return out;
        }
        for (int from = 1; from < rows.size(); ) {
            int to = from + 1;
            while (to < rows.size() && !rows.get(to).afterHeading()) {
                to++;
            }
            List<Row> group = rows.subList(from, to);
            boolean alike = group.size() >= 2 && group.stream().allMatch(r -> r.width() == total.width() && !r.ofWhich()
                    && r.indent() == group.get(0).indent());
            if (alike) {
                List<Finding> all = rowSplit(d, t, total, group, 1);
                boolean oneAdds = all.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT);
                for (Finding f : all) {
                    if (f.verdict() == Verdict.CONSISTENT || oneAdds && nearMisprint(f)) {
                        out.add(f);
                    }
                }
            }
            from = to;
        }
        return out;
    }

    /** A sum that misses its total by less than a tenth, where a misprint of one figure would mend it. */
    private static boolean nearMisprint(Finding f) {
        return Math.abs(f.expected() - f.stated()) < 0.1 * Math.abs(f.stated()) && Plausibility.mendedByOneMisprint(f);
    }

    /**
     * A column where the first row (the total) holds 100 is each row's share of the total in per cent when, for three
     * rows at least and three in four of them, it is the row's figure over the total's in another column (比重(%) beside
     * 年末数 under 全市常住人口 … 100.00). Each row where it holds is consistent, each where it does not inconsistent.
     */
    private List<Finding> sharesOfFirstRow(DocumentView d, Table t) {
        List<Row> rows = t.rows();
        Row total = rows.get(0);
        List<Finding> out = new ArrayList<>();
        for (int stated = 0; stated < total.width(); stated++) {
            Cell hundred = total.cells().get(stated);
            if (hundred.value() == null || hundred.value() != 100.0) {
                continue;
            }
            for (int part = 0; part < total.width(); part++) {
                Cell whole = total.cells().get(part);
                if (part == stated || whole.value() == null || whole.value() <= 0) {
                    continue;
                }
                int agree = 0, disagree = 0;
                List<Row> judged = new ArrayList<>();
                for (Row r : rows.subList(1, rows.size())) {
                    Boolean is = r.width() == total.width() ? isShare(r.cells().get(part), whole, r.cells().get(stated)) : null;
                    if (is != null) {
                        judged.add(r);
                        if (is) {
                            agree++;
                        } else {
                            disagree++;
                        }
                    }
                }
                if (agree < 3 || agree < 3 * disagree) {
                    continue;
                }
                for (Row r : judged) {
                    Cell cell = r.cells().get(stated);
                    Cell of = r.cells().get(part);
                    double exact = of.value() / whole.value() * 100;
                    double tolerance = quotientInterval(of, whole, 2).halfWidth() + cell.halfStep();
                    List<Fact> facts = List.of(fact(d, of, r, null, t.unit()), fact(d, whole, total, null, t.unit()), fact(d, cell, r, null, "%"));
                    String what = "Down the table's " + t.column(part) + ", " + r.label() + " " + of.text() + " of " + total.label() + " "
                            + whole.text() + " is " + Amounts.format(exact) + "%";
                    if (isShare(of, whole, cell)) {
                        out.add(new Finding(FindingKind.SHARE, Verdict.CONSISTENT, facts, exact, cell.value(), tolerance, "%",
                                what + ", as its " + t.column(stated) + " says (" + cell.text() + ")" + BreakdownCheck.tolerancePhrase(tolerance, "%") + "."));
                    } else {
                        out.add(new Finding(FindingKind.SHARE, Verdict.INCONSISTENT, facts, exact, cell.value(), tolerance, "%",
                                what + ", not the " + cell.text() + " of its " + t.column(stated) + BreakdownCheck.allowance(tolerance, "%")
                                        + ". Compared because " + total.label() + " is 100 in that column, and in " + agree + " of its "
                                        + (agree + disagree) + " other rows the column is the row's share of it."));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The parts from row {@code from} on of {@code total}, or of a hundred when it is null: the rows at
     * the first one's indent (not 其中 items, not past a heading), the fewest that add up, else the rows
     * below taken in groups.
     */
    private List<Finding> parts(DocumentView d, Table t, Row total, int from) {
        List<Row> rows = t.rows();
        int width = rows.get(from).width();
        int level = rows.get(from).indent();
        List<Row> parts = new ArrayList<>();
        List<Row> below = new ArrayList<>();
        List<Finding> found = List.of();
        for (int j = from; j < rows.size(); j++) {
            Row r = rows.get(j);
            if (r.width() != width || r.indent() < level || j > from && r.afterHeading()) {
                break;
            }
            if (!r.ofWhich() && below.size() < MAX_IRREGULAR_ROWS) {
                below.add(r);
            }
            if (r.indent() > level || r.ofWhich() || !found.isEmpty()) {
                continue;
            }
            parts.add(r);
            if (parts.size() >= 2) {
                found = rowSplit(d, t, total, parts, 2);
            }
        }
        if (found.isEmpty()) {
            found = irregular(d, t, total, below);
        }
        if (found.isEmpty() && total != null && level > total.indent() && parts.size() >= 2) {
            found = weak(d, t, total, parts);
        }
        if (found.isEmpty() && total != null) {
            List<Row> named = partitionRows(total, rows.subList(from, rows.size()));
            if (named != null) {
                found = byDefinition(d, t, total, named);
            }
        }
        return found;
    }

    /**
     * GDP / 第一产业 / 第二产业 / 第三产业, none indented (a page's table of one cell a line): rows right after the total
     * whose labels open with every part of a split by definition of the total's (check_partitions.tsv), in order; null where
     * there are none.
     */
    private List<Row> partitionRows(Row total, List<Row> below) {
        String whole = TextForms.light(total.label());
        for (PartitionBreakdowns.Partition p : partitions) {
            if (p.whole().stream().noneMatch(w -> !w.isEmpty() && whole.contains(w)) || below.size() < p.parts().size()) {
                continue;
            }
            List<Row> rows = below.subList(0, p.parts().size());
            boolean all = true;
            for (int k = 0; k < rows.size() && all; k++) {
                String label = TextForms.light(rows.get(k).label()).strip();
                all = rows.get(k).width() == total.width() && !rows.get(k).ofWhich()
                        && p.parts().get(k).stream().anyMatch(w -> !w.isEmpty() && label.startsWith(w));
            }
            if (all) {
                return rows;
            }
        }
        return null;
    }

    /**
     * Rows that split the total by definition: a column where they add up is consistent; one where they miss by less than a
     * tenth and a misprint of one figure would mend it is inconsistent (a column of growth rates misses by far, and is left).
     */
    private List<Finding> byDefinition(DocumentView d, Table t, Row total, List<Row> parts) {
        List<Finding> out = new ArrayList<>();
        String reason = "the rows name every part of a classification that splits " + total.label()
                + " by definition (check_partitions.tsv), right after it";
        for (Finding f : rowSplit(d, t, total, parts, 0, reason)) {
            if (f.verdict() == Verdict.CONSISTENT || nearMisprint(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The rows indented under a total in a table that shows it in one column only, or beside columns that do not
     * add up (增长(%)): where they add up to it, consistent; in a table of one column, where they miss it by
     * less than a tenth and a misprint of one figure would mend it, inconsistent; else nothing.
     */
    private List<Finding> weak(DocumentView d, Table t, Row total, List<Row> parts) {
        List<Finding> all = List.of();
        for (int n = 2; n <= parts.size() && all.isEmpty(); n++) {
            all = rowSplit(d, t, total, parts.subList(0, n), 1); // the fewest rows that add up, as under a total above
        }
        if (all.isEmpty()) {
            all = rowSplit(d, t, total, parts, 0);
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            if (f.verdict() == Verdict.CONSISTENT) {
                out.add(f);
            } else if (total.width() == 1 && nearMisprint(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Parts whose labels are not indented alike (a web page's copy often shifts some): the fewest
     * rows below the total, in order, that add up to it; held to three columns at least and one
     * that does not at most, as trying many groups makes a chance sum likelier.
     */
    private List<Finding> irregular(DocumentView d, Table t, Row total, List<Row> below) {
        for (int size = 2; size <= below.size(); size++) {
            for (int mask = 1; mask < (1 << below.size()); mask++) {
                if (Integer.bitCount(mask) != size) {
                    continue;
                }
                List<Row> parts = new ArrayList<>();
                for (int j = 0; j < below.size(); j++) {
                    if ((mask & (1 << j)) != 0) {
                        parts.add(below.get(j));
                    }
                }
                List<Finding> found = rowSplit(d, t, total, parts, 3);
                if (!found.isEmpty() && found.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count() <= 1) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * Findings for each column when the parts add up to the total (a hundred when it is null) in
     * {@code least} columns and more than not, else none.
     */
    private List<Finding> rowSplit(DocumentView d, Table t, Row total, List<Row> parts, int least) {
        return rowSplit(d, t, total, parts, least, null);
    }

    /** As above, with {@code reason} (when not null) saying why the rows split the total. */
    private List<Finding> rowSplit(DocumentView d, Table t, Row total, List<Row> parts, int least, String reason) {
        int width = parts.get(0).width();
        int agree = 0, disagree = 0;
        List<Integer> columns = new ArrayList<>(); // those where every cell is there to judge
        for (int j = 0; j < width; j++) {
            List<Cell> cells = new ArrayList<>();
            for (Row p : parts) {
                cells.add(p.cells().get(j));
            }
            Cell whole = total == null ? HUNDRED : total.cells().get(j);
            Boolean adds = adds(whole, cells);
            if (Boolean.FALSE.equals(adds) && least >= 2 && !sameOrder(whole, cells)) {
                adds = null; // 第一产业 4.3 + 第二产业 12.3 + 第三产业 9.8 against GDP 10.4: a column of rates beside the amounts, no slip
            }
            if (adds != null) {
                columns.add(j);
                if (adds) {
                    agree++;
                } else {
                    disagree++;
                }
            }
        }
        if (least >= 2 ? agree < least || agree <= disagree : agree < least || columns.isEmpty()) {
            return List.of(); // (a weak reading, least 1 or 0, keeps every column for the caller to sort)
        }
        String wholeName = total == null ? "a hundred per cent" : "the row " + total.label();
        List<Finding> out = new ArrayList<>();
        for (int j : columns) {
            String year = t.years() != null && t.years().size() == width ? String.valueOf(t.years().get(j)) : null;
            List<Fact> facts = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            List<String> terms = new ArrayList<>();
            for (Row p : parts) {
                Cell c = p.cells().get(j);
                cells.add(c);
                facts.add(fact(d, c, p, year, t.unit()));
                terms.add(p.label() + " " + c.text());
            }
            Cell whole = total == null ? HUNDRED : total.cells().get(j);
            if (total != null) {
                facts.add(fact(d, whole, total, year, t.unit()));
            }
            String where = "Down the table's " + t.column(j) + ", the rows " + String.join(" + ", terms);
            String why = reason != null ? ". Compared because " + reason + "." : ". Compared because in " + agree + " of the table's "
                    + (agree + disagree) + " columns these rows add up to " + wholeName + ", so they split it.";
            out.add(finding(facts, cells, whole, t.unit(), where, wholeName, why));
        }
        return out;
    }

    // --- columns of a row ---

    private List<Finding> columnSums(DocumentView d, Table t) {
        List<Finding> out = new ArrayList<>();
        Map<Integer, List<Row>> byWidth = new TreeMap<>();
        t.rows().forEach(r -> byWidth.computeIfAbsent(r.width(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<Integer, List<Row>> g : byWidth.entrySet()) {
            int width = g.getKey();
            List<Row> rows = g.getValue();
            if (width < 3 || width > MAX_WIDE_COLUMNS || rows.size() < 3) {
                continue;
            }
            int[] masks = partMasks(width);
            for (int target = 0; target < width; target++) {
                Split s = bestSplit(rows, target, 1 << target, masks);
                if (s != null) {
                    out.addAll(columnSplit(d, t, rows, s));
                }
            }
            // structures: columns that make a hundred, each column in one at most
            int taken = 0;
            for (Split s = bestSplit(rows, -1, 0, masks); s != null; s = bestSplit(rows, -1, taken, masks)) {
                out.addAll(columnSplit(d, t, rows, s));
                taken |= s.mask();
            }
            out.addAll(quotientColumns(d, t, rows, true));
            out.addAll(quotientColumns(d, t, rows, false));
        }
        return out;
    }

    /**
     * Powers of ten a column of amounts per head may differ from the quotient of its columns by (亿元 over 万人 in 元: 10^4),
     * -8 to 8 but 2, which is a share's in per cent.
     */
    private static final int[] PER_HEAD_SCALES = java.util.stream.IntStream.rangeClosed(-8, 8).filter(k -> k != 2).toArray();
    private static final int[] SHARE_SCALE = {2};

    /**
     * A column that is one column over another in four rows at least and three in four of them: a share in per cent
     * (构成 beside 生产总值; three rows do), or an amount per head, times a power of ten (人均GDP(元) = GDP(亿元) /
     * 常住人口(万人) × 10^4). Each row where it holds is consistent, each where it does not inconsistent.
     */
    private List<Finding> quotientColumns(DocumentView d, Table t, List<Row> rows, boolean share) {
        List<Finding> out = new ArrayList<>();
        int width = rows.get(0).width();
        if (!share && (width > MAX_COLUMNS || rows.size() < 4)) {
            return out;
        }
        int least = share ? 3 : 4;
        for (int stated = 0; stated < width; stated++) {
            int bestPart = -1, bestWhole = -1, bestScale = 2, bestAgree = 0, bestDisagree = 0;
            for (int part = 0; part < width; part++) {
                for (int whole = 0; whole < width; whole++) {
                    if (part == stated || whole == stated || part == whole) {
                        continue;
                    }
                    for (int scale : share ? SHARE_SCALE : PER_HEAD_SCALES) {
                        int agree = 0, disagree = 0;
                        for (Row r : rows) {
                            Boolean is = quotient(r.cells().get(part), r.cells().get(whole), r.cells().get(stated), scale, share);
                            if (is != null) {
                                if (is) {
                                    agree++;
                                } else {
                                    disagree++;
                                }
                            }
                        }
                        if (agree >= least && agree >= 3 * disagree && agree > bestAgree) {
                            bestPart = part;
                            bestWhole = whole;
                            bestScale = scale;
                            bestAgree = agree;
                            bestDisagree = disagree;
                        }
                    }
                }
            }
            if (bestPart < 0) {
                continue;
            }
            String how = share ? "in per cent" : bestScale == 0 ? "" : "× 10^" + bestScale;
            String unit = share ? "%" : "";
            for (Row r : rows) {
                Cell part = r.cells().get(bestPart);
                Cell whole = r.cells().get(bestWhole);
                Cell cell = r.cells().get(stated);
                Boolean is = quotient(part, whole, cell, bestScale, share);
                if (is == null) {
                    continue;
                }
                double exact = part.value() / whole.value() * Math.pow(10, bestScale);
                double tolerance = quotientInterval(part, whole, bestScale).halfWidth() + cell.halfStep();
                List<Fact> facts = List.of(fact(d, part, r, null, t.unit()), fact(d, whole, r, null, t.unit()),
                        fact(d, cell, r, null, share ? "%" : t.unit()));
                String what = "Across the table's row " + r.label() + ", " + part.text() + " (" + t.column(bestPart) + ")"
                        + (share ? " of " : " over ") + whole.text() + " (" + t.column(bestWhole) + ")" + (share || how.isEmpty() ? "" : " " + how)
                        + " is " + Amounts.format(exact) + unit;
                FindingKind kind = share ? FindingKind.SHARE : FindingKind.RATE;
                if (is) {
                    out.add(new Finding(kind, Verdict.CONSISTENT, facts, exact, cell.value(), tolerance, unit,
                            what + ", as its " + t.column(stated) + " says (" + cell.text() + ")" + BreakdownCheck.tolerancePhrase(tolerance, unit) + "."));
                } else {
                    out.add(new Finding(kind, Verdict.INCONSISTENT, facts, exact, cell.value(), tolerance, unit,
                            what + ", not the " + cell.text() + " of its " + t.column(stated) + BreakdownCheck.allowance(tolerance, unit)
                                    + ". Compared because in " + bestAgree + " of the table's " + (bestAgree + bestDisagree) + " rows that column is "
                                    + t.column(bestPart) + " over " + t.column(bestWhole) + (how.isEmpty() ? "" : " " + how) + "."));
                }
            }
        }
        return out;
    }

    /** The share reading ({@link #isShare}) or the per-head one ({@link #isPerUnit}). */
    private static Boolean quotient(Cell part, Cell whole, Cell stated, int scale, boolean share) {
        return share ? isShare(part, whole, stated) : isPerUnit(part, whole, stated, scale);
    }

    /** Whether {@code per} is {@code amount} over {@code base} times 10^scale within rounding; null when a cell is missing or not above zero. */
    private static Boolean isPerUnit(Cell amount, Cell base, Cell per, int scale) {
        if (amount.value() == null || base.value() == null || per.value() == null || amount.value() <= 0 || base.value() <= 0
                || per.value() <= 0) {
            return null;
        }
        return quotientInterval(amount, base, scale).meets(per.interval());
    }

    private static Interval quotientInterval(Cell part, Cell whole, int scale) {
        return part.interval().over(whole.interval()).times(Math.pow(10, scale));
    }

    /** Columns {@code mask} that add up to column {@code target} (a hundred when -1), in {@code agree} rows and not in {@code disagree}. */
    private record Split(int target, int mask, int agree, int disagree) {
    }

    /** The fewest columns of {@code masks}, none of {@code excluded}, that add up to the target in three rows at least and three in four. */
    private static Split bestSplit(List<Row> rows, int target, int excluded, int[] masks) {
        Split best = null;
        for (int mask : masks) {
            if ((mask & excluded) != 0) {
                continue;
            }
            int agree = 0, disagree = 0;
            for (Row r : rows) {
                Boolean adds = adds(target < 0 ? HUNDRED : r.cells().get(target), columns(r, mask));
                if (adds != null) {
                    if (adds) {
                        agree++;
                    } else {
                        disagree++;
                    }
                }
            }
            if (agree >= 3 && agree >= 3 * disagree && (best == null || Integer.bitCount(mask) < Integer.bitCount(best.mask())
                    || Integer.bitCount(mask) == Integer.bitCount(best.mask()) && agree > best.agree())) {
                best = new Split(target, mask, agree, disagree);
            }
        }
        return best;
    }

    /** The sets of columns tried as parts: any two or more of a table up to MAX_COLUMNS wide, else two to MAX_WIDE_PARTS. */
    private static int[] partMasks(int width) {
        int most = width <= MAX_COLUMNS ? width : MAX_WIDE_PARTS;
        List<Integer> masks = new ArrayList<>();
        for (int size = 2; size <= most; size++) {
            addCombinations(masks, width, size, 0, 0);
        }
        return masks.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void addCombinations(List<Integer> out, int width, int size, int from, int mask) {
        if (size == 0) {
            out.add(mask);
            return;
        }
        for (int c = from; c <= width - size; c++) {
            addCombinations(out, width, size - 1, c + 1, mask | 1 << c);
        }
    }

    private List<Finding> columnSplit(DocumentView d, Table t, List<Row> rows, Split s) {
        List<Finding> out = new ArrayList<>();
        String wholeName = s.target() < 0 ? "a hundred per cent" : "its " + t.column(s.target());
        for (Row r : rows) {
            List<Cell> cells = columns(r, s.mask());
            Cell whole = s.target() < 0 ? HUNDRED : r.cells().get(s.target());
            Boolean adds = adds(whole, cells);
            if (adds == null) {
                continue;
            }
            List<Fact> facts = new ArrayList<>();
            List<String> terms = new ArrayList<>();
            for (Cell c : cells) {
                facts.add(fact(d, c, r, null, t.unit()));
                terms.add(c.text());
            }
            if (s.target() >= 0) {
                facts.add(fact(d, whole, r, null, t.unit()));
            }
            String where = "Across the table's row " + r.label() + ", the columns " + columnNames(s.mask()) + ": " + String.join(" + ", terms);
            String why = ". Compared because in " + s.agree() + " of the table's " + (s.agree() + s.disagree()) + " rows these columns add up to "
                    + wholeName + ", so they split it.";
            out.add(finding(facts, cells, whole, t.unit(), where, wholeName, why));
        }
        return out;
    }

    /** Whether {@code share} is {@code part} over {@code whole} in per cent within rounding; null when a cell is missing or it cannot be a share. */
    private static Boolean isShare(Cell part, Cell whole, Cell share) {
        if (part.value() == null || whole.value() == null || share.value() == null || whole.value() <= 0 || part.value() <= 0
                || share.value() <= 0 || share.value() > 100 || part.value() > whole.value()) {
            return null;
        }
        return quotientInterval(part, whole, 2).meets(share.interval());
    }

    private static String columnNames(int mask) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < 32; j++) {
            if ((mask & (1 << j)) != 0) {
                names.add(String.valueOf(j + 1));
            }
        }
        return String.join(", ", names);
    }

    private static List<Cell> columns(Row r, int mask) {
        List<Cell> out = new ArrayList<>();
        for (int j = 0; j < r.width(); j++) {
            if ((mask & (1 << j)) != 0) {
                out.add(r.cells().get(j));
            }
        }
        return out;
    }

    // --- shared ---

    /** A cell's rounding: half its last digit; none for the hundred of a structure. */
    private static double slack(Cell c) {
        return c == HUNDRED ? 0 : c.halfStep();
    }

    /**
     * How far the parts' sum may be from the whole by rounding alone: half the last digit of each cell, or of the digit
     * before it when every cell ends in a zero after two decimals or more (a table that pads 5.1 to 5.10 rounded it to
     * one decimal: 5.10 + 69.50 + 25.30 = 99.90 is a hundred).
     */
    private static double rounding(Cell whole, List<Cell> parts) {
        boolean padded = parts.stream().allMatch(TableSumCheck::paddedWithZero) && (whole == HUNDRED || paddedWithZero(whole));
        double tolerance = slack(whole) * (padded ? 10 : 1);
        for (Cell c : parts) {
            tolerance += c.halfStep() * (padded ? 10 : 1);
        }
        return tolerance;
    }

    private static boolean paddedWithZero(Cell c) {
        return c.decimals() >= 2 && c.text().endsWith("0");
    }

    /** Whether the parts add up to the whole within rounding; null when a cell is missing or the whole is zero. */
    private static Boolean adds(Cell whole, List<Cell> parts) {
        if (whole.value() == null || whole.value() == 0) {
            return null;
        }
        if (parts.stream().anyMatch(c -> c.value() == null)) {
            return null;
        }
        return Math.abs(sum(parts) - whole.value()) <= rounding(whole, parts) + 1e-9;
    }

    /** Whether the parts' sum is within half and twice the whole: a slip of one figure seldom moves a sum further. */
    private static boolean sameOrder(Cell whole, List<Cell> parts) {
        double ratio = sum(parts) / whole.value();
        return ratio >= 0.5 && ratio <= 2;
    }

    /** The sum of cells that all hold a value. */
    private static double sum(List<Cell> cells) {
        double sum = 0;
        for (Cell c : cells) {
            sum += c.value();
        }
        return sum;
    }

    /** The finding on parts found to add up, or not, to their whole (each a cell with its value; see {@link #adds}). */
    private static Finding finding(List<Fact> facts, List<Cell> parts, Cell whole, String unit, String where, String wholeName, String why) {
        double sum = sum(parts), tolerance = rounding(whole, parts);
        String what = where + " = " + Amounts.format(sum) + unit;
        String stated = whole == HUNDRED ? wholeName : wholeName + " " + whole.text() + unit;
        if (Boolean.TRUE.equals(adds(whole, parts))) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, sum, whole.value(), tolerance, unit,
                    what + ", " + stated + BreakdownCheck.tolerancePhrase(tolerance, unit) + ".");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, sum, whole.value(), tolerance, unit,
                what + ", not " + stated + BreakdownCheck.allowance(tolerance, unit) + why);
    }

    private static Fact fact(DocumentView d, Cell c, Row r, String year, String unit) {
        return c.fact(d, "%".equals(unit) ? FactType.RATIO : FactType.QUANTITY, unit, r.label(), year, r.line(), r.lineStart());
    }
}
