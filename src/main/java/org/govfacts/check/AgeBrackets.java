package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age brackets that split a population completely: 0—14岁, 15—64岁, 65岁及以上 follow one another from birth to the open
 * top, each starting the year after the one before ends. A bracket inside another (15—64岁…，其中15—59岁…) is passed over,
 * and every complete chain of a sentence counts (0—14, 15—64, 65及以上 and 0—14, 15—59, 60及以上). Read by the share check
 * (the brackets' shares make 100%) and the level check (their levels make the population).
 */
final class AgeBrackets {
    /** An age bracket opening a figure's words: 0-15岁, 16-59岁, 60岁及以上, 15岁以下. */
    private static final Pattern AGE_BRACKET = Pattern.compile(
            "^(\\d{1,3})(?:[-—–~～至到](\\d{1,3})(?:周)?岁|(?:周)?岁(及以上|以上|以下|及以下))");

    /** The fewest brackets a chain needs: two (60岁以下, 60岁及以上) may be a contrast, not the whole split. */
    private static final int MIN_CHAIN = 3;

    private AgeBrackets() {
    }

    /** One bracket: the figure, the bracket's words, the age it starts at, the age the next starts at, and what follows the bracket. */
    record Bracket(Placed figure, String name, int from, int next, boolean top, String rest) {}

    /** The bracket opening {@code words} (a figure's indicator key), or null. */
    static Bracket of(Placed p, String words) {
        Matcher m = AGE_BRACKET.matcher(words);
        if (!m.find()) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        String open = m.group(3);
        boolean below = open != null && open.endsWith("以下");
        int next = open == null ? Integer.parseInt(m.group(2)) + 1 : below ? (open.startsWith("及") ? from + 1 : from) : -1;
        return new Bracket(p, m.group(), below ? 0 : from, next, open != null && !below, words.substring(m.end()));
    }

    /** Every complete chain among one sentence's brackets, in their order. */
    static List<List<Bracket>> chains(List<Bracket> brackets) {
        List<List<Bracket>> out = new ArrayList<>();
        chains(brackets, 0, 0, new ArrayList<>(), out);
        return out;
    }

    private static void chains(List<Bracket> brackets, int from, int age, List<Bracket> chain, List<List<Bracket>> out) {
        for (int i = from; i < brackets.size(); i++) {
            Bracket b = brackets.get(i);
            if (b.from() != age) {
                continue;
            }
            chain.add(b);
            if (b.top()) {
                if (chain.size() >= MIN_CHAIN) {
                    out.add(List.copyOf(chain));
                }
            } else {
                chains(brackets, i + 1, b.next(), chain, out);
            }
            chain.remove(chain.size() - 1);
        }
    }
}
