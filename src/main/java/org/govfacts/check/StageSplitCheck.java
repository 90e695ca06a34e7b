package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Fact;

/**
 * A year's list of projects split by two stages that make it up together ({@code dictionaries/
 * check_stage_splits.tsv}: 续建 and 新开工), stated in clauses or paragraphs of their own rather than
 * as a list: 500个重点项目累计完成投资2315亿元 … 326个续建项目累计完成投资2028亿元 … 174个计划新开工项目
 * …累计完成投资286亿元 says 326 + 174 = 500 and 2028 + 286 = 2315. The total is a count of projects
 * whose words name no stage; each stage's count is the first after it in the report whose words name
 * that stage, for the same resolved period; the investment of each is the first amount after its count
 * in the same clause chain (no semicolon or full stop between) with one indicator for all three.
 * Stage counts that are parts of a list (按阶段划分，46个投产项目…；136个续建项目…；21个新开工项目) are
 * left to the list, which may name a third stage. A further stage the file names after the two (预备, 前期) and
 * the text counts after the total joins the sum (续建项目102个、计划新开工项目34个、预备项目30个 of 166). Stages short
 * of the total say nothing for sure: a list also holds projects at stages the text does not count; more than the
 * total is an error.
 */
final class StageSplitCheck {
    private static final int PARAGRAPHS = 3;

    private final CheckWords words;
    /** The rows of check_stage_splits.tsv, each stage by its spellings, split once. */
    private final List<String[][]> stageRows;

    StageSplitCheck(CheckWords words) {
        this.words = words;
        this.stageRows = words.stageSplits().stream()
                .map(row -> java.util.Arrays.stream(row).map(c -> c.split("\\|")).toArray(String[][]::new)).toList();
    }

    List<Finding> check(DocumentView d, List<Breakdown> breakdowns) {
        java.util.Map<Placed, Placed> totalOfPart = Breakdown.totalsOfParts(breakdowns);
        List<Finding> out = new ArrayList<>();
        List<Placed> all = d.placed();
        for (String[][] stageWords : stageRows) {
            for (int i = 0; i < all.size(); i++) {
                Placed total = all.get(i);
                if (!isProjectCount(total) || stageOf(total, stageWords) >= 0 || namesAnyStage(total)) {
                    continue;
                }
                Placed[] stages = new Placed[stageWords.length];
                for (int j = i + 1; j < all.size() && all.get(j).passage() - total.passage() < PARAGRAPHS; j++) {
                    Placed q = all.get(j);
                    int s = stageOf(q, stageWords);
                    if (s < 0 && isProjectCount(q) && !namesAnyStage(q) && Figures.sameClass(q.fact(), total.fact(), words)) {
                        if (totalOfPart.get(q) == total) {
                            continue; // 166个，其中省上重点推进的82个…84个: the list split another way, before its stages
                        }
                        break; // 124个市工业重点项目: another list begins, and its stages are not this one's
                    }
                    if (s >= 0 && stages[s] == null && isProjectCount(q) && Figures.sameClass(q.fact(), total.fact(), words)
                            && Objects.equals(q.fact().periodNorm(), total.fact().periodNorm())) {
                        stages[s] = q;
                    }
                }
                if (stages[0] == null || stages[1] == null) {
                    continue;
                }
                List<Placed> counted = java.util.Arrays.stream(stages).filter(Objects::nonNull).toList();
                if (counted.stream().anyMatch(totalOfPart::containsKey)) {
                    break; // parts of a list (按阶段划分：投产…；续建…；新开工…), which may name more stages: the list is checked as such
                }
                List<String> names = new ArrayList<>();
                for (int k = 0; k < stages.length; k++) {
                    if (stages[k] != null) {
                        names.add(stageWords[k][0]);
                    }
                }
                out.add(judge(counted, total, names, "projects"));
                Placed totalAmount = amountAfter(total);
                List<Placed> amounts = counted.stream().map(this::amountAfter).toList();
                String key = totalAmount == null || amounts.contains(null) ? null
                        : commonEnding(java.util.stream.Stream.concat(java.util.stream.Stream.of(totalAmount), amounts.stream())
                                .map(a -> Figures.indicatorKey(a.fact(), words)).toArray(String[]::new));
                if (key != null && amounts.stream().allMatch(a -> Figures.sameClass(a.fact(), totalAmount.fact(), words))) {
                    out.add(judge(amounts, totalAmount, names, "projects' " + key));
                }
                break; // one total a row: the first list the report states
            }
        }
        return out;
    }

