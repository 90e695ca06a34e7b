package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;

/**
 * 全省常住人口中，0—14岁人口为1203.8万人…；15—64岁人口为4275.3万人…；65岁及以上人口为886.8万人: the levels of a complete
 * chain of age brackets ({@link AgeBrackets}) in one sentence add up to the population they split, the nearest earlier
 * level of their kind whose words end with what the brackets count (人口), for the same period and place. Brackets
 * stated in different units (3990.1人 among 万人: a unit dropped in print) are left alone.
 */
final class AgeLevelsCheck {
    /** How many paragraphs back the population may stand (a bulletin's total, then its paragraphs by city, by sex, by age). */
    private static final int TOTAL_PASSAGES = 8;

    private final CheckWords words;

    AgeLevelsCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        List<Placed> all = d.placed();
        Map<Integer, List<AgeBrackets.Bracket>> bySentence = new LinkedHashMap<>();
        for (Placed p : all) {
            if (Figures.isAddable(p, words) && p.fact().basis() != Basis.CHANGE && p.fact().qualifier() == null) {
                String key = Figures.indicatorKey(p.fact(), words);
                AgeBrackets.Bracket b = key == null ? null : AgeBrackets.of(p, key);
                if (b != null && !b.rest().isEmpty()) {
                    bySentence.computeIfAbsent(p.fact().sentenceStart(), k -> new ArrayList<>()).add(b);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<AgeBrackets.Bracket> brackets : bySentence.values()) {
            for (List<AgeBrackets.Bracket> chain : AgeBrackets.chains(brackets)) {
                Fact first = chain.get(0).figure().fact();
                boolean oneUnit = chain.stream().allMatch(b -> Amounts.displayScale(b.figure().fact()) == Amounts.displayScale(first)
                        && Figures.sameClass(b.figure().fact(), first, words));
                Placed total = oneUnit ? total(all, chain) : null;
                if (total != null) {
                    out.add(sum(total, chain));
                }
            }
        }
        return out;
    }

    /** 全省常住人口中，: the whole a sentence opens by naming, its figures being within it. */
    private static final java.util.regex.Pattern WITHIN = java.util.regex.Pattern.compile("(\\p{IsHan}{2,12})中[，,：:]");

    /** How far the brackets' sum may stand from a level for that level to be their population at all (1 in 20). */
    private static final double SAME_SIZE = 0.05;

    /**
     * The population the chain splits: the nearest earlier level of its kind, not itself a bracket, whose words end with
     * the whole the sentence opens with (全省常住人口中) or, without one, with what the brackets count (人口), and of about the
     * size of their sum (女性人口 or 乡村人口 is not it).
     */
    private Placed total(List<Placed> all, List<AgeBrackets.Bracket> chain) {
        Placed first = chain.get(0).figure();
        String text = first.sentence().text();
        java.util.regex.Matcher opener = WITHIN.matcher(text.substring(0, Math.min(first.start(), text.length())));
        String whole = null;
        while (opener.find()) {
            whole = Figures.cutPrefixes(TextForms.bare(opener.group(1)), words);
        }
        String named = whole != null && !whole.isEmpty() ? whole : chain.get(0).rest();
        double sum = chain.stream().mapToDouble(b -> b.figure().fact().value()).sum();
        for (int j = all.indexOf(first) - 1; j >= 0; j--) {
            Placed q = all.get(j);
            if (first.passage() - q.passage() > TOTAL_PASSAGES) {
                return null;
            }
            Fact t = q.fact();
            if (!Figures.isAddable(q, words) || t.basis() == Basis.CHANGE || !Figures.sameClass(t, first.fact(), words)
                    || t.qualifier() != null || t.value() == null || t.value() <= 0) {
                continue;
            }
            String key = Figures.indicatorKey(t, words);
            if (key == null || AgeBrackets.of(q, key) != null || !key.endsWith(named) || Math.abs(sum - t.value()) > SAME_SIZE * t.value()) {
                continue;
            }
            Fact f = first.fact();
            boolean sameFrame = Objects.equals(t.periodNorm(), f.periodNorm()) && Objects.equals(t.regionNorm(), f.regionNorm())
                    && Objects.equals(Measure.statusOf(t), Measure.statusOf(f));
            return sameFrame ? q : null;
        }
        return null;
    }

    private Finding sum(Placed total, List<AgeBrackets.Bracket> chain) {
        Fact t = total.fact();
        Interval sum = Interval.point(0);
        double exact = 0;
        List<Fact> facts = new ArrayList<>();
        facts.add(t);
        List<String> terms = new ArrayList<>();
        for (AgeBrackets.Bracket b : chain) {
            Fact f = b.figure().fact();
            sum = sum.plus(Amounts.interval(f));
            exact += f.value();
            facts.add(f);
            terms.add(b.name() + " " + Amounts.show(f.value(), t));
        }
        Interval stated = Amounts.interval(t);
        double tolerance = sum.halfWidth() + stated.halfWidth();
        String parts = "The levels of the age brackets " + String.join(" + ", terms) + " = " + Amounts.show(exact, t);
        if (sum.meets(stated)) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, exact, t.value(), tolerance, t.unit(),
                    parts + " make the stated " + Amounts.show(t.value(), t) + BreakdownCheck.tolerancePhrase(tolerance, t.unit()) + ".");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, exact, t.value(), tolerance, t.unit(),
                parts + ", not the stated " + Amounts.show(t.value(), t) + BreakdownCheck.allowance(tolerance, t.unit())
                        + ". Compared because the brackets follow one another from birth to the open top, so they split the"
                        + " population completely, and the population is the nearest earlier figure of their kind naming what they"
                        + " count, for the same period and place.");
    }
}
