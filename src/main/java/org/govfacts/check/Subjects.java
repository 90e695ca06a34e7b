package org.govfacts.check;

import org.govfacts.fact.Fact;

/**
 * What a figure is about beyond its indicator: the words of its own phrase (before and after it)
 * once the indicator, periods, places, figures and words that do not change what is counted
 * ({@code dictionaries/check_subject_fillers.txt}) are taken out. When its phrase names nothing
 * else (占年度投资计划45.2%, 完成年度计划的81.5%), the subject is that of the nearest earlier clause
 * of its sentence that states a figure (4个省级重点项目完成投资…; 其中工业项目完成投资…), since
 * that is what the share or rate is of; but not when its indicator is one of indicator-synonyms.tsv,
 * which names in full what it measures (居民消费价格, after 单位国内生产总值能耗降低4%左右；).
 *
 * <p>Two figures are about the same thing only when their subjects are equal: 省级重点项目 and
 * 市级重点项目, 重点项目 and the 工业项目 among them, 本周 and 上周, 筹措…实施就业惠民工程 and
 * 筹措…实施社保惠民工程 are all different things.
 */
final class Subjects {

    private Subjects() {
    }

    static String of(Placed p, CheckWords w) {
        String subject = ofPhrase(p, w);
        // 省级一般公共预算地方收入完成388.8亿元，…收入合计6959亿元: the province's own budget, not the whole province's
        subject = withScope(subject, levelScopeOf(p.sentence(), w));
        // 户籍出生人口…出生率为14.01‰ and 根据常住人口推算…出生率为14.2‰: births over two populations
        return withScope(subject, populationBase(p, w));
    }

    private static String withScope(String subject, String scope) {
        return scope == null || subject.contains(scope) ? subject : subject.isEmpty() ? scope : scope + "|" + subject;
    }

    /** The last word of check_population_bases.txt (户籍, 常住) before the figure in its sentence; null where none. */
    static String populationBase(Placed p, CheckWords w) {
        return org.govfacts.text.Words.lastOf(p.sentence().text().substring(0, p.start()), w.populationBases());
    }

