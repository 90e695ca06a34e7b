package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.compare.TargetRule;
import org.govfacts.compare.TargetRule.Judgement;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * A table of targets and their results (表1：2014年…主要指标完成情况, with columns 指标名称, 2014年目标预期,
 * 2014年完成情况): each row's target cell against its result cell, met, missed or cannot tell by
 * {@link TargetRule}. The columns are found by the header words of {@code check_table_columns.tsv}; the
 * figures are those extraction found inside the cells, so each keeps its place in the source. A result
 * written bare (4.1%) under a target of a fall (下降3.5%) is a fall too.
 */
final class TargetTableCheck {
    private final CheckWords words;
    private final TargetRule rule;

    TargetTableCheck(CheckWords words, TargetRule rule) {
        this.words = words;
        this.rule = rule;
    }

    List<Finding> check(DocumentView d) {
        String text = d.originalText();
        if (text == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (List<TextTables.Row> rows : TextTables.of(text)) {
            TextTables.Row header = rows.get(0);
            int indicator = column(header, "indicator", null);
            int target = column(header, "target", "result");
            int result = resultColumn(d, header, rows);
            if (indicator < 0 || target < 0 || result < 0 || target == result) {
                continue;
            }
            List<RowFigures> read = new ArrayList<>();
            java.util.Set<String> resultUnits = new java.util.HashSet<>();
            for (TextTables.Row r : rows.subList(1, rows.size())) {
                int shift = mergedLeadingCells(d, r, indicator, target);
                if (shift >= 0) {
                    TextTables.Cell name = r.cell(indicator - shift);
                    RowFigures f = new RowFigures(r, name, cellFigure(d, r, r.cell(target - shift), name), r.cell(result - shift),
                            cellFigure(d, r, r.cell(result - shift), name));
                    read.add(f);
                    if (f.reached() != null && f.reached().unit() != null) {
                        resultUnits.add(f.reached().unit());
                    }
                }
            }
            for (RowFigures f : read) {
                TextTables.Cell name = f.name();
                TextTables.Cell resultCell = f.resultCell();
                Fact goal = f.goal();
                Fact reached = f.reached();
                if (reached == null && goal != null && resultUnits.size() == 1 && resultUnits.contains(goal.unit())
                        && resultCell != null && resultCell.value() != null) {
                    // 8%左右 | 9.7 where the column's other results are 16.2%, 25.6%: the bare number is in the column's unit
                    reached = resultCell.fact(d, goal.type(), goal.unit(), name.text(), null, f.row().line(), f.row().lineStart());
                }
                if (goal == null || reached == null || !sameUnit(goal, reached)) {
                    continue;
                }
                out.add(judge(name, header.cell(target), header.cell(result), goal, reached, resultCell));
            }
        }
        return out;
    }

    /** A row's name cell, its target's figure, and its result's cell and figure, its merged leading cells allowed for. */
    private record RowFigures(TextTables.Row row, TextTables.Cell name, Fact goal, TextTables.Cell resultCell, Fact reached) {
    }

    /**
     * How many leading cells of the header the row lacks: 0 where its indicator column holds a name and its target column a
     * figure; more where a cell spanning several rows (属性: 预期性) was written on the first of them only, so the row's
     * name and figures stand that many cells to the left; -1 where no shift gives a name before a target figure.
     */
    private static int mergedLeadingCells(DocumentView d, TextTables.Row r, int indicator, int target) {
        for (int shift = 0; shift <= indicator; shift++) {
            TextTables.Cell name = r.cell(indicator - shift);
            if (name != null && !name.text().isBlank() && name.value() == null && figureIn(d, name) == null
                    && cellFigure(d, r, r.cell(target - shift), name) != null) {
                return shift;
            }
        }
        return -1;
    }

    /**
     * The first header column of a result word whose rows hold a figure: 2020年预计值 before 完成情况, whose cells say 完成 in
     * words; -1 if none.
     */
    private int resultColumn(DocumentView d, TextTables.Row header, List<TextTables.Row> rows) {
        int first = -1;
        for (int j = 0; j < header.cells().size(); j++) {
            if (!hasWord(TextForms.light(header.cells().get(j).text()), "result")) {
                continue;
            }
            first = first < 0 ? j : first;
            for (TextTables.Row r : rows.subList(1, rows.size())) {
                TextTables.Cell c = r.cell(j);
                if (c != null && (c.value() != null || figureIn(d, c) != null)) {
                    return j;
                }
            }
        }
        return first;
    }

    /** A row's name stating its unit in brackets, 全区生产总值(亿元): the unit; null where it states none. */
    private static final java.util.regex.Pattern NAMED_UNIT = java.util.regex.Pattern.compile("[(（]([^()（）\\d]{1,4})[)）]\\s*$");

    /**
     * The figure extraction found in the cell; else, for a bare number (1000) in a row whose name states its unit
     * (全区生产总值(亿元)), the cell read in that unit, so that it keeps its span in the source.
     */
    private static Fact cellFigure(DocumentView d, TextTables.Row row, TextTables.Cell cell, TextTables.Cell name) {
        Fact found = figureIn(d, cell);
        if (found != null || cell == null || cell.value() == null || name == null) {
            return found;
        }
        java.util.regex.Matcher unit = NAMED_UNIT.matcher(TextForms.light(name.text()));
        if (!unit.find()) {
            return null;
        }
        String u = unit.group(1);
        FactType type = u.endsWith("元") ? FactType.MONEY : u.equals("%") ? FactType.RATIO : FactType.QUANTITY;
        return cell.fact(d, type, u, name.text(), null, row.line(), row.lineStart());
    }

    /** The first header column holding a word of {@code role} and none of {@code unless}; -1 if none. */
    private int column(TextTables.Row header, String role, String unless) {
        for (int j = 0; j < header.cells().size(); j++) {
            String h = TextForms.light(header.cells().get(j).text());
            if (hasWord(h, role) && (unless == null || !hasWord(h, unless))) {
                return j;
            }
        }
        return -1;
    }

    private boolean hasWord(String header, String role) {
        for (String[] row : words.tableColumns()) {
            if (row[1].equals(role) && header.contains(row[0])) {
                return true;
            }
        }
        return false;
    }

    /** The one numeric figure extraction found inside the cell (none, or two, gives null). */
    private static Fact figureIn(DocumentView d, TextTables.Cell cell) {
        if (cell == null) {
            return null;
        }
        Fact found = null;
        for (Placed p : d.placed()) {
            Fact f = p.fact();
            if (f.type().isNumeric() && f.value() != null && f.type() != FactType.RANKING && cell.contains(f.start(), f.end())) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    private static boolean sameUnit(Fact a, Fact b) {
        return a.unit() != null && a.unit().equals(b.unit());
    }

    private Finding judge(TextTables.Cell name, TextTables.Cell targetHead, TextTables.Cell resultHead, Fact goal, Fact reached,
                          TextTables.Cell resultCell) {
        String indicator = TextForms.light(name.text()).strip();
        double value = reached.value();
        if (goal.value() < 0 && value > 0 && CheckWords.firstIn(words.changeCues(), TextForms.light(resultCell.text())) == null) {
            value = -value; // 下降3.5% as the goal, 4.1% as the result: a fall of 4.1%
        }
        TargetRule.Direction direction = rule.direction(indicator, goal.qualifier());
        Judgement j = TargetCheck.judgeShown(goal, value, reached, direction);
        Verdict verdict = TargetCheck.verdictOf(j);
        double scale = Amounts.displayScale(goal);
        double tolerance = TargetCheck.halfRange(j);
        String message = "In the table of targets and results, “" + indicator + "”: the target " + TextForms.light(goal.text())
                + " (column “" + TextForms.light(targetHead.text()) + "”) against the result " + TextForms.light(reached.text())
                + " (column “" + TextForms.light(resultHead.text()) + "”): " + j.outcome().id().replace('_', ' ') + " — " + j.reason() + ".";
        return new Finding(FindingKind.TARGET, verdict, List.of(goal, reached), goal.value() / scale, value / scale, tolerance,
                Amounts.displayUnit(goal), message);
    }
}
