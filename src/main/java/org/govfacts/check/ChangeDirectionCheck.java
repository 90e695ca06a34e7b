package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * A change between two stated levels moves the way its verb says: 比重由76.9%提高到74% is inconsistent, as 74 < 76.9. Only a
 * change the wrong way is reported: that a level rose as 提高 says is no finding a reader needs (and the pair is often a
 * trap, two levels whose stated rate is of another basis). The first figure starts the change (由 or 从 before it), the second
 * follows it with only the verb between (check_change_directions.tsv: 提高, 下降, 收窄 …, then 了, 到 or 至 and at most a
 * year: 提高到2023年的79%), of the same type and unit; neither may be a bound (以上, 左右). A growth rate's change is read
 * only between rates that carry no sign (增速由8.1%回落到5.2%) or, for a verb of size (收窄, 扩大), by their sizes, as the
 * sign a fall's rate carries (降幅由5.2%收窄至3.1%) is not the direction of the change. Equal levels say nothing.
 *
 * <p>A figure set above or below another its sentence states right after it (涨幅略高于上年的1.5%, comparison-words.tsv;
 * 較…的1,969億元低) is judged both ways: the comparison names the other figure outright, so its agreeing is worth showing too.
 */
final class ChangeDirectionCheck {
    /** What may follow the verb before the second level: 了, 到/至/为, a year and 的 (提高到2023年的79%). */
    private static final Pattern AFTER_VERB = Pattern.compile("^了?(?:到|至|为)?(?:(?:[0-9]{4}年|今年|去年|上年|本年|年末|年底)(?:末|底)?的?)?$");

    private final Map<String, String> directions;

    /** The comparison words that say which side the first figure stands (above, below), as one alternation. */
    private final Pattern outranks;

    /** Where the first figure stands after each of those words: above or below. */
    private final Map<String, String> sides;

    /** After the first figure: 较/比 and whose figure it is, 的 (較二○○四/○五年度的1,969億元低; check_comparison_frames.tsv). */
    private final Pattern compared;

    /** Right after the second figure: the way the first stands from it (低, 高, 少, 多), a degree word before it. */
    private final Pattern comparedAfter;

    /** The side words after the second figure that set the first above it (高, 多). */
    private final List<String> higher;

    /** Measures that are the size of a fall (降幅): both figures are compared by size. */
    private final List<String> falls;

    ChangeDirectionCheck(CheckWords words) {
        this.directions = words.changeDirections();
        this.sides = new java.util.LinkedHashMap<>();
        words.comparisonWords().forEach((w, side) -> {
            if (side.equals("above") || side.equals("below")) {
                sides.put(w, side); // 好于, 优于: better by what the indicator counts as better, which way the figures do not say
            }
        });
        this.outranks = Pattern.compile("[，,]?(?:" + anyOf(words.comparisonFrame("measure")) + ")?(?:"
                + anyOf(words.comparisonFrame("adverb")) + ")?(" + anyOf(List.copyOf(sides.keySet())) + ")([^，,；;。：:、]{0,12})的");
        this.compared = Pattern.compile("[，,]?(?:" + anyOf(words.comparisonFrame("than")) + ")([^，,；;。：:、]{1,14})的");
        this.higher = words.comparisonFrame("higher");
        this.comparedAfter = Pattern.compile("^(?:" + anyOf(words.comparisonFrame("after")) + ")?("
                + anyOf(java.util.stream.Stream.concat(higher.stream(), words.comparisonFrame("lower").stream()).toList()) + ")");
        this.falls = words.comparisonFrame("fall");
    }

