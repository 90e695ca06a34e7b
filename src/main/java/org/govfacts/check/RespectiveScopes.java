package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The item of a list that a combined indicator (城乡居民人均可支配收入) speaks of in turn: in
 * 城乡居民人均可支配收入达到34446元和13094元 the first figure is the 城镇 one, the second the 农村 one
 * ({@code dictionaries/check_respective_scopes.tsv}). Without this both figures carry one indicator and
 * look like two values of one thing, so a level of one is set against a growth of the other.
 */
final class RespectiveScopes {
    /** What may stand between two items of one list: a conjunction or a list comma (和, 与, 、). */
    private static final String JOINERS = "和与及、，, 　";

    private RespectiveScopes() {
    }

    /** The indicator key of {@code p} (Figures.indicatorKey) with its item's scope: see {@link #apply}. */
    static String indicatorOf(Placed p, CheckWords w) {
        return apply(p, Figures.indicatorKey(p.fact(), w), w);
    }

    /**
     * {@code key} with its combined word replaced by the scope of {@code p}'s item; {@code key} itself when it
     * starts with no combined word; null when it does but the list does not have one figure per scope.
     */
    static String apply(Placed p, String key, CheckWords w) {
        if (key == null) {
            return null;
        }
        for (String[] row : w.respectiveScopes()) {
            if (row.length < 3 || !key.startsWith(row[0]) || key.length() == row[0].length()) {
                continue;
            }
            List<Placed> items = listOf(p, w);
            if (items.size() != row.length - 1) {
                return null;
            }
            return row[1 + items.indexOf(p)] + key.substring(row[0].length());
        }
        return key;
    }

    /** The figures of {@code p}'s kind that make one list with it: neighbours parted only by joiners. */
    static List<Placed> listOf(Placed p, CheckWords w) {
        List<Placed> same = new ArrayList<>();
        for (Placed q : p.sentence().facts()) {
            if (q.fact().type().isNumeric() && Figures.sameClass(q.fact(), p.fact(), w)) {
                same.add(q);
            }
        }
        int at = same.indexOf(p);
        int first = at;
        while (first > 0 && joined(same.get(first - 1), same.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < same.size() && joined(same.get(last), same.get(last + 1))) {
            last++;
        }
        return same.subList(first, last + 1);
    }

    private static boolean joined(Placed a, Placed b) {
        String t = a.sentence().text();
        if (a.end() > b.start()) {
            return false;
        }
        for (int i = a.end(); i < b.start(); i++) {
            if (JOINERS.indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
