package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Fact;

/**
 * The shares of a complete split against the levels of its parts and its whole, stated in the same report for the same
 * place and period: 第一产业增加值105.2亿元…第三产业增加值1529.2亿元 and 地区生产总值2787.4亿元, then 三次产业增加值占地区生产总值的
 * 比重分别为3.8%、41.4%和54.8% says 1529.2 / 2787.4 = 54.86%. A part's level is the one amount of the report whose indicator
 * is the part's name and a value word of its line of check_partitions.tsv (第三产业增加值); the whole's is the one amount named
 * by a name of the line's whole (地区生产总值, GDP), in the same unit. A part or the whole with no level, or with two that
 * differ, leaves the split unchecked. Bulletins round the shares so that they add up to 100: where they do, a share off by
 * that last digit alone is not called wrong.
 */
final class PartitionLevelsCheck {
    private final CheckWords words;

    PartitionLevelsCheck(CheckWords words) {
        this.words = words;
    }

    /**
     * @param row    the split's line of check_partitions.tsv: whole names, parts, value words
     * @param shares the share of each part, in the order of the line
     * @param shareWords the words the shares are stated under, after the part's name (增加值占地区生产总值的比重)
     */
    List<Finding> check(DocumentView d, String[] row, List<Placed> shares, String shareWords) {
        if (shareWords == null || shareWords.contains("贡献") || !(shareWords.contains("比重") || shareWords.contains("占"))) {
            return List.of(); // 对经济的贡献率: a part's share of the growth, not of the level
        }
        String named = PartitionShareCheck.whole(shareWords);
        String[] wholes = row[0].split("\\|");
        if (named != null && java.util.Arrays.stream(wholes).noneMatch(w -> TextForms.bare(named).contains(w))) {
            return List.of(); // 占全国的比重: a share of another whole than the split's
        }
        Fact first = shares.get(0).fact();
        Fact whole = level(d, first, wholes, new String[] {""});
        if (whole == null) {
            return List.of();
        }
        String[] parts = row[1].split("\\s+");
        String[] valueWords = row.length > 2 ? row[2].split("\\|", -1) : new String[] {""};
        List<Fact> levels = new ArrayList<>();
        for (String part : parts) {
            Fact level = level(d, first, part.split("\\|"), valueWords);
            if (level == null || !Figures.sameClass(level, whole, words) || level.value() >= whole.value()) {
                return List.of();
            }
            levels.add(level);
        }
        double shareSum = shares.stream().mapToDouble(p -> p.fact().value()).sum();
        boolean forcedTo100 = Math.abs(shareSum - 100) < 1e-6;
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            out.addAll(judge(levels.get(i), whole, shares.get(i).fact(), forcedTo100));
        }
        return out;
    }

    private static List<Finding> judge(Fact part, Fact whole, Fact share, boolean forcedTo100) {
        Interval implied = Amounts.interval(part).over(Amounts.interval(whole)).times(100);
        Interval stated = Amounts.interval(share);
        double exact = part.value() / whole.value() * 100;
        double tolerance = implied.halfWidth() + stated.halfWidth();
        String arithmetic = Amounts.show(part.value(), part) + " of " + Amounts.show(whole.value(), whole) + " is "
                + Amounts.format(exact) + "%";
        List<Fact> facts = List.of(part, whole, share);
        if (implied.meets(stated)) {
            return List.of(new Finding(FindingKind.SHARE, Verdict.CONSISTENT, facts, exact, share.value(), tolerance, "%",
                    arithmetic + ", as the stated share " + TextForms.light(share.text()) + " says"
                            + BreakdownCheck.tolerancePhrase(tolerance, "%") + "."));
        }
        double lastDigit = 2 * stated.halfWidth();
        if (forcedTo100 && implied.meets(new Interval(stated.lo() - lastDigit, stated.hi() + lastDigit))) {
            return List.of(); // 54.8 for 54.86: the shares add up to 100, so one was rounded to make them
        }
        return List.of(new Finding(FindingKind.SHARE, Verdict.INCONSISTENT, facts, exact, share.value(), tolerance, "%",
                "The share " + TextForms.light(share.text()) + " does not agree with the levels: " + arithmetic
                        + BreakdownCheck.allowance(tolerance, "%") + ". Compared because the shares split “"
                        + TextForms.light(whole.indicator()) + "” completely (check_partitions.tsv) and the report states the level of"
                        + " each part and of the whole for the same place and period (" + share.regionNorm() + ", " + share.periodNorm() + ")."));
    }

    /**
     * The one amount of the report, of the share's place, period and status, whose indicator is one of {@code names}
     * followed by one of {@code valueWords}; null when there is none or several that differ.
     */
    private Fact level(DocumentView d, Fact share, String[] names, String[] valueWords) {
        Fact found = null;
        for (Placed p : d.placed()) {
            Fact f = p.fact();
            if (!Figures.isAmount(f) || f.basis() != null || f.qualifier() != null || f.value() == null || f.value() <= 0
                    || f.indicator() == null || share.periodNorm() == null || !share.periodNorm().equals(f.periodNorm())
                    || !Objects.equals(share.regionNorm(), f.regionNorm()) || share.status() != f.status()) {
                continue;
            }
            if (!named(Figures.indicatorKey(f, words), names, valueWords)) {
                continue;
            }
            if (found != null && !found.value().equals(f.value())) {
                return null; // two levels: which one the share is of cannot be told
            }
            found = found == null ? f : found;
        }
        return found;
    }

    /** Whether an indicator key is a name and a value word (第三产业增加值), or a name of one indicator with it (GDP). */
    private boolean named(String key, String[] names, String[] valueWords) {
        if (key == null) {
            return false;
        }
        for (String n : names) {
            String name = n.strip();
            for (String v : valueWords) {
                if (!name.isEmpty() && key.equals(name + v.strip())) {
                    return true;
                }
            }
            if (!name.isEmpty() && words.knowsIndicator(name) && words.knowsIndicator(key) && words.canonical(key).equals(words.canonical(name))) {
                return true;
            }
        }
        return false;
    }
}