    /** The words as one alternation, longest first; one that never matches when there are none. */
    private static String anyOf(List<String> words) {
        return words.isEmpty() ? "(?!)" : CheckWords.alternation(words);
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (SentenceView s : d.sentences()) {
            List<Placed> facts = s.facts();
            for (int i = 0; i + 1 < facts.size(); i++) {
                Finding f = comparative(s, facts.get(i), facts.get(i + 1));
                if (f != null) {
                    out.add(f);
                }
            }
            for (int i = 0; i + 1 < facts.size(); i++) {
                Placed from = facts.get(i);
                Placed to = facts.get(i + 1);
                if (!Figures.startsAChange(from) || to.start() < from.end() || !comparable(from.fact(), to.fact())) {
                    continue;
                }
                String verb = verbBetween(s.text().substring(from.end(), to.start()));
                if (verb == null) {
                    continue;
                }
                Finding f = judge(from.fact(), to.fact(), verb, directions.get(verb));
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static boolean comparable(Fact a, Fact b) {
        return a.type() == b.type() && a.type().isNumeric() && a.value() != null && b.value() != null
                && a.qualifier() == null && b.qualifier() == null && Objects.equals(a.unit(), b.unit());
    }

    /**
     * 同比上涨1.8%，涨幅略高于上年的1.5%; 1,947億元，較二○○四/○五年度的1,969億元低: a figure set above or below another its
     * sentence states right after it. The words between the two are at most a measure word and an adverb (涨幅, 略), and the
     * other figure is introduced by 高于/低于/快于/慢于 and the words of whose it is, ending in 的 (高于全国平均水平的6.5%: not
     * 高于全省6.5%, which may be a gap), or stands between 较/比 …的 and 低/高 after it.
     */
    private Finding comparative(SentenceView s, Placed a, Placed b) {
        if (b.start() < a.end() || !comparable(a.fact(), b.fact())) {
            return null;
        }
        String text = s.text();
        String between = text.substring(a.end(), b.start());
        java.util.regex.Matcher m = outranks.matcher(between);
        boolean above;
        String how;
        String words;
        if (m.matches()) {
            above = sides.get(m.group(1)).equals("above");
            how = m.group(1) + " … 的";
            words = m.group(2);
        } else {
            java.util.regex.Matcher c = compared.matcher(between);
            java.util.regex.Matcher after = comparedAfter.matcher(text.substring(b.end(), Math.min(text.length(), b.end() + 3)));
            if (!c.matches() || !after.lookingAt()) {
                return null;
            }
            above = higher.contains(after.group(1));
            how = "较 … 的 … " + after.group(1);
            words = c.group(1);
        }
        if (words.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        if (a.fact().basis() == org.govfacts.fact.Basis.VS_BENCHMARK) {
            return null; // 高于全省1.2个百分点，低于全国的…: a gap, not a level
        }
        double x = a.fact().value();
        // 低于全省平均水平的1.5%: the extractor may sign the benchmark's own level as a gap below it
        double y = b.fact().basis() == org.govfacts.fact.Basis.VS_BENCHMARK ? Math.abs(b.fact().value()) : b.fact().value();
        if (falls.stream().anyMatch(between::contains)) {
            x = Math.abs(x); // 下降2.1%，降幅低于全省的3.5%: the sizes of two falls
            y = Math.abs(y);
        } else if (x < 0 || y < 0) {
            return null; // a fall set against a rise is read by its words, not checked here
        }
        if (x == y) {
            return null;
        }
        boolean holds = above == (x > y);
        String measure = a.fact().indicator() == null ? "the figure" : "“" + TextForms.light(a.fact().indicator()) + "”";
        String message = holds
                ? measure + " " + TextForms.light(a.fact().text()) + " is " + (above ? "above " : "below ")
                        + TextForms.light(b.fact().text()) + ", as the text says."
                : measure + " " + TextForms.light(a.fact().text()) + " is " + (above ? "below " : "above ")
                        + TextForms.light(b.fact().text()) + ", but the text sets it " + (above ? "above" : "below") + " it.";
        return new Finding(FindingKind.GROWTH, holds ? Verdict.CONSISTENT : Verdict.INCONSISTENT, List.of(a.fact(), b.fact()), null,
                b.fact().value(), 0.0, b.fact().unit(), message + " Compared because the sentence sets the first figure against"
                + " the second (" + how + "), of one type and unit,"
                + " with no other figure between them.");
    }

    /** The direction verb that, with what may follow it, makes up {@code between}; null when the words are others. */
    private String verbBetween(String between) {
        String bare = TextForms.bare(between);
        for (String verb : directions.keySet()) { // longest first
            if (bare.startsWith(verb) && AFTER_VERB.matcher(bare.substring(verb.length())).matches()) {
                return verb;
            }
        }
        return null;
    }

    /** The finding when the change moves against its verb, else null. */
    private static Finding judge(Fact from, Fact to, String verb, String direction) {
        boolean size = direction.equals("wider") || direction.equals("narrower");
        double a = from.value();
        double b = to.value();
        if (from.type() == FactType.GROWTH && !size && (a < 0 || b < 0)) {
            return null; // 由下降2.1%提高到增长3.5%: a signed rate's change is read by the words, not checked here
        }
        if (size) {
            a = Math.abs(a);
            b = Math.abs(b);
        }
        if (a == b) {
            return null;
        }
        boolean rises = b > a;
        boolean says = direction.equals("up") || direction.equals("wider");
        if (rises == says) {
            return null;
        }
        String moved = size ? (rises ? "wider" : "narrower") : (rises ? "a rise" : "a fall");
        String told = size ? direction : says ? "a rise" : "a fall";
        String measure = from.indicator() == null ? "the level" : "“" + TextForms.light(from.indicator()) + "”";
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, List.of(from, to), null, to.value(), 0.0, to.unit(),
                measure + " goes from " + TextForms.light(from.text()) + " to " + TextForms.light(to.text()) + ", " + moved
                        + ", but the text calls it " + told + " (" + verb + "). Compared because the two figures are the two ends"
                        + " of one change (由/从 … " + verb + " …), of one type and unit.");
    }
}
