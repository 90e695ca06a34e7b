package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * Ratios written without a per cent sign, which extraction does not take as figures, against the
 * figures they are computed from:
 * <ul>
 * <li>a structure (三次产业结构为19.1:28.3:52.6) against the breakdown stated before it in its
 *     paragraph with as many parts: each term is that part's per cent of the total;</li>
 * <li>an urban–rural ratio (城乡居民人均收入比值2.68, 城乡居民收入比为2.45:1) against the urban and
 *     the rural figure of one indicator stated before it in its paragraph.</li>
 * </ul>
 * A ratio that a change starts from (结构由20:30:50调整为…) is a year before and not checked.
 */
final class StructureCheck {
    /** A term's digits; a text taken from a PDF may split a decimal after its point (10. 1∶35. 4∶54. 5). */
    private static final String DIGITS = "\\d+(?:\\.\\s?\\d+)?";

    /** The value of a term's {@link #DIGITS}, a PDF's space after the point dropped (35. 4 is 35.4). */
    private static double termValue(String digits) {
        return Double.parseDouble(digits.replaceAll("\\s+", ""));
    }

    private static final String NUMBER = "(" + DIGITS + ")";
    /** The words of a structure changing to new terms (结构由14.9∶49.6∶35.5|变化为|14.4∶49.3∶36.3), longest first. */
    private static final String CHANGE_TO = "(?:调整变化为|调整变化到|变化为|变化到|调整为|调整到|调整至|优化为|优化到|优化至|转变为|演变为|变为)";
    /** The colon between a structure's terms, with the per cent sign a term may carry (23.1%:20.2%:56.7%). */
    private static final String COLON = "%?\\s*[:：∶]\\s*";
    /** 结构为19.1:28.3:52.6 — the cue, then three or more terms; of 结构由A调整为B, B; a wrapped line's space before 为 and a colon after it aside. */
    private static final Pattern STRUCTURE = Pattern.compile("(?:结构|比例|构成)(?:比|比例)?(?:由[0-9.:：∶\\s]+" + CHANGE_TO + ")?"
            + "\\s?(?:为|是|达到|" + CHANGE_TO + ")?[:：]?\\s?" + NUMBER
            + "((?:" + COLON + DIGITS + "){2,}%?)");
    /** Three or more terms joined by colons, no figure running on before or after (not a time of day 8:30:00 in a 结构 clause). */
    private static final Pattern TERMS = Pattern.compile("(?<![\\d.:：∶])" + NUMBER + "((?:" + COLON + DIGITS + "){2,}%?)(?![\\d.:：∶])");
    /**
     * A structure's cue shortly before its terms (三次产业结构占比为6.6∶40.2∶53.2, 三次产业比由2012年的14.6:53.1:32.3,
     * 三次产业由2002年的20.4∶36.7∶42.9, 构成比例，由上年的6.4:50.8:42.8), or the terms it changes from (…调整为2016年的
     * 13.3:47.6:39.1, …31.8，调整到2002年的15.6:49.9:34.5, …53.5调整优化为7.7:42.5:49.8).
     */
    private static final Pattern TERMS_CUE = Pattern.compile("(?:(?:结构|比例|构成|比重|产业比|三次产业)[，,]?(?:[^，,；;。\\d]|\\d{4}年){0,10}"
            + "|\\d%?\\s*[，,]?\\s*\\p{IsHan}{0,2}" + CHANGE_TO + "(?:\\d{4}年(?:末|底)?的?)?)$");
    /** Two terms joined by a colon (油与非油经济比重46:54), no figure running on before or after. */
    private static final Pattern TWO_TERMS = Pattern.compile("(?<![\\d.:：∶])" + NUMBER + "(" + COLON + DIGITS + "%?)(?![\\d.:：∶])");
    /** Only shares (比重, 占比) right before make two terms per cents of one whole: 比例 1:2.5 and 性别比 105:100 are ratios. */
    private static final Pattern TWO_TERMS_CUE = Pattern.compile("(?:比重|占比)(?:为|是|达到|调整为)?$");
    /** The list mark between per cents listed as a structure's terms (8.0%、53.3%、38.7%; …和38.7%). */
    private static final String LIST_MARK = "%\\s*[、和及]\\s*";
    /** Three or more per cents in a list, no figure running on before or after. */
    private static final Pattern LISTED_TERMS = Pattern.compile("(?<![\\d.])" + NUMBER + "((?:" + LIST_MARK + DIGITS + "){2,}%)(?![\\d.])");
    /**
     * A list of per cents is a structure only right after the words of one (三次产业增加值占国内生产总值的比重由上年的|8.5%、53.1%、
     * 38.4%, …调整为|8.0%、53.3%、38.7%), never after a growth's (三次产业分别增长2.0%、12.6%、11.4%).
     */
    private static final Pattern LISTED_TERMS_CUE = Pattern.compile("(?:(?:比重|结构|构成|占比)(?:[^，,；;。\\d增长下降提高]|\\d{4}年){0,8}"
            + "|\\d%\\s*" + CHANGE_TO + "(?:\\d{4}年(?:末|底)?的?)?)$");
    /** 城乡居民人均收入比值2.68, 城乡收入比为2.45:1, 城乡居民收入倍差缩小至1.61. */
    private static final Pattern URBAN_RURAL = Pattern.compile("城乡([\\p{IsHan}]{0,10}?)(?:比值|倍差|比)(?:为|是|达到|缩小到|缩小至|缩小为)?"
            + NUMBER + "(" + COLON + "1(?![\\d.]))?(?![\\d.%％])");
    private static final Pattern CHANGE_FROM = Pattern.compile("(?:调整为|优化为|变为|缩小至|缩小到|缩小为|调整到)");
    private static final String[] URBAN = {"城镇", "城市"};
    private static final String[] RURAL = {"农村", "乡村"};

