package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.check.TextTables.Cell;

/**
 * Tables of statistical bulletins, as text (one row a line, cells between |), whose figures
 * extraction does not take: an amount column with its unit in the header (年末数(人)) and a share
 * column (比重(%)) whose total row says 100.
 * <ul>
 * <li>Each row's share is its amount over the total row's;</li>
 * <li>the rows after 其中 whose stated shares add up to 100 split the total, so their amounts must
 *     add up to it.</li>
 * </ul>
 * Without a share column which rows split which is not written down (a 其中 row may be a part of the
 * row above it or of the total), so such tables are left alone.
 */
final class TableCheck {
    private static final Pattern UNIT = Pattern.compile("[(（]([^()（）]{1,6})[)）]\\s*$");
    private static final Pattern SUB_ITEMS = Pattern.compile("^\\s*其中\\s*[:：]?\\s*");

    private record Row(String label, boolean opensGroup, List<Cell> cells, int lineStart, String line) {
    }

    List<Finding> check(DocumentView d) {
        String text = d.originalText();
        if (text == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (List<TextTables.Row> rows : TextTables.of(text)) {
            out.addAll(table(d, rows.stream().map(TableCheck::row).toList()));
        }
        return out;
    }

    /** A row with its label (the first cell) and whether it opens a group of parts (其中). */
    private static Row row(TextTables.Row r) {
        String label = TextForms.light(r.cells().get(0).text());
        Matcher m = SUB_ITEMS.matcher(label);
        boolean opens = m.find();
        return new Row(opens ? label.substring(m.end()) : label, opens, r.cells(), r.lineStart(), r.line());
    }

    private List<Finding> table(DocumentView d, List<Row> rows) {
        if (rows.size() < 3) {
            return List.of();
        }
        Row header = rows.get(0);
        int amountColumn = -1;
        int shareColumn = -1;
        String unit = null;
        for (int j = 1; j < header.cells().size(); j++) {
            String h = TextForms.light(header.cells().get(j).text());
            Matcher u = UNIT.matcher(h);
            if (!u.find()) {
                continue;
            }
            String hu = u.group(1).strip();
            boolean percent = hu.equals("%") || hu.equals("％");
            if (percent && shareColumn < 0 && (h.contains("比重") || h.contains("构成") || h.startsWith("占"))) {
                shareColumn = j;
            } else if (!percent && amountColumn < 0) {
                amountColumn = j;
                unit = hu;
            }
        }
        if (amountColumn < 0 || shareColumn < 0) {
            return List.of();
        }
        // a unit with a multiplier (万元, 亿元, 万人): whole numbers in it are rounded, not exact
        boolean rounded = unit.matches(".*[十百千万亿].*");
        List<Row> data = rows.subList(1, rows.size());
        int totalIndex = -1;
        for (int i = 0; i < data.size(); i++) {
            Cell s = cell(data.get(i), shareColumn);
            if (s != null && s.value() != null && Math.abs(s.value() - 100) < 1e-9 && cell(data.get(i), amountColumn) != null
                    && cell(data.get(i), amountColumn).value() != null) {
                totalIndex = i;
                break;
            }
        }
        if (totalIndex < 0) {
            return List.of();
        }
        Row totalRow = data.get(totalIndex);
        Cell total = cell(totalRow, amountColumn);
        if (total.value() <= 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Fact totalFact = fact(d, total, totalRow, unit, FactType.QUANTITY);
        for (int i = totalIndex + 1; i < data.size(); i++) {
            Row r = data.get(i);
            Cell a = cell(r, amountColumn);
            Cell s = cell(r, shareColumn);
            if (a != null && a.value() != null && s != null && s.value() != null) {
                out.add(share(d, r, a, s, totalRow, total, totalFact, unit, rounded));
            }
        }
        for (int i = totalIndex + 1; i < data.size(); i++) {
            if (!data.get(i).opensGroup()) {
                continue;
            }
            Finding f = split(d, data, i, amountColumn, shareColumn, totalRow, total, totalFact, unit, rounded);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static Cell cell(Row r, int column) {
        return column < r.cells().size() ? r.cells().get(column) : null;
    }

    private static Finding share(DocumentView d, Row r, Cell amount, Cell share, Row totalRow, Cell total, Fact totalFact, String unit,
                                 boolean rounded) {
        double exact = amount.value() / total.value() * 100;
        Interval computed = interval(amount, rounded).over(interval(total, rounded)).times(100);
        Interval stated = share.interval();
        double tolerance = computed.halfWidth() + share.halfStep();
        List<Fact> facts = List.of(totalFact, fact(d, amount, r, unit, FactType.QUANTITY), fact(d, share, r, "%", FactType.RATIO));
        String what = "In the table, " + r.label() + " " + amount.text() + unit + " of " + totalRow.label() + " " + total.text() + unit
                + " is " + Amounts.format(exact) + "%";
        if (computed.meets(stated)) {
            return new Finding(FindingKind.SHARE, Verdict.CONSISTENT, facts, exact, share.value(), tolerance, "%",
                    what + ", as its share " + share.text() + "% says" + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
        }
        return new Finding(FindingKind.SHARE, Verdict.INCONSISTENT, facts, exact, share.value(), tolerance, "%",
                what + ", not the " + share.text() + "% its share column says" + BreakdownCheck.allowance(tolerance, "%")
                        + ". Compared because the share column's total row (" + totalRow.label() + ", 100%) is the base of every share in it.");
    }

    /** The rows from a 其中 row on whose shares add up to 100 (the fewest, at least two): a split of the total. */
    private static Finding split(DocumentView d, List<Row> data, int from, int amountColumn, int shareColumn, Row totalRow, Cell total,
                                 Fact totalFact, String unit, boolean rounded) {
        List<Row> parts = new ArrayList<>();
        double shares = 0;
        double slack = 0;
        for (int i = from; i < data.size() && (i == from || !data.get(i).opensGroup()); i++) {
            Row r = data.get(i);
            Cell a = cell(r, amountColumn);
            Cell s = cell(r, shareColumn);
            if (a == null || a.value() == null || s == null || s.value() == null) {
                return null;
            }
            parts.add(r);
            shares += s.value();
            slack += s.halfStep();
            if (parts.size() >= 2 && Math.abs(shares - 100) <= slack + 1e-9) {
                return sum(d, parts, amountColumn, totalRow, total, totalFact, unit, rounded);
            }
        }
        return null;
    }

    private static Finding sum(DocumentView d, List<Row> parts, int amountColumn, Row totalRow, Cell total, Fact totalFact, String unit,
                               boolean rounded) {
        Interval sum = Interval.point(0);
        double exact = 0;
        List<Fact> facts = new ArrayList<>(List.of(totalFact));
        List<String> terms = new ArrayList<>();
        for (Row r : parts) {
            Cell a = cell(r, amountColumn);
            sum = sum.plus(interval(a, rounded));
            exact += a.value();
            facts.add(fact(d, a, r, unit, FactType.QUANTITY));
            terms.add(r.label() + " " + a.text());
        }
        Interval stated = interval(total, rounded);
        double tolerance = sum.halfWidth() + stated.halfWidth();
        String what = "In the table, the rows " + String.join(" + ", terms) + " = " + Amounts.format(exact) + unit;
        if (sum.meets(stated)) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, exact, total.value(), tolerance, unit,
                    what + ", the total " + totalRow.label() + " " + total.text() + unit + BreakdownCheck.tolerancePhrase(tolerance, unit) + ".");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, exact, total.value(), tolerance, unit,
                what + ", not the total " + totalRow.label() + " " + total.text() + unit + BreakdownCheck.allowance(tolerance, unit)
                        + ". Compared because the rows follow 其中 and their shares in the table add up to 100%, so they split the total.");
    }

    /** A table amount: exact when a whole number of a unit without 万/亿 (人, 个), else to its last digit. */
    private static Interval interval(Cell c, boolean rounded) {
        double half = c.decimals() == 0 && !rounded ? 0 : c.halfStep();
        return new Interval(c.value() - half, c.value() + half);
    }

    private static Fact fact(DocumentView d, Cell c, Row r, String unit, FactType type) {
        return c.fact(d, type, unit, r.label(), null, r.line(), r.lineStart());
    }
}
