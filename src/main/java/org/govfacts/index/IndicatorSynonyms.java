package org.govfacts.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.govfacts.lexicon.IndicatorNames;
import org.govfacts.lexicon.Lexicon;

/**
 * Groups of names for one indicator (规模以上工业增加值 = 规上工业增加值), from
 * {@code dictionaries/indicator-synonyms.tsv}. Applied when a query is built, never when facts are
 * indexed, so an edit to the file counts at the next search.
 */
public final class IndicatorSynonyms {
    /** Variants kept per text, so that a text naming many grouped words cannot explode. */
    private static final int MAX_VARIANTS = 16;

    private final List<List<String>> groups;

    public IndicatorSynonyms(List<List<String>> groups) {
        List<List<String>> g = new ArrayList<>();
        for (List<String> group : groups) {
            List<String> names = group.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
            if (names.size() > 1) {
                g.add(names);
            }
        }
        this.groups = List.copyOf(g);
    }

    public static final IndicatorSynonyms NONE = new IndicatorSynonyms(List.of());

    /**
     * The groups of {@link Lexicon#indicatorNames()}, each name folded as the index folds text. Names
     * that hold only before a figure of some type (经济@growth) are left out: a search for 地区生产总值
     * must not find every indicator containing 经济.
     */
    public static IndicatorSynonyms load(Lexicon lexicon, UnaryOperator<String> fold) {
        List<List<String>> groups = new ArrayList<>();
        IndicatorNames names = lexicon.indicatorNames();
        for (List<IndicatorNames.Indicator> part : List.of(names.spellings(), names.indicators())) {
            for (IndicatorNames.Indicator ind : part) {
                groups.add(ind.plainNames().stream().map(fold).toList());
            }
        }
        return new IndicatorSynonyms(groups);
    }

    /**
     * {@code text} and the texts made from it by replacing a grouped name it contains with each
     * other name of its group; {@code text} first.
     */
    public List<String> expand(String text) {
        Set<String> out = new LinkedHashSet<>();
        out.add(text);
        for (List<String> group : groups) {
            for (String current : List.copyOf(out)) {
                for (String name : group) {
                    int at = current.indexOf(name);
                    if (at < 0 || longerNameAt(group, current, at, name)) {
                        continue;
                    }
                    for (String other : group) {
                        if (!other.equals(name) && out.size() < MAX_VARIANTS) {
                            out.add(current.substring(0, at) + other + current.substring(at + name.length()));
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** True when the name at {@code at} lies inside a longer name of the group (生产总值 in 地区生产总值). */
    private static boolean longerNameAt(List<String> group, String text, int at, String name) {
        for (String other : group) {
            if (other.length() <= name.length()) {
                continue;
            }
            for (int i = text.indexOf(other); i >= 0; i = text.indexOf(other, i + 1)) {
                if (i <= at && at + name.length() <= i + other.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<List<String>> groups() {
        return groups;
    }
}
