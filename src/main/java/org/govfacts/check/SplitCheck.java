package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.fact.Fact;

/**
 * Done and remaining parts against their total: 137个工业项目 … 已开复工107项 … 剩余35项未开工
 * says 137 = 107 + 35, which it is not. The remaining part is marked by 剩余/其余/尚未 … or by
 * 未 + a status (未开工); the done part is the nearest earlier figure with that status (开复工
 * contains 开…工) or a completion word (已, 完成); the total is the nearest figure before that.
 */
final class SplitCheck {
    /** 及其他, 和其他: 其他 joined to a named category. */
    private static final java.util.regex.Pattern AND_OTHER = java.util.regex.Pattern.compile("[及和与]其?他");

    private static final int SENTENCES_BACK = 3;

    private final CheckWords words;

    SplitCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed r : d.placed()) {
            if (!Figures.isAddable(r, words)) {
                continue;
            }
            String label = r.label();
            String tail = r.tail();
            // 公路客货站场项目及其他: 其他 joined to a named category is one more category, not what is left to do
            boolean remaining = CheckWords.firstIn(words.remainingCues(), AND_OTHER.matcher(label).replaceAll("")) != null || tail.startsWith("未")
                    || tail.startsWith("尚未");
            if (!remaining || isListItem(r)) {
                continue;
            }
            String status = status(label + "|" + tail);
            Placed done = null;
            for (Placed q : d.before(r, SENTENCES_BACK)) {
                if (!Figures.isAddable(q, words) || !Figures.sameClass(q.fact(), r.fact(), words)) {
                    continue;
                }
                String ql = q.label();
                if (ql.contains("未") || CheckWords.firstIn(words.remainingCues(), ql) != null) {
                    continue;
                }
                boolean matches = status != null ? TextForms.isSubsequence(status, ql)
                        : CheckWords.firstIn(words.completionWords(), ql) != null;
                if (matches) {
                    done = q;
                    break;
                }
            }
            if (done == null) {
                continue;
            }
            // The total is the figure before the done part that the two parts add up to (在完成2016年、2017年总共182209人…的基础上:
            // a nearer larger figure of the years before is not the task); else the nearest larger one that is not itself a done
            // part (共有项目100个，已签约80个，已开工60个: 100, not 80); failing that, the nearest larger one.
            Interval sum = Amounts.interval(done.fact()).plus(Amounts.interval(r.fact()));
            Placed exact = null;
            Placed total = null;
            Placed fallback = null;
            for (Placed q : d.before(done, SENTENCES_BACK)) {
                if (Figures.isAddable(q, words) && Figures.sameClass(q.fact(), r.fact(), words)
                        && q.fact().value() > done.fact().value()) {
                    if (Amounts.interval(q.fact()).meets(sum)) {
                        exact = q;
                        break;
                    }
                    String ql = q.label();
                    if (total == null && CheckWords.firstIn(words.completionWords(), ql) == null && CheckWords.firstIn(words.statusWords(), ql) == null) {
                        total = q;
                    }
                    if (fallback == null) {
                        fallback = q;
                    }
                }
            }
            total = exact != null ? exact : total != null ? total : fallback;
            if (total != null) {
                out.add(judge(total.fact(), done.fact(), r.fact(), status));
            }
        }
        return out;
    }

    /**
     * 加返还性收入3714万元；…其他固定数额及结算补助收入20543万元；…其他一般性转移支付收入27285万元；…: a figure among four or more of
     * its kind in its sentence is an item of a list, and 其他 there names one more category, not what is left of a total.
     */
    private boolean isListItem(Placed r) {
        long kind = r.sentence().facts().stream()
                .filter(q -> Figures.isAddable(q, words) && Figures.sameClass(q.fact(), r.fact(), words)).count();
        return kind >= 4 && r.tail().isEmpty() && !r.label().contains("未") && !r.label().contains("剩");
    }

    /** The status after 未 (开工 in 未开工), or null when none is named. */
    private String status(String around) {
        for (int i = around.indexOf('未'); i >= 0; i = around.indexOf('未', i + 1)) {
            String s = CheckWords.at(words.statusWords(), around, i + 1);
            if (s == null) {
                s = CheckWords.at(words.completionWords(), around, i + 1);
            }
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static Finding judge(Fact total, Fact done, Fact remaining, String status) {
        Interval t = Amounts.interval(total);
        Interval sum = Amounts.interval(done).plus(Amounts.interval(remaining));
        double expectedRemaining = total.value() - done.value();
        double scale = Amounts.displayScale(remaining);
        String unit = Amounts.displayUnit(remaining);
        double tolerance = t.halfWidth() + sum.halfWidth();
        String what = status == null ? "done" : status;
        List<Fact> facts = List.of(total, done, remaining);
        String split = Amounts.show(total.value(), total) + " = " + Amounts.show(done.value(), done) + " " + what
                + " + " + Amounts.show(remaining.value(), remaining) + " remaining";
        if (sum.meets(t)) {
            return new Finding(FindingKind.SPLIT, Verdict.CONSISTENT, facts, expectedRemaining / scale, remaining.value() / scale,
                    tolerance / scale, unit, "The split adds up: " + split + BreakdownCheck.tolerancePhrase(tolerance / scale, unit) + ".");
        }
        return new Finding(FindingKind.SPLIT, Verdict.INCONSISTENT, facts, expectedRemaining / scale, remaining.value() / scale,
                tolerance / scale, unit, "The split does not add up: " + split + " makes "
                        + Amounts.show(done.value() + remaining.value(), total) + ", not " + Amounts.show(total.value(), total)
                        + "; the remaining part should be " + Amounts.show(expectedRemaining, remaining)
                        + BreakdownCheck.allowance(tolerance / scale, unit) + ". Compared because the remaining part is marked as such ("
                        + "剩余, 其余 or 未" + (status == null ? "" : status) + "), the done part is the nearest earlier figure of the same kind"
                        + " with that stage, and the total the nearest larger figure before it in the paragraph.");
    }
}
