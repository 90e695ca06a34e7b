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
 */
final class ChangeDirectionCheck {
    /** What may follow the verb before the second level: 了, 到/至/为, a year and 的 (提高到2023年的79%). */
    private static final Pattern AFTER_VERB = Pattern.compile("^了?(?:到|至|为)?(?:(?:[0-9]{4}年|今年|去年|上年|本年|年末|年底)(?:末|底)?的?)?$");

    private final Map<String, String> directions;

    ChangeDirectionCheck(CheckWords words) {
        this.directions = words.changeDirections();
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (SentenceView s : d.sentences()) {
            List<Placed> facts = s.facts();
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