    /** A short time phrase or 其中 that may open a sentence before its level of government (2024年，省本级…). */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "^\\s*(?:其中[，,]?|[^，,。；;]{0,10}(?:年|月|季度)[^，,。；;]{0,4}[，,]?)?\\s*");

    /**
     * The level of government a sentence opens with, or, for a sentence opening on 其中, the one the sentence before it in its
     * passage opens with (自治区本级收入总量2657.5亿元，…。其中，地方收入28.5亿元: the own level's part).
     */
    static String levelScopeOf(SentenceView s, CheckWords w) {
        String own = levelScope(s.text(), w);
        SentenceView previous = s.previous();
        if (own == null && previous != null && previous.passage() == s.passage() && w.opensWithBreakdownCue(s.text())) {
            return levelScope(previous.text(), w);
        }
        return own;
    }

    /** The level of government a sentence opens with (check_level_scopes.txt): 省级, 市本级; null where none. */
    static String levelScope(String sentence, CheckWords w) {
        java.util.regex.Matcher m = OPENING.matcher(sentence);
        int at = m.lookingAt() ? m.end() : 0;
        String word = CheckWords.at(w.levelScopes(), sentence, at);
        return word != null ? word : at > 0 ? CheckWords.at(w.levelScopes(), sentence, 0) : null;
    }

    private static String ofPhrase(Placed p, CheckWords w) {
        String own = residue(afterOpener(groupBefore(p, w) + "|" + p.label(), w) + "|" + p.tail(), p, w);
        String key = Figures.indicatorKey(p.fact(), w); // null for a figure with no indicator (a set's contains(null) throws)
        if (!own.isEmpty() || key != null && w.knownIndicators().contains(key)) {
            // 居民消费价格总水平涨幅控制在3%: an indicator of indicator-synonyms.tsv says in full what it measures
            return own;
        }
        Placed nearest = nearestEarlierFigure(p);
        // 纳入天府新区的30个省重点项目年度计划投资356亿元，累计完成投资211亿元，占年度计划的59.2%: a clause that names
        // nothing specific (累计完成投资) speaks of the group an earlier clause of the sentence names; only an amount
        // does (a rate compared with the quarter before, 比一季度回落4.8个百分点, says nothing of a group)
        while (nearest != null && Figures.isAmount(nearest.fact()) && !Figures.isSpecific(Figures.indicatorKey(nearest.fact(), w), w)) {
            Placed before = nearestEarlierFigure(nearest);
            if (before == null) {
                break;
            }
            nearest = before;
        }
        if (nearest == null || semicolonBetween(nearest, p)) {
            return ""; // …占全国工业增加值的8.21%；税收收入1570.02亿元: after a semicolon a new item speaks of itself
        }
        // 城镇居民人均可支配收入增长10%，农民人均纯收入增长8%以上: an earlier clause that names only its own
        // indicator is another item of a list, not a subject the figure is a share or rate of
        String borrowed = residue(clauseOf(nearest), p, w);
        String nearestIndicator = Figures.indicatorKey(nearest.fact(), w);

        if (nearestIndicator != null && p.fact().type() == org.govfacts.fact.FactType.MONEY && countsUnits(nearest, w)
                && !nearestIndicator.equals(Figures.indicatorKey(p.fact(), w))) {
            // 工业项目35个，年度计划投资440.07亿元；…城市管理项目1个，年度计划投资8亿元: the money of the projects or firms
            // the clause before counts
            return nearestIndicator;
        }
        if (nearestIndicator != null && !nearestIndicator.equals(Figures.indicatorKey(p.fact(), w))
                && remove(remove(borrowed, nearestIndicator), nearest.fact().indicator() == null ? null
                        : TextForms.bare(TextForms.light(nearest.fact().indicator()))).replace("|", "").isEmpty()) {
            // 文化产业实现增加值…增长18.19%，占生产总值的比重为2.3%: a share (占…) is of what that clause measured
            return CheckWords.at(w.shareHeads(), TextForms.bare(p.label()), 0) != null ? nearestIndicator : "";
        }
        return borrowed;
    }

    /** Whether {@code q} counts projects or firms (个, 项, 家: check_count_units.tsv), not people. */
    private static boolean countsUnits(Placed q, CheckWords w) {
        String unit = Figures.unitClass(q.fact(), w);
        return unit.equals("count:个") || unit.equals("count:家");
    }

    private static boolean semicolonBetween(Placed a, Placed b) {
        if (a.sentence() != b.sentence()) {
            return false;
        }
        return org.govfacts.text.Clauses.groupBreakBetween(b.sentence().text(), a.end(), b.start());
    }

    /**
     * 纳入天府新区的30个省重点项目年度计划投资356亿元: a count right before the figure's words, in its clause, names
     * the group the figure is of, and the words before the count (纳入天府新区的) are part of that name.
     */
    private static String groupBefore(Placed p, CheckWords w) {
        Placed count = null;
        for (Placed q : p.sentence().facts()) {
            if (q != p && q.fact().type().isNumeric() && q.end() <= p.start()) {
                count = q;
            }
        }
        if (count == null || !Figures.unitClass(count.fact(), w).startsWith("count:")) {
            return "";
        }
        String between = p.sentence().text().substring(Math.min(count.end(), p.start()), p.start());
        for (int i = 0; i < between.length(); i++) {
            // 城镇新增就业1256万人、城镇调查失业率平均为5.1%: after an enumeration comma the next item of a list
            if (org.govfacts.text.Clauses.endsClause(between.charAt(i)) || between.charAt(i) == '、') {
                return "";
            }
        }
        return count.label();
    }

    /** The last numeric figure in the clauses before {@code p}'s own in its sentence, or null. */
    private static Placed nearestEarlierFigure(Placed p) {
        String text = p.sentence().text();
        int ownStart = org.govfacts.text.Clauses.start(text, p.start());
        Placed nearest = null;
        for (Placed q : p.sentence().facts()) {
            if (q != p && q.fact().type().isNumeric() && q.end() <= ownStart) {
                nearest = q;
            }
        }
        return nearest;
    }

    /** The clause holding {@code nearest}, figures blanked. */
    private static String clauseOf(Placed nearest) {
        String text = nearest.sentence().text();
        int from = org.govfacts.text.Clauses.start(text, nearest.start());
        int to = org.govfacts.text.Clauses.end(text, Math.max(from, nearest.end()), text.length());
        StringBuilder b = new StringBuilder(text.substring(from, to));
        for (Placed q : nearest.sentence().facts()) {
            int s = q.start() - from;
            int e = q.end() - from;
            if (s >= 0 && e <= b.length() && s < e) {
                for (int i = s; i < e; i++) {
                    b.setCharAt(i, '|');
                }
            }
        }
        return b.toString();
    }

    /** The words left once what does not name a subject is taken out; letters and digits only. */
    /**
     * 报告提出今年的预期目标是生产总值增长11%, 内蒙古要完成地区生产总值增长6%左右: what stands before a verb of aim
     * (the opener rows of indicator-fillers.tsv) says who aims, not what the figure is about.
     */
    private static String afterOpener(String before, CheckWords w) {
        int cut = org.govfacts.text.Words.endOfLast(before, w.indicatorOpeners(), 0);
        return cut < 0 ? before : before.substring(cut);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:1[89]|20)\\d{2}\\s*年(?:度)?");

    private static String residue(String words, Placed p, CheckWords w) {
        String light = TextForms.light(words);
        for (java.util.regex.Pattern x : w.indicatorRemovals()) {
            light = x.matcher(light).replaceAll("|"); // 比上年, 在…的情况下 (indicator-removals.txt): no part of what is measured
        }
        // 2023年北京全年GDP實現5.2%的成長: a year says when, which period_norm compares; it is no part of what is counted
        light = YEAR.matcher(light).replaceAll("|");
        String s = TextForms.bare(light);
        Fact f = p.fact();
        s = remove(s, f.indicator() == null ? null : TextForms.bare(TextForms.light(f.indicator())));
        s = remove(s, Figures.indicatorKey(f, w));
        s = remove(s, f.period() == null ? null : TextForms.bare(TextForms.light(f.period())));
        for (Placed q : p.sentence().facts()) {
            if (q.fact().period() != null) {
                s = remove(s, TextForms.bare(TextForms.light(q.fact().period())));
            }
        }
        for (String r : w.regions()) {
            s = remove(s, r);
            if (r.length() > 2 && (r.endsWith("省") || r.endsWith("市"))) {
                s = remove(s, r.substring(0, r.length() - 1));
            }
        }
        if (f.region() != null) {
            s = remove(s, TextForms.bare(TextForms.light(f.region())));
        }
        for (String x : w.indicatorPrefixes()) {
            s = remove(s, x);
        }
        for (String x : w.subjectFillers()) {
            s = remove(s, x);
        }
        if (f.type() == org.govfacts.fact.FactType.GROWTH) {
            // 以12.9%的两位数增速: the words of how a rate moved (check_rate_verb_suffixes.txt) name the rate itself
            for (String x : w.rateVerbSuffixes()) {
                s = remove(s, x);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextForms.isHan(c) || Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        // 1.地区生产总值增长11%: a list's number left over names nothing
        return out.chars().allMatch(Character::isDigit) ? "" : out.toString();
    }

    private static String remove(String s, String what) {
        return what == null || what.isEmpty() ? s : s.replace(what, "|");
    }
}