    private final CheckWords words;
    /** The splits by definition of check_partitions.tsv, whose names of all parts (三次产业) cue a list of shares. */
    private final List<PartitionBreakdowns.Partition> partitions;

    StructureCheck(CheckWords words) {
        this.words = words;
        this.partitions = PartitionBreakdowns.Partition.all(words);
    }

    List<Finding> check(DocumentView d, List<Breakdown> breakdowns) {
        String original = d.originalText();
        if (original == null) {
            return List.of(); // these ratios are read from the text, which a fact file does not carry
        }
        String text = simplified(original);
        // the patterns read the text without pinyin annotations (三次产(chǎn)业结(jié)构(gòu)为…), offsets mapped back
        org.govfacts.normalize.StageResult stripped = new org.govfacts.normalize.PinyinAnnotationStripper().apply(original);
        Plain plain = new Plain(stripped.isOneToOne() ? text : simplified(stripped.text()), stripped.mapOrIdentity());
        List<Finding> out = new ArrayList<>();
        Matcher m = STRUCTURE.matcher(plain.text());
        java.util.Set<Integer> judged = new java.util.HashSet<>();
        while (m.find()) {
            if (!startsAChange(plain.text(), m.end())) {
                Finding f = structure(d, text, plain, m, breakdowns);
                if (f != null) {
                    out.add(f);
                    judged.add(m.end()); // its terms are judged against their parts, which says more than their sum
                }
            }
        }
        Matcher terms = TERMS.matcher(plain.text());
        while (terms.find()) {
            Finding f = judged.contains(terms.end()) ? null : termsAddUp(d, text, plain, terms, TERMS_CUE);
            if (f != null) {
                out.add(f);
                // 三次产业比重为16.4∶44.1∶39.5 after the three parts of 117.4亿元: the terms are also each part's share of the
                // total (the cue 比重, 三次产业 is no 结构 the first pattern reads)
                Finding shares = startsAChange(plain.text(), terms.end()) || isStartingPoint(plain.text(), terms.start()) ? null
                        : structure(d, text, plain, terms, breakdowns);
                if (shares != null) {
                    out.add(shares);
                }
            }
        }
        Matcher two = TWO_TERMS.matcher(plain.text());
        while (two.find()) {
            Finding f = termsAddUp(d, text, plain, two, TWO_TERMS_CUE);
            if (f != null) {
                out.add(f);
            }
        }
        Matcher listed = LISTED_TERMS.matcher(plain.text());
        while (listed.find()) {
            // a list of shares may leave parts out (汉族、维吾尔族和哈萨克族…分别占70.4%、22.9%和6.4%): only one under the name of
            // all parts of a complete split (三次产业, check_partitions.tsv) is a structure
            Finding f = namesAllParts(plain.text(), listed.start()) ? termsAddUp(d, text, plain, listed, LISTED_TERMS_CUE) : null;
            if (f != null) {
                out.add(f);
            }
        }
        out.addAll(partChanges(d, text, plain));
        Matcher u = URBAN_RURAL.matcher(plain.text());
        while (u.find()) {
            if (!startsAChange(plain.text(), u.end())) {
                Finding f = urbanRural(d, text, plain, u);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The words between the structure a change starts from and the one it ends at (…调整为2021年的…). */
    private static final Pattern CHANGED_TO = Pattern.compile("\\s*[，,]?\\s*" + CHANGE_TO
            + "\\s*(?:\\d{4}年(?:末|底)?的?|今年的|本年的)?\\s*");
    /** One term of a structure, as written. */
    private static final Pattern TERM = Pattern.compile(NUMBER);
    /** How far before a change in points its part and the word of shares may stand (第二产业比重39.5%，同比下降1.58个百分点). */
    private static final int PART_REACH = 24;

    /**
     * 三次产业结构由6.6:55:38.4调整为5.1:46.5:48.4 … 三产比重提高了10个百分点: a part's change in points, stated in the
     * structure's paragraph, is its term's change from the first structure to the second. The part is the one a spelling of
     * check_partitions.tsv names shortly before the change, with a word of shares (比重, 占比) between.
     */
    private List<Finding> partChanges(DocumentView d, String text, Plain plain) {
        List<Finding> out = new ArrayList<>();
        String t = plain.text();
        List<int[]> structures = new ArrayList<>();
        Matcher m = TERMS.matcher(t);
        while (m.find()) {
            structures.add(new int[] {m.start(), m.end()});
        }
        for (int k = 0; k + 1 < structures.size(); k++) {
            int[] from = structures.get(k);
            int[] to = structures.get(k + 1);
            if (!CHANGED_TO.matcher(t.substring(from[1], to[0])).matches()) {
                continue;
            }
            String[] before = terms(t.substring(from[0], from[1]));
            String[] after = terms(t.substring(to[0], to[1]));
            if (before.length != after.length || !addsToAbout100(before) || !addsToAbout100(after)) {
                continue;
            }
            PartitionBreakdowns.Partition split = partitions.stream().filter(p -> p.parts().size() == before.length).findFirst().orElse(null);
            if (split == null) {
                continue;
            }
            int paragraphStart = t.lastIndexOf('\n', from[0]) + 1;
            int paragraphEnd = t.indexOf('\n', to[1]);
            int startOrig = plain.start(paragraphStart);
            int endOrig = paragraphEnd < 0 ? text.length() : plain.start(paragraphEnd);
            for (Placed q : d.placed()) {
                Fact f = q.fact();
                if (f.start() < startOrig || f.end() > endOrig || f.type() != FactType.GROWTH || !"pp".equals(f.unit())
                        || f.value() == null || f.qualifier() != null) {
                    continue;
                }
                int part = partNamedBefore(text, f.start(), split);
                if (part < 0) {
                    continue;
                }
                out.add(partChange(d, text, plain, from, to, before, after, part, f, split));
            }
        }
        return out;
    }

    private static boolean addsToAbout100(String[] terms) {
        double sum = 0;
        for (String x : terms) {
            sum += Double.parseDouble(x);
        }
        return perCentsOfAWhole(sum);
    }

    /** Terms adding up to 90–110 are per cents of one whole; others (1:2:3) are no structure. */
    private static boolean perCentsOfAWhole(double sum) {
        return sum >= 90 && sum <= 110;
    }

    /** The index of the part of {@code split} named last in the words shortly before {@code at} with a word of shares after it, or -1. */
    private int partNamedBefore(String text, int at, PartitionBreakdowns.Partition split) {
        int from = Math.max(0, at - PART_REACH);
        for (int i = at - 1; i >= from; i--) {
            if ("。；;\n".indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        String window = text.substring(from, at);
        int best = -1;
        int bestAt = -1;
        for (int k = 0; k < split.parts().size(); k++) {
            for (String spelling : split.parts().get(k)) {
                int i = spelling.isBlank() ? -1 : window.lastIndexOf(spelling);
                if (i > bestAt) {
                    best = k;
                    bestAt = i;
                }
            }
        }
        if (best < 0) {
            return -1;
        }
        // 第一产业贡献率下降1.2个百分点: a contribution's change, not the share's (check_share_change_blockers.txt); 第一、二产业比重
        // 分别回落0.6、1.5个百分点: a respective list, whose parts go to its changes in order, is left alone
        String said = window.substring(bestAt);
        return CheckWords.firstIn(words.partitionShareWords(), said) != null && CheckWords.firstIn(words.shareChangeBlockers(), said) == null
                && !window.contains("分别") ? best : -1;
    }

    private static Finding partChange(DocumentView d, String text, Plain plain, int[] from, int[] to, String[] before, String[] after,
                                      int part, Fact change, PartitionBreakdowns.Partition split) {
        double exact = Double.parseDouble(after[part]) - Double.parseDouble(before[part]);
        double tolerance = halfStep(before[part]) + halfStep(after[part]) + Amounts.interval(change).halfWidth();
        Fact first = termFigure(d, text, plain, from, part);
        Fact second = termFigure(d, text, plain, to, part);
        String name = split.parts().get(part).get(0);
        String shown = name + "'s term goes from " + before[part] + " to " + after[part] + ", " + (exact < 0 ? "" : "+") + Amounts.format(exact)
                + " points";
        List<Fact> facts = List.of(first, second, change);
        if (Math.abs(exact - change.value()) <= tolerance + 1e-9) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, facts, exact, change.value(), tolerance, "个百分点",
                    "The change of " + name + "'s share agrees with the structures: " + shown + BreakdownCheck.tolerancePhrase(tolerance, "个百分点") + ".");
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, facts, exact, change.value(), tolerance, "个百分点",
                "The change of " + name + "'s share, stated as " + Amounts.format(change.value()) + " points, does not agree with the structures: "
                        + shown + BreakdownCheck.allowance(tolerance, "个百分点") + ". Compared because the paragraph states the structure"
                        + " before and after the change and names the part and its share right before the change in points.");
    }

    /** The {@code part}-th term of the structure at {@code span} of the plain text, as a figure of the original. */
    private static Fact termFigure(DocumentView d, String text, Plain plain, int[] span, int part) {
        Matcher n = TERM.matcher(plain.text()).region(span[0], span[1]);
        for (int k = 0; n.find(); k++) {
            if (k == part) {
                return textFigure(d, text, plain.start(n.start()), plain.end(n.end()), termValue(n.group()));
            }
        }
        throw new IllegalStateException("no term " + part);
    }

    /** Whether the name of all parts of a split (三次产业) stands before {@code at} in its sentence, within 60 characters. */
    private boolean namesAllParts(String text, int at) {
        int from = Math.max(Math.max(at - 60, org.govfacts.text.Clauses.groupStart(text, at - 1)), text.lastIndexOf('\n', at - 1) + 1);
        String before = text.substring(from, at);
        return partitions.stream().flatMap(p -> p.allParts().stream()).anyMatch(w -> !w.isBlank() && before.contains(w));
    }

    /** The text the patterns read, without pinyin annotations, and where its offsets stand in the original. */
    private record Plain(String text, org.govfacts.normalize.OffsetMap map) {
        int start(int i) {
            return map.start(i);
        }

        int end(int endExclusive) {
            return map.end(endExclusive);
        }
    }

    /** The text with full-width forms folded and traditional characters simplified, offsets unchanged. */
    private static String simplified(String original) {
        StringBuilder b = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            b.append(TextForms.simplify(TextForms.fold(original.charAt(i))));
        }
        return b.toString();
    }

    /**
     * Whether {@code b} stands in the first sentence of the paragraph right after {@code a}'s, with no figure before it in its
     * paragraph: one run of line breaks between them, then no digit and no sentence's end up to {@code b}.
     */
    private static boolean opensNextParagraph(String text, int a, int b) {
        int lastBreak = -1;
        for (int i = Math.max(0, a); i < Math.min(b, text.length()); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                if (lastBreak >= 0 && !text.substring(lastBreak, i).isBlank()) {
                    return false; // a second paragraph between
                }
                lastBreak = i;
            }
        }
        if (lastBreak < 0) {
            return false;
        }
        String opening = text.substring(lastBreak, Math.min(b, text.length()));
        return opening.chars().noneMatch(c -> Character.isDigit(c) || c == '。' || c == '；' || c == ';');
    }

    /** Whether offsets {@code a} ≤ {@code b} of the text lie in one paragraph: no line break between them. */
    private static boolean sameParagraph(String text, int a, int b) {
        for (int i = Math.max(0, a); i < Math.min(b, text.length()); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether another amount of the breakdown's kind stands between its last part and the structure
     * (…第三产业增加值448355万元…；2021年全县生产总值现价总量为972846万元，…结构为5.5:50.6:43.9):
     * the structure is then of that nearer whole, whose parts are not stated.
     */
    private boolean restated(DocumentView d, Breakdown of, int termsStart) {
        int after = of.total().fact().end();
        for (Placed p : of.parts()) {
            after = Math.max(after, p.fact().end());
        }
        for (Placed q : d.placed()) {
            Fact f = q.fact();
            if (f.start() >= after && f.end() <= termsStart && q != of.total() && !of.parts().contains(q)
                    && Figures.isAddable(q, words) && Figures.sameClass(f, of.total().fact(), words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the breakdown's parts are, in order, the parts of a split by definition (第一产业, 第二产业, 第三产业). */
    private boolean namesAllPartsOf(Breakdown b) {
        for (PartitionBreakdowns.Partition split : partitions) {
            if (split.parts().size() != b.parts().size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < b.parts().size() && all; i++) {
                String key = Figures.indicatorKey(b.parts().get(i).fact(), words);
                all = key != null && split.parts().get(i).stream().anyMatch(key::contains);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static Interval sumOf(List<Placed> parts) {
        Interval sum = Interval.point(0);
        for (Placed p : parts) {
            sum = sum.plus(Amounts.interval(p.fact()));
        }
        return sum;
    }

    /**
     * Whether the breakdown's parts add up to between half and one and a half times its total: parts far off it
     * (12.66亿元 + 92.22亿元 + 78.23亿元 under 人均生产总值20586元) are no split of that whole, so no structure shares it.
     */
    private static boolean nearItsTotal(Breakdown b) {
        double sum = 0;
        for (Placed p : b.parts()) {
            sum += p.fact().value();
        }
        double total = b.total().fact().value();
        return total > 0 && sum >= total / 2 && sum <= total * 1.5;
    }

    /**
     * 结构由上年的11.5:36.1:52.4调 整 为…, 由2000年的10.1:36.4:53.5调整…: the terms a change starts from, however the words after
     * them are spaced or garbled.
     */
    private static final Pattern STARTING_POINT = Pattern.compile("(?:由|从)(?:[^，,；;。\\d]|\\d{4}年){0,8}$|(?:上年|去年)的?\\s*$");

    private static boolean isStartingPoint(String text, int termsStart) {
        return STARTING_POINT.matcher(text.substring(Math.max(0, termsStart - 12), termsStart)).find();
    }

    /** 由2.9:1缩小至…, …53.5调整优化为…: the ratio a change starts from (a manner of two characters may come before the verb). */
    private static boolean startsAChange(String text, int end) {
        Matcher c = CHANGE_FROM.matcher(text);
        return c.find(end) && (c.start() <= end + 1 || MANNER.matcher(text.substring(end, c.start())).matches());
    }

    private static final Pattern MANNER = Pattern.compile("\\s*\\p{IsHan}{1,2}");

    private Finding structure(DocumentView d, String text, Plain plain, Matcher m, List<Breakdown> breakdowns) {
        int termsStart = plain.start(m.start(1));
        String written = plain.text().substring(m.start(1), m.end());
        String[] terms = terms(written);
        double sum = 0;
        List<Double> values = new ArrayList<>();
        for (String t : terms) {
            values.add(Double.parseDouble(t));
            sum += values.get(values.size() - 1);
        }
        if (negativeAt(plain.text(), m.start(1))) {
            sum -= 2 * values.get(0);
            values.set(0, -values.get(0));
        }
        if (!perCentsOfAWhole(sum)) {
            return null;
        }
        Breakdown of = null;
        for (Breakdown b : breakdowns) {
            Fact t = b.total().fact();
            // 其中，第一产业增加值…；第三产业增加值…。|全县三次产业结构为13:53.8:33.6: a structure opening the next paragraph is of the
            // split stated right before, when the parts name all parts of a classification
            boolean near = sameParagraph(text, t.start(), termsStart) || opensNextParagraph(text, t.start(), termsStart) && namesAllPartsOf(b);
            if (t.end() <= termsStart && near && b.parts().size() == terms.length
                    && Figures.isAmount(t) && b.parts().stream().allMatch(p -> p.fact().end() <= termsStart)
                    && (of == null || t.start() >= of.total().fact().start())) {
                of = b; // the nearest such breakdown wins
            }
        }
        if (of == null || restated(d, of, termsStart)) {
            return null;
        }
        // parts far off the figure read as their total (人均生产总值20586元 before 生产总值中，…亿元) are of another whole: the
        // same parts under a total they make (地区生产总值183.11亿元, further back), else, when they name all parts of a split by
        // definition (三次产业), their sum
        if (!nearItsTotal(of)) {
            List<Placed> parts = of.parts();
            of = breakdowns.stream().filter(b -> b.parts().equals(parts) && nearItsTotal(b)).findFirst().orElse(of);
        }
        boolean ownSum = !nearItsTotal(of);
        if (ownSum && !namesAllPartsOf(of)) {
            return null;
        }
        Fact ratio = textFigure(d, text, termsStart, plain.end(m.end()), null);
        Interval total = ownSum ? sumOf(of.parts()) : Amounts.interval(of.total().fact());
        double totalValue = ownSum ? of.parts().stream().mapToDouble(p -> p.fact().value()).sum() : of.total().fact().value();
        StringBuilder shown = new StringBuilder();
        List<String> off = new ArrayList<>();
        double worst = 0;
        double worstTolerance = 0;
        for (int i = 0; i < terms.length; i++) {
            Fact part = of.parts().get(i).fact();
            Interval computed = Amounts.interval(part).over(total).times(100);
            double exact = part.value() / totalValue * 100;
            double half = halfStep(terms[i]);
            Interval stated = new Interval(values.get(i) - half, values.get(i) + half);
            if (shown.length() > 0) {
                shown.append("; ");
            }
            shown.append(Amounts.show(part.value(), part)).append(" is ").append(Amounts.format(exact)).append("% against ").append(terms[i]);
            if (!computed.meets(stated)) {
                off.add(terms[i] + " where the part is " + Amounts.format(exact) + "%");
                if (Math.abs(exact - values.get(i)) > Math.abs(worst)) {
                    worst = exact - values.get(i);
                    worstTolerance = computed.halfWidth() + half;
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        if (!ownSum) {
            facts.add(of.total().fact());
        }
        of.parts().forEach(p -> facts.add(p.fact()));
        facts.add(ratio);
        String total0 = ownSum ? "their sum " + Amounts.show(totalValue, of.parts().get(0).fact())
                : Amounts.show(of.total().fact().value(), of.total().fact());
        double[] rounded = off.size() == 1 ? roundedShares(terms, of, totalValue) : null;
        if (rounded != null && balancedTo100(terms, values, rounded, of, total)) {
            // 0.268 : 15.874 : 83.859 rounds to 0.3 : 15.9 : 83.9, which adds up to 100.1: bureaus take the unit off the
            // largest term so that the structure adds up to 100 (0.3:15.9:83.8), which is no error
            return new Finding(FindingKind.SHARE, Verdict.CONSISTENT, facts, null, null, 0.0, "%",
                    "The structure " + written + " agrees with the parts of " + total0 + " once its terms are balanced to add up to 100"
                            + " (rounded one by one they would add up to " + Amounts.format(sum(rounded)) + "): " + shown + ".");
        }
        if (off.isEmpty()) {
            return new Finding(FindingKind.SHARE, Verdict.CONSISTENT, facts, null, null, 0.0, "%",
                    "The structure " + written + " agrees with the parts of " + total0 + ": " + shown + ".");
        }
        return new Finding(FindingKind.SHARE, Verdict.INCONSISTENT, facts, null, null, worstTolerance, "%",
                "The structure " + written + " does not agree with the parts of " + total0 + ": " + String.join(", ", off)
                        + " (" + shown + ")" + BreakdownCheck.allowance(worstTolerance, "%") + ". Compared because the structure has as many terms as"
                        + " the breakdown stated before it in the paragraph has parts, in the same order, and the terms are per cents of a whole.");
    }

    /**
     * Whether the stated terms add up to exactly 100 while the parts' shares, each rounded to its term's places
     * ({@code rounded}), add up to 100 plus or minus one unit of the last place, each term within that unit of its
     * rounded share, and the parts make their whole ({@code total}): the structure was balanced.
     */
    private static boolean balancedTo100(String[] terms, List<Double> values, double[] rounded, Breakdown of, Interval total) {
        double statedSum = 0;
        double unit = 0;
        for (int i = 0; i < terms.length; i++) {
            statedSum += values.get(i);
            unit = Math.max(unit, 2 * halfStep(terms[i]));
        }
        if (Math.abs(statedSum - 100) > 1e-6 || Math.abs(Math.abs(sum(rounded) - 100) - unit) > 1e-6) {
            return false;
        }
        if (!sumOf(of.parts()).meets(total)) {
            return false; // parts that do not make their whole: the term off says so, no balancing excuses it
        }
        for (int i = 0; i < terms.length; i++) {
            double off = Math.abs(rounded[i] - values.get(i));
            if (off > 1e-6 && Math.abs(off - 2 * halfStep(terms[i])) > 1e-6) {
                return false; // a term off by more than one unit is no balancing
            }
        }
        return true;
    }

    /** Each part's share of the whole ({@code totalValue}), rounded to the places its term is written to. */
    private static double[] roundedShares(String[] terms, Breakdown of, double totalValue) {
        double[] out = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            double step = 2 * halfStep(terms[i]);
            double exact = of.parts().get(i).fact().value() / totalValue * 100;
            out[i] = Math.round(exact / step) * step;
        }
        return out;
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return Math.round(s * 1e6) / 1e6;
    }

    /**
     * A structure's terms are per cents of one whole, so they add up to 100 within the rounding of the terms
     * (6.6∶40.2∶53.2; a structure a change starts from too: 由上年的9.4:66.8:23.8调整为…). Terms adding up to
     * less than 90 or more than 110 are no per cents (1:2:3) and are left alone.
     */
    private static Finding termsAddUp(DocumentView d, String text, Plain plain, Matcher m, Pattern cue) {
        // 调 整 为 10.5: 37.0:52.5: a typed page may space a cue's characters apart
        String before = plain.text().substring(Math.max(0, m.start() - 16), m.start()).replaceAll("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})", "").stripTrailing();
        if (!cue.matcher(before).find()) {
            return null;
        }
        String written = plain.text().substring(m.start(), m.end());
        String[] terms = terms(written);
        double sum = 0;
        double tolerance = 0;
        for (String t : terms) {
            sum += Double.parseDouble(t.strip());
            tolerance += halfStep(t.strip());
        }
        if (negativeAt(plain.text(), m.start())) {
            sum -= 2 * Double.parseDouble(terms[0].strip());
            terms[0] = "-" + terms[0].strip();
        }
        if (!perCentsOfAWhole(sum)) {
            return null;
        }
        Fact ratio = textFigure(d, text, plain.start(m.start()), plain.end(m.end()), null);
        String shown = String.join(" + ", java.util.Arrays.stream(terms).map(String::strip).toList()) + " = " + Amounts.format(sum);
        if (Math.abs(sum - 100) <= tolerance + 1e-9) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, List.of(ratio), sum, 100.0, tolerance, "%",
                    "The terms of the structure " + written + " add up to 100: " + shown + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, List.of(ratio), sum, 100.0, tolerance, "%",
                "The terms of the structure " + written + " add up to " + Amounts.format(sum) + ", not 100: " + shown
                        + BreakdownCheck.allowance(tolerance, "%") + ". Compared because the terms of a structure (结构, 比例, 构成, 比重)"
                        + " that add up to about 100 are per cents of one whole.");
    }

    private Finding urbanRural(DocumentView d, String text, Plain plain, Matcher m) {
        int at = plain.start(m.start());
        String named = TextForms.bare(m.group(1));
        Placed urban = null;
        Placed rural = null;
        List<Placed> all = d.placed();
        for (int i = all.size() - 1; i >= 0; i--) {
            Placed q = all.get(i);
            // per-capita amounts too: 城镇居民人均可支配收入 over 农村居民人均可支配收入 is the ratio named
            if (q.fact().end() > at || !Figures.isAmount(q.fact()) || q.fact().basis() == org.govfacts.fact.Basis.CHANGE) {
                continue;
            }
            if (!sameParagraph(text, q.fact().start(), at)) {
                break;
            }
            String indicator = q.fact().indicator() == null ? "" : TextForms.bare(TextForms.light(q.fact().indicator()));
            // 城镇、农村居民人均可支配收入分别达到71044元和44112元: the words name both, the indicator each figure's own
            String about = containsAny(indicator, URBAN) != containsAny(indicator, RURAL) ? indicator : TextForms.bare(q.label()) + "|" + indicator;
            if (urban == null && containsAny(about, URBAN) && !containsAny(about, RURAL) && names(about, named)) {
                urban = q;
            } else if (rural == null && containsAny(about, RURAL) && !containsAny(about, URBAN) && names(about, named)) {
                rural = q;
            }
        }
        if (urban == null || rural == null || !Figures.sameClass(urban.fact(), rural.fact(), words) || rural.fact().value() <= 0
                || !java.util.Objects.equals(urban.fact().periodNorm(), rural.fact().periodNorm())) {
            return null;
        }
        String term = m.group(2);
        double stated = termValue(term);
        Fact ratio = textFigure(d, text, plain.start(m.start(2)), plain.end(m.group(3) == null ? m.end(2) : m.end(3)), stated);
        Interval computed = Amounts.interval(urban.fact()).over(Amounts.interval(rural.fact()));
        double exact = urban.fact().value() / rural.fact().value();
        double half = halfStep(term);
        double tolerance = computed.halfWidth() + half;
        String arithmetic = Amounts.show(urban.fact().value(), urban.fact()) + " / " + Amounts.show(rural.fact().value(), rural.fact())
                + " = " + Amounts.format(exact);
        List<Fact> facts = List.of(urban.fact(), rural.fact(), ratio);
        if (computed.meets(new Interval(stated - half, stated + half))) {
            return new Finding(FindingKind.SHARE, Verdict.CONSISTENT, facts, exact, stated, tolerance, "",
                    "The urban–rural ratio " + term + " agrees with the urban and rural figures: " + arithmetic
                            + BreakdownCheck.tolerancePhrase(tolerance, "") + ".");
        }
        return new Finding(FindingKind.SHARE, Verdict.INCONSISTENT, facts, exact, stated, tolerance, "",
                "The urban–rural ratio " + term + " does not agree with the urban and rural figures: " + arithmetic
                        + BreakdownCheck.allowance(tolerance, "") + ". Compared because 城乡…比 is the urban figure over the rural one,"
                        + " and these are the urban and rural figures named alike stated before it in the paragraph, for the same period.");
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure's words share what the ratio names (居民人均收入 in 城镇居民人均可支配收入): two characters of it at least. */
    private static boolean names(String about, String named) {
        if (named.length() < 2) {
            return about.contains("收入") || about.contains("消费");
        }
        return TextForms.holdsTwoCharactersOf(about, named);
    }

    /**
     * Whether a minus sign stands right before the first term at {@code at} (贡献率分别是-1.6:8.0:93.6): a contribution below
     * zero, whose sign the pattern of terms leaves out.
     */
    private static boolean negativeAt(String text, int at) {
        return at > 0 && "-－﹣−".indexOf(text.charAt(at - 1)) >= 0;
    }

    /** The numbers of a structure as written, without the colons and per cent signs between them. */
    private static String[] terms(String written) {
        return java.util.Arrays.stream(written.split(COLON + "|" + LIST_MARK)).map(t -> t.replace("%", "").replaceAll("\\s+", "")).toArray(String[]::new);
    }

    /** Half the last digit a term is written to: 0.05 for 28.3, 0.005 for 2.68, 0.5 for 52. */
    private static double halfStep(String term) {
        int dot = term.indexOf('.');
        return dot < 0 ? 0.5 : 0.5 * Math.pow(10, -(term.length() - dot - 1));
    }

    /** A figure read from the text, for a finding: its span, text and sentence in the original. */
    private static Fact textFigure(DocumentView d, String text, int from, int to, Double value) {
        String original = d.originalText();
        int sentenceStart = from;
        while (sentenceStart > 0 && "。！？!?\n\r".indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        int sentenceEnd = to;
        while (sentenceEnd < text.length() && "。！？!?\n\r".indexOf(text.charAt(sentenceEnd)) < 0) {
            sentenceEnd++;
        }
        sentenceEnd = Math.min(text.length(), sentenceEnd + 1);
        return new Fact(d.doc(), FactType.RATIO, from, to, original.substring(from, to), value, null, null, null, null, null, null,
                null, null, null, null, original.substring(sentenceStart, sentenceEnd), sentenceStart, text.substring(sentenceStart, sentenceEnd));
    }
}