    /**
     * The indicator the three amounts share: the shortest of their keys, when the others end with it
     * (重点项目累计完成投资, 续建项目累计完成投资, 完成投资: 完成投资); else null.
     */
    private static String commonEnding(String... keys) {
        String shortest = null;
        for (String k : keys) {
            if (k == null) {
                return null;
            }
            if (shortest == null || k.length() < shortest.length()) {
                shortest = k;
            }
        }
        for (String k : keys) {
            if (!k.endsWith(shortest)) {
                return null;
            }
        }
        return shortest.length() >= 2 ? shortest : null;
    }

    private boolean isProjectCount(Placed p) {
        return Figures.isAddable(p, words) && Figures.unitClass(p.fact(), words).startsWith("count:")
                && (p.label() + "|" + p.tail()).contains("项目") && p.fact().value() > 0;
    }

    /** Which of the row's stages (each by its spellings) the figure's words name, or -1 for none or more than one. */
    private static int stageOf(Placed p, String[][] stages) {
        String around = p.label() + "|" + p.tail();
        int found = -1;
        for (int k = 0; k < stages.length; k++) {
            if (java.util.Arrays.stream(stages[k]).anyMatch(around::contains)) {
                if (found >= 0) {
                    return -1;
                }
                found = k;
            }
        }
        return found;
    }

    private boolean namesAnyStage(Placed p) {
        return CheckWords.firstIn(words.statusWords(), p.label() + "|" + p.tail()) != null;
    }

    /** The first amount after a count in its sentence, with no semicolon or full stop between. */
    private Placed amountAfter(Placed count) {
        String text = count.sentence().text();
        for (Placed q : count.sentence().facts()) {
            if (q.start() >= count.end() && Figures.isAddable(q, words) && !Figures.sameClass(q.fact(), count.fact(), words)) {
                String between = text.substring(Math.min(count.end(), text.length()), Math.min(q.start(), text.length()));
                return org.govfacts.text.Clauses.breaksGroup(between) ? null : q;
            }
        }
        return null;
    }

    private static Finding judge(List<Placed> parts, Placed total, List<String> stages, String what) {
        Fact t = total.fact();
        List<Fact> ps = parts.stream().map(Placed::fact).toList();
        double ulp = BreakdownCheck.finestRounding(t, ps);
        Interval stated = Amounts.interval(t, Amounts.ulp(t) == 0 ? 0 : ulp);
        Interval sum = Interval.point(0);
        double exact = 0;
        for (Fact p : ps) {
            sum = sum.plus(Amounts.interval(p, Amounts.ulp(p) == 0 ? 0 : ulp));
            exact += p.value();
        }
        double scale = Amounts.displayScale(t);
        String unit = Amounts.displayUnit(t);
        double tolerance = (stated.halfWidth() + sum.halfWidth()) / scale;
        List<Fact> facts = new ArrayList<>(ps);
        facts.add(t);
        StringBuilder sumShown = new StringBuilder();
        for (int k = 0; k < ps.size(); k++) {
            sumShown.append(k > 0 ? " + " : "").append(Amounts.show(ps.get(k).value(), t)).append(' ').append(stages.get(k));
        }
        String terms = sumShown + " = " + Amounts.show(exact, t);
        String named = String.join(stages.size() > 2 ? ", " : " and ", stages);
        if (sum.meets(stated)) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, exact / scale, t.value() / scale, tolerance, unit,
                    "The " + named + " " + what + " make up the list: " + terms + ", the stated "
                            + Amounts.show(t.value(), t) + BreakdownCheck.tolerancePhrase(tolerance, unit) + ".");
        }
        if (sum.hi() < stated.lo()) {
            // 71项续建 + 78项新开工 of 175: a list also holds projects at stages the text does not count here (前期, 预备, 竣工)
            return new Finding(FindingKind.SUM, Verdict.CANNOT_TELL, facts, exact / scale, t.value() / scale, tolerance, unit,
                    "The " + named + " " + what + " come to " + terms + ", short of the stated "
                            + Amounts.show(t.value(), t) + ": the rest may be at stages the text does not count here (前期, 预备, 竣工).");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, exact / scale, t.value() / scale, tolerance, unit,
                "The " + named + " " + what + " do not make up the list: " + terms + ", more than the stated "
                        + Amounts.show(t.value(), t) + BreakdownCheck.allowance(tolerance, unit) + ". Compared because every project of a"
                        + " year's list is at one stage at most (" + String.join(" or ", stages) + "), and these are the first counts of each"
                        + " stated after the list's total, for the same period.");
    }
}
