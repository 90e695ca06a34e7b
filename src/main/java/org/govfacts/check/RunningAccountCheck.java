package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.normalize.ScriptFolding;
import org.govfacts.text.Clauses;

/**
 * A budget's running account: 一般公共预算收入633.8亿元。加上级转移支付等收入116.3亿元，上年结余57.5亿元，减调出资金等8亿元，
 * 预算总收入804.2亿元 says 633.8 + 116.3 + 57.5 − 8 = 804.2. The clauses of the account open with a word that adds or
 * deducts ({@code check_running_accounts.tsv}); a clause that opens with none goes on as the one before it did. The
 * account starts at the figure its first adding clause follows (the level the sentence before states, past a sentence
 * of 其中 parts) and ends at the next figure whose words name a total (总收入, 支出总计). An account with a figure
 * of another kind of amount, a change (增加5亿元) or another total inside it is not checked.
 */
final class RunningAccountCheck {
    /** How many sentences before the total's the account may begin in. */
    private static final int SENTENCES_BACK = 3;
    private final CheckWords words;
    private final RunningAccountWords account;

    RunningAccountCheck(CheckWords words) {
        this.words = words;
        this.account = words.runningAccounts();
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed total : d.placed()) {
            String totalWord = account.totalIn(total.label());
            if (totalWord == null || !isLevel(total)) {
                continue;
            }
            Finding f = judge(total, totalWord);
            if (f != null) {
                out.add(f);
            }
        }
        for (Placed spending : d.placed()) {
            Finding f = balanced(d, spending);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** How many sentences back from the words of balancing its two totals may stand (income, spending, their accounts). */
    private static final int BALANCED_BACK = 3;

    /** The sentence after {@code f}'s in the original text, in simplified script (a sentence with no figure has no view). */
    private static String nextSentence(DocumentView d, Fact f) {
        String original = d.originalText();
        int from = Math.min(original.length(), f.sentenceStart() + f.sentence().length());
        int end = original.indexOf('。', from);
        end = end < 0 || end - from > 80 ? Math.min(original.length(), from + 80) : end + 1;
        return ScriptFolding.fold(original.substring(from, end));
    }

    /**
     * 收入总量为2457396万元…支出总量为2457396万元。全区一般公共预算收支执行平衡: words that say the account balances
     * (check_running_accounts.tsv, balanced) right after its total spending, in its sentence or the next, say it equals the
     * total income stated before it (in its sentence or the three before).
     */
    private Finding balanced(DocumentView d, Placed spending) {
        String spendingWord = account.totalIn(spending.label());
        if (spendingWord == null || !spendingWord.contains("支出") || !isLevel(spending)) {
            return null;
        }
        String window = spending.sentence().text().substring(spending.end()) + nextSentence(d, spending.fact());
        RunningAccountWords.Span said = account.balancedIn(window);
        if (said == null) {
            return null;
        }
        Placed income = null;
        for (Placed q : d.before(spending, BALANCED_BACK)) {
            String word = account.totalIn(q.label());
            if (word != null && !word.contains("支出") && isLevel(q)) {
                income = q;
                break;
            }
        }
        if (income == null || !levelLike(income, spending.fact()) || !sameScope(income.fact(), spending.fact())) {
            return null;
        }
        String quoted = "“" + window.substring(said.start(), said.end()) + "”";
        Fact a = income.fact();
        Fact b = spending.fact();
        double scale = Amounts.displayScale(a);
        String unit = Amounts.displayUnit(a);
        Interval ia = Amounts.interval(a);
        Interval ib = Amounts.interval(b);
        double tolerance = (ia.halfWidth() + ib.halfWidth()) / scale;
        List<Fact> facts = List.of(a, b);
        if (ia.meets(ib)) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, a.value() / scale, b.value() / scale, tolerance, unit,
                    "The account balances as the text says (" + quoted + "): total income " + TextForms.light(a.text())
                            + " and total spending " + TextForms.light(b.text()) + BreakdownCheck.tolerancePhrase(tolerance, unit) + ".");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, a.value() / scale, b.value() / scale, tolerance, unit,
                "The account does not balance though the text says it does (" + quoted + "): total income " + TextForms.light(a.text())
                        + " against total spending " + TextForms.light(b.text()) + BreakdownCheck.allowance(tolerance, unit)
                        + ". Compared because both are the account's totals (" + account.totalIn(income.label()) + ", "
                        + account.totalIn(spending.label()) + "), stated just before the words that say they balance, for the same"
                        + " period and place.");
    }

    private boolean isLevel(Placed p) {
        Fact f = p.fact();
        return Figures.isAddable(p, words) && f.valueMax() == null && f.basis() != Basis.CHANGE && f.qualifier() == null;
    }

    /** An item of the account with the sign of its clause. */
    private record Item(Placed figure, int sign) {
    }

    private Finding judge(Placed total, String totalWord) {
        // the items, walking back from the total to the clause that opens the account with an adding word
        List<Item> items = new ArrayList<>();
        SentenceView s = total.sentence();
        int limit = total.start();
        Item first = null;
        for (int back = 0; s != null && back < SENTENCES_BACK && first == null; back++, s = s.previous()) {
            List<Placed> facts = s.facts();
            for (int i = facts.size() - 1; i >= 0; i--) {
                Placed q = facts.get(i);
                if (q == total || q.start() >= limit || !statedAmount(q)) {
                    continue;
                }
                if (!levelLike(q, total.fact()) || account.totalIn(q.label()) != null) {
                    return null; // another kind of figure, a change or another total inside the account
                }
                int sign = clauseSign(q);
                items.add(0, new Item(q, sign));
                if (sign > 0 && !anyOpenerBefore(q)) {
                    // the opening clause: its 、 list (加税收返还22.18亿元、上年结余3.18亿元…) holds the first item
                    String t = s.text();
                    int opening = Clauses.start(t, q.start());
                    for (int j = i - 1; j >= 0 && facts.get(j).start() >= opening; j--) {
                        Placed e = facts.get(j);
                        if (statedAmount(e)) {
                            if (!levelLike(e, total.fact())) {
                                return null;
                            }
                            items.add(0, new Item(e, sign));
                        }
                    }
                    first = items.get(0);
                    break;
                }
            }
            limit = Integer.MAX_VALUE;
        }
        if (first == null) {
            return null;
        }
        // every clause without its own word goes on from an earlier one of its sentence
        int sign = 0;
        SentenceView current = null;
        List<Item> signed = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        Item previous = null;
        for (Item it : items) {
            if (it.figure().sentence() != current) {
                current = it.figure().sentence();
                if (it.sign() == 0) {
                    return null; // a new sentence that neither adds nor deducts is no part of the account
                }
            }
            if (it.sign() != 0) {
                sign = it.sign();
            }
            signed.add(new Item(it.figure(), sign));
            roles.add(roleOf(previous, roles.isEmpty() ? Role.OWN : roles.get(roles.size() - 1), it));
            previous = it;
        }
        Placed base = base(first.figure());
        if (base == null || !sameScope(base.fact(), total.fact()) || !account.sameFlow(base.label(), totalWord)) {
            return null;
        }
        if (!roles.contains(Role.LISTED_PART)) {
            return verdict(base, signed, total);
        }
        // 加上转移性收入361934万元，其中，上级补助收入322821万元、调入资金6960万元，债务收入47060万元: the parts after 其中
        // are in the item before them; whether the clauses after the parts go on with them or with the account, the text
        // does not say, so the account is read both ways and holds if either adds up
        Finding listedOnly = verdict(base, without(signed, roles, java.util.Set.of(Role.LISTED_PART)), total);
        if (listedOnly.verdict() == Verdict.CONSISTENT || !roles.contains(Role.AFTER_PARTS)) {
            return listedOnly;
        }
        Finding allParts = verdict(base, without(signed, roles, java.util.Set.of(Role.LISTED_PART, Role.AFTER_PARTS)), total);
        return allParts.verdict() == Verdict.CONSISTENT ? allParts : listedOnly;
    }

    /** What an item is to the account. */
    private enum Role {
        /** One of its own items. */
        OWN,
        /** A part of the item before, in the 、 list after 其中. */
        LISTED_PART,
        /** An item in a clause after such parts that opens with no adding or deducting word: a part, or the account's own. */
        AFTER_PARTS
    }

    /** The role of {@code it}, given the item before it and that item's role. */
    private Role roleOf(Item previous, Role previousRole, Item it) {
        Placed q = it.figure();
        String t = q.sentence().text();
        boolean sameSentence = previous != null && previous.figure().sentence() == q.sentence();
        int from = sameSentence ? previous.figure().end() : 0;
        for (int i = from; i < q.start(); i++) {
            if ((i == 0 || Clauses.endsClause(t.charAt(i - 1))) && words.opensWithBreakdownCue(t.substring(i, q.start()))) {
                return Role.LISTED_PART;
            }
        }
        if (sameSentence && Clauses.start(t, q.start()) <= from) {
            return previousRole; // in the same clause as the item before: 、 and 和 go on with it
        }
        if (it.sign() != 0) {
            return Role.OWN;
        }
        return previousRole == Role.OWN ? Role.OWN : Role.AFTER_PARTS;
    }

    /** The items less those whose role is dropped. */
    private static List<Item> without(List<Item> items, List<Role> roles, java.util.Set<Role> dropped) {
        List<Item> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!dropped.contains(roles.get(i))) {
                kept.add(items.get(i));
            }
        }
        return kept;
    }

    /** +1 or −1 when the figure's clause opens with an adding or deducting word, else 0. */
    private int clauseSign(Placed q) {
        String t = q.sentence().text();
        int at = Clauses.start(t, q.start());
        while (at < q.start() && Character.isWhitespace(t.charAt(at))) {
            at++; // 再加, 另加 and 再减 are words of the file of their own
        }
        return account.signAt(t, at);
    }

    /** Whether a clause of the figure's sentence before its own opens with an adding or deducting word. */
    private boolean anyOpenerBefore(Placed q) {
        String t = q.sentence().text();
        int own = Clauses.start(t, q.start());
        for (int i = 0; i < own; i++) {
            if ((i == 0 || Clauses.endsClause(t.charAt(i - 1))) && account.signAt(t, i) != 0) {
                return true;
            }
        }
        return false;
    }

    /** An amount of the running text: one inside brackets (上级补助收入20亿元(其中一般性转移支付15亿元)) is an aside. */
    private static boolean statedAmount(Placed q) {
        return Figures.isAmount(q.fact()) && Clauses.bracketDepth(q.sentence().text(), 0, q.start()) == 0;
    }

    /** A level (no change, range or bound) that adds with {@code like}. */
    private boolean levelLike(Placed q, Fact like) {
        return isLevel(q) && Figures.sameClass(q.fact(), like, words);
    }

    /**
     * The level the account starts from: the figure just before its first clause in that sentence, or, when the
     * account opens a sentence, the first figure of the sentence before (past a sentence of 其中 parts).
     */
    private Placed base(Placed first) {
        SentenceView s = first.sentence();
        Placed before = null;
        for (Placed q : s.facts()) {
            if (q.start() >= first.start()) {
                break;
            }
            if (statedAmount(q)) {
                before = q;
            }
        }
        if (before != null) {
            return levelLike(before, first.fact()) && !opensWithCue(before) ? before : null;
        }
        for (SentenceView p = s.previous(); p != null; p = p.previous()) {
            if (words.opensWithBreakdownCue(p.text())) {
                continue; // 其中，税收收入515.4亿元: parts of the level, stated between it and the account
            }
            for (Placed q : p.facts()) {
                if (statedAmount(q)) {
                    return levelLike(q, first.fact()) ? q : null;
                }
            }
            return null;
        }
        return null;
    }

    /** Whether the figure's clause opens a list of parts (其中，税收收入…). */
    private boolean opensWithCue(Placed q) {
        String t = q.sentence().text();
        return words.opensWithBreakdownCue(t.substring(Clauses.start(t, q.start())));
    }

    private static boolean sameScope(Fact a, Fact b) {
        return (a.periodNorm() == null || b.periodNorm() == null || Objects.equals(a.periodNorm(), b.periodNorm()))
                && (a.regionNorm() == null || b.regionNorm() == null || Objects.equals(a.regionNorm(), b.regionNorm()));
    }

    private static Finding verdict(Placed base, List<Item> items, Placed total) {
        Fact t = total.fact();
        Interval computed = Amounts.interval(base.fact());
        double exact = base.fact().value();
        double scale = Amounts.displayScale(t);
        String unit = Amounts.displayUnit(t);
        StringBuilder arithmetic = new StringBuilder(Amounts.format(exact / scale));
        List<Fact> facts = new ArrayList<>();
        facts.add(base.fact());
        for (Item it : items) {
            Fact f = it.figure().fact();
            facts.add(f);
            computed = it.sign() > 0 ? computed.plus(Amounts.interval(f)) : computed.minus(Amounts.interval(f));
            exact += it.sign() * f.value();
            arithmetic.append(it.sign() > 0 ? " + " : " − ").append(Amounts.format(f.value() / scale));
        }
        facts.add(t);
        Interval said = Amounts.interval(t);
        double tolerance = computed.halfWidth() + said.halfWidth();
        arithmetic.append(" = ").append(Amounts.format(exact / scale)).append(unit);
        if (computed.meets(said)) {
            return BreakdownCheck.finding(Verdict.CONSISTENT, facts, exact, t, tolerance,
                    "The account adds up to its stated total " + TextForms.light(t.text()) + ": " + arithmetic
                            + BreakdownCheck.tolerancePhrase(tolerance / scale, unit) + ".");
        }
        return BreakdownCheck.finding(Verdict.INCONSISTENT, facts, exact, t, tolerance,
                "The account does not add up to its stated total " + TextForms.light(t.text()) + ": " + arithmetic
                        + BreakdownCheck.allowance(tolerance / scale, unit) + ". Compared because the clauses between "
                        + TextForms.light(base.fact().text()) + " and the total each open with a word that adds to it or takes from it"
                        + " (加…, 减…, 扣除…), and the total's words name it the account's total; period " + t.periodNorm() + ", place "
                        + t.regionNorm() + ".");
    }
}
