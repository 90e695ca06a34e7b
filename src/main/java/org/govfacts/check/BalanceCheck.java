package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.text.Clauses;

/**
 * A balance against the two flows it is the difference of: 出口7051亿美元…进口6498亿美元…顺差553亿美元 says
 * 7051 − 6498 = 553. Which balances are which differences comes from {@code dictionaries/check_balances.tsv}.
 * The flows must be the nearest earlier figures of the balance's passage (its sentence and the three before)
 * under those names, in the same unit, period, place and status; a balance whose flows are not both stated
 * is not checked.
 */
final class BalanceCheck {
    private static final int SENTENCES_BACK = 4;
    private final CheckWords words;

    BalanceCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed p : d.placed()) {
            Fact balance = p.fact();
            if (!isLevel(balance)) {
                continue;
            }
            String key = Figures.indicatorKey(balance, words);
            for (String[] row : words.balances()) {
                if (row.length < 3 || !endsWithAny(key, row[0])) {
                    continue;
                }
                if (partOfStatedBalance(p, row[0])) {
                    break;
                }
                Fact minuend = nearest(d, p, row[1], row[0]);
                Fact subtrahend = nearest(d, p, row[2], row[0]);
                if (minuend != null && subtrahend != null && minuend != subtrahend) {
                    out.add(judge(balance, minuend, subtrahend));
                }
                break;
            }
        }
        return out;
    }

    /**
     * 年终结余10.66亿元(其中…专款年终结余9.73亿元): a balance in brackets after a balance stated outside them in its sentence is
     * a part of that one, not what the flows leave.
     */
    private boolean partOfStatedBalance(Placed p, String balanceSpellings) {
        String text = p.sentence().text();
        if (Clauses.bracketDepth(text, 0, p.start()) == 0) {
            return false;
        }
        for (Placed q : p.sentence().facts()) {
            if (q.start() < p.start() && q != p && Clauses.bracketDepth(text, 0, q.start()) == 0
                    && endsWithAny(Figures.indicatorKey(q.fact(), words), balanceSpellings)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLevel(Fact f) {
        return (f.type() == FactType.MONEY || f.type() == FactType.QUANTITY) && f.value() != null && f.valueMax() == null;
    }

    /** The nearest earlier figure of the passage named as the flow, comparable with the balance. */
    private Fact nearest(DocumentView d, Placed balance, String spellings, String balanceSpellings) {
        Fact b = balance.fact();
        for (Placed q : flowsBefore(d, balance)) {
            Fact x = q.fact();
            if (!isLevel(x) || x.type() != b.type() || !Objects.equals(x.unit(), b.unit()) || !Objects.equals(x.periodNorm(), b.periodNorm())
                    || !Objects.equals(x.regionNorm(), b.regionNorm()) || !Objects.equals(x.status(), b.status())) {
                continue;
            }
            String key = Figures.indicatorKey(x, words);
            if (endsWithAny(key, spellings) && !endsWithAny(key, balanceSpellings) && !key.contains("进出口")) {
                return x;
            }
        }
        return null;
    }

    /**
     * The figures the flows are sought among, nearest first: those of the balance's passage, and when its sentence
     * goes on from the lines before (收支相抵，年终结余结转13.3亿元: check_continuation_openers.txt), those of the
     * sentences before it across the line break.
     */
    private List<Placed> flowsBefore(DocumentView d, Placed balance) {
        List<Placed> out = new ArrayList<>(d.before(balance, SENTENCES_BACK));
        if (CheckWords.at(words.continuationOpeners(), balance.sentence().text().stripLeading(), 0) == null) {
            return out;
        }
        SentenceView s = balance.sentence();
        for (int back = 1; back < SENTENCES_BACK && (s = d.sentenceBefore(s)) != null; back++) {
            if (s.passage() != balance.sentence().passage()) {
                List<Placed> facts = s.facts();
                for (int i = facts.size() - 1; i >= 0; i--) {
                    out.add(facts.get(i));
                }
            }
        }
        return out;
    }

    /** Whether {@code q} is a balance of two other figures (贸易逆差248.3亿美元: check_balances.tsv), which is no part of their total. */
    static boolean isBalance(Placed q, CheckWords words) {
        return isBalance(q.fact(), words);
    }

    /** Whether a fact's indicator ends as a balance does (check_balances.tsv's first column: 贸易顺差, 净出口 …). */
    static boolean isBalance(org.govfacts.fact.Fact f, CheckWords words) {
        String key = Figures.indicatorKey(f, words);
        return words.balances().stream().anyMatch(row -> row.length >= 3 && endsWithAny(key, row[0]));
    }

    private static boolean endsWithAny(String key, String spellings) {
        if (key == null) {
            return false;
        }
        for (String s : spellings.split("\\|")) {
            if (!s.isBlank() && key.endsWith(s.strip())) {
                return true;
            }
        }
        return false;
    }

    private static Finding judge(Fact balance, Fact minuend, Fact subtrahend) {
        Interval computed = Amounts.interval(minuend).minus(Amounts.interval(subtrahend));
        Interval said = Amounts.interval(balance);
        double scale = Amounts.displayScale(balance);
        String unit = Amounts.displayUnit(balance);
        double exact = (minuend.value() - subtrahend.value()) / scale;
        double stated = balance.value() / scale;
        double tolerance = (computed.halfWidth() + said.halfWidth()) / scale;
        String arithmetic = TextForms.light(minuend.text()) + " − " + TextForms.light(subtrahend.text()) + " = " + Amounts.format(exact) + unit;
        List<Fact> facts = List.of(minuend, subtrahend, balance);
        if (computed.meets(said)) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, exact, stated, tolerance, unit,
                    "The balance agrees with its flows: " + arithmetic + ", stated " + TextForms.light(balance.text())
                            + BreakdownCheck.tolerancePhrase(tolerance, unit) + ".");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, exact, stated, tolerance, unit,
                "The balance does not agree with its flows: " + arithmetic + ", but the text states " + TextForms.light(balance.text())
                        + BreakdownCheck.allowance(tolerance, unit) + ". Compared because a balance is by definition the one flow less the"
                        + " other, and both flows are stated just before it for the same period " + balance.periodNorm() + ", place "
                        + balance.regionNorm() + " and status " + balance.status() + ".");
    }
}
