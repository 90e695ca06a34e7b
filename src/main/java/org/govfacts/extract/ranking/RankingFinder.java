package org.govfacts.extract.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FactFinder;
import org.govfacts.extract.FoundFact;
import org.govfacts.extract.numeral.ChineseNumerals;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;

/**
 * Positions in a ranking: 居全省第1位, 位居省辖市第四, 增速全省第四, 均居全省前二位 (top 2),
 * 位居全省第一方阵前列 / 市直单位前列 (no number), and a second position sharing the first's
 * scope (位居省辖市第五、第七). A 第N followed by a measure word (全省第十三期) names a round, not
 * a position, and is left alone. Only horizontal blanks may stand between the parts of a
 * ranking: a line break ends the sentence, and a fact never reaches over its sentence's end.
 */
public final class RankingFinder implements FactFinder {
    private static final String NUM = "(?:\\d+|[一二两三四五六七八九十]+)";
    private final Pattern rank;
    private final Pattern next = Pattern.compile("^、\\h*(第\\h*(" + NUM + ")(?:\\h*(?:位|名))?)");
    /** 从全球第11位跃升至第7位: a move within the ranking named just before. */
    private final Pattern moved = Pattern.compile("(?:跃升至|提升至|上升至|升至|前移至|跃居|下降至|降至|后移至)\\h*(第\\h*(" + NUM + ")(?:\\h*(?:位|名))?)");

    public RankingFinder(Lexicon lexicon) {
        List<String> scopes = new ArrayList<>(lexicon.words("scopes"));
        scopes.sort(Comparator.comparingInt(String::length).reversed());
        String scope = "(" + String.join("|", scopes.stream().map(Pattern::quote).toList()) + ")";
        this.rank = Pattern.compile(
                "(?:位居|位列|名列|居于|稳居|均居|居|排名|排在|排|列|位于|处于|保持|进入|跻身|进)?\\h*" + scope
                        + "(?:各地市|各市|城市)?(?:排名|排位|排序)?\\h*(?:"
                        + "(?<word>第一方阵前列|第一方阵|第一梯队|前列|首位|榜首)"
                        + "|第\\h*(?<rank>" + NUM + ")(?:\\h*(?<rankUnit>位|名))?"
                        + "|前\\h*(?<top>" + NUM + ")(?:\\h*(?<topUnit>位|名))?)");
    }

    @Override
    public List<FoundFact> find(DocumentContext c) {
        String t = c.t();
        List<FoundFact> out = new ArrayList<>();
        Matcher m = rank.matcher(t);
        int from = 0;
        // Every ranking holds 第, 前 (前列, 前N), 首 (首位) or 榜 (榜首): the pattern is tried only around them.
        for (int anchor = nextAnchor(t, 0); anchor >= 0; anchor = nextAnchor(t, Math.max(anchor + 1, from))) {
            m.region(Math.max(from, anchor - 24), Math.min(t.length(), anchor + 12));
            boolean found = false;
            while (m.find()) {
                if (m.start() <= anchor && anchor < m.end()) {
                    found = true;
                    break;
                }
                if (m.start() > anchor) {
                    break;
                }
            }
            if (!found) {
                continue;
            }
            from = m.end();
            // without a verb the match opens on the blanks before the scope ( 全省第四): the figure starts at the scope
            int start = m.start();
            while (start < m.end() && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
            if (c.quoted().anyQuoted(start, m.end())) {
                continue;
            }
            String scope = m.group(1);
            FoundFact f = null;
            if (m.group("rank") != null) {
                if (m.group("rankUnit") == null && continuesAsName(t, m.end())) {
                    continue;
                }
                Integer r = number(m.group("rank"));
                f = r == null ? FoundFact.unrepresentable(FactType.RANKING, start, m.end())
                        : FoundFact.ranking(start, m.end(), r, null, scope);
            } else if (m.group("top") != null) {
                if (m.group("topUnit") == null && continuesAsName(t, m.end())) {
                    continue;
                }
                Integer top = number(m.group("top"));
                f = top == null ? FoundFact.unrepresentable(FactType.RANKING, start, m.end())
                        : FoundFact.ranking(start, m.end(), null, top, scope);
            } else {
                String word = m.group("word");
                Integer r = word.equals("首位") || word.equals("榜首") ? 1 : null;
                f = FoundFact.ranking(start, m.end(), r, null, scope);
            }
            out.add(f);
            // 位居省辖市第五、第七: the second position shares the scope
            int end = m.end();
            Matcher more = next.matcher(t).region(end, Math.min(t.length(), end + 12));
            while (f.rank() != null && more.lookingAt()) {
                if (more.group(1).length() > 0 && !continuesAsName(t, more.end())) {
                    Integer r = number(more.group(2));
                    out.add(r == null ? FoundFact.unrepresentable(FactType.RANKING, more.start(1), more.end(1))
                            : FoundFact.ranking(more.start(1), more.end(1), r, null, scope));
                }
                end = more.end();
                more = next.matcher(t).region(end, Math.min(t.length(), end + 12));
            }
            from = end;
        }
        addMoves(c, out);
        return out;
    }

    private void addMoves(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        List<FoundFact> found = new ArrayList<>(out);
        for (FoundFact f : found) {
            Matcher mv = moved.matcher(t).region(f.end(), Math.min(t.length(), f.end() + 16));
            if (mv.find() && !t.substring(f.end(), mv.start()).matches(".*[，。；].*") && !continuesAsName(t, mv.end())) {
                int s = mv.start(1);
                Integer r = number(mv.group(2));
                if (found.stream().noneMatch(o -> o.start() < mv.end(1) && s < o.end())) {
                    out.add(r == null ? FoundFact.unrepresentable(FactType.RANKING, s, mv.end(1))
                            : FoundFact.ranking(s, mv.end(1), r, null, f.scope()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(FoundFact::start));
    }

    private static int nextAnchor(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '第' || ch == '前' || ch == '首' || ch == '榜') {
                return i;
            }
        }
        return -1;
    }

    /** 全省第十三期, 全国第一大港, 前三季度: the ordinal names something; it is no position. */
    private static boolean continuesAsName(String t, int end) {
        if (end >= t.length()) {
            return false;
        }
        char ch = t.charAt(end);
        return Character.isLetterOrDigit(ch) && ch != '的' && ch != '是' && ch != '和' && ch != '与' && ch != '及'
                && ch != '、' && ch != '位' && ch != '名' && ch != '并' && ch != '且' && ch != '，' && ch != '也';
    }

    /** The position, or null when it does not fit an int (第99999999999位 is no rank a field can hold). */
    private static Integer number(String s) {
        try {
            if (s.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(s);
            }
            return ChineseNumerals.parse(s).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
