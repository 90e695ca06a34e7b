package org.govfacts.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.IndicatorNames;

/** What kind of amount a figure is, and the keys figures are compared by. */
final class Figures {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}(?=年)");
    /** A list item's number at the head of an indicator: 1、, (2), 三是, 第四, — not part of what is measured. */
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(?:\\d{1,2}[、.．]|[(（]\\d{1,2}[)）]|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}(?:是|、)|第[一二三四五六七八九十]{1,3}[，,、])");

    private Figures() {
    }

    /** 一是, 二是 opening a sentence or a clause after a colon or semicolon. */
    private static final Pattern ITEM_IN_SENTENCE = Pattern.compile("(?:^|[：:；;])\\s*([一二三四五六七八九十]{1,3}是)");

    /**
     * The list item a figure belongs to: the last item number (一是, (二), 3、) opening its sentence or
     * a clause of it before the figure (…主要指标：一是围绕经济发展，提出6项指标), or null.
     */
    static String enumerator(Placed p) {
        String text = TextForms.light(p.sentence().text());
        Matcher m = ENUMERATOR.matcher(text.strip());
        String item = m.find() ? m.group() : null;
        Matcher c = ITEM_IN_SENTENCE.matcher(text.substring(0, Math.min(Math.max(0, p.start()), text.length())));
        while (c.find()) {
            item = c.group(1);
        }
        return item;
    }

    /** 由 / 从 (with the year: 由2020年的) before a level a rise or fall starts from. */
    static final java.util.regex.Pattern RISE_FROM = java.util.regex.Pattern.compile("(?:由|从)(?:((?:19|20)\\d{2})年(?:末|底)?的?)?$");
    /** 增加到 / 提升至 / 增至 (with the year: 到2025年的) before the level it reaches. */
    static final java.util.regex.Pattern RISE_TO = java.util.regex.Pattern.compile(
            "^(?:增加|提高|增长|上升|扩大|提升|增|升|跃升|攀升|发展|下降|降低|减少|降|减)?(?:到|至)(?:((?:19|20)\\d{2})年(?:末|底)?的?)?$");

    /**
     * 城镇消费品零售额由8572亿元提升至10577亿元: the level {@code from} rises or falls to, the next figure of its sentence
     * in its class; null when {@code from} opens no such pair.
     */
    static Placed riseEnd(Placed from, CheckWords words) {
        Fact a = from.fact();
        if (!isAmount(a) || a.value() == null || a.value() <= 0 || a.qualifier() != null
                || !RISE_FROM.matcher(TextForms.bare(TextForms.light(from.label()))).find()) {
            return null;
        }
        Placed to = null;
        for (Placed q : from.sentence().facts()) {
            if (q.start() >= from.end() && q.fact().type().isNumeric()) {
                to = q;
                break;
            }
        }
        if (to == null || !sameClass(a, to.fact(), words) || to.fact().value() == null || to.fact().value() <= 0
                || to.fact().qualifier() != null) {
            return null; // 由2800亿元到突破7000亿元: a bound, not the level reached
        }
        return RISE_TO.matcher(TextForms.bare(TextForms.light(to.label()))).find() ? to : null;
    }

    /** A money amount or a quantity with a value: something that can be a part, a total or a count. */
    static boolean isAmount(Fact f) {
        return (f.type() == FactType.MONEY || f.type() == FactType.QUANTITY) && f.value() != null;
    }

    /** An amount that may be added up or divided by: not a rate per unit (每千人6.6批次, 人均, 亩均). */
    static boolean isAddable(Placed p, CheckWords w) {
        return isAmount(p.fact()) && CheckWords.firstIn(w.perUnitCues(), p.label()) == null && !countsListHeadings(p, w);
    }

    /** 主要包括4个方面：…: a count of the headings a list is in (check_list_heading_counts.txt), no amount of what it lists. */
    static boolean countsListHeadings(Placed p, CheckWords w) {
        String t = p.sentence().text();
        int end = Math.min(p.end(), t.length());
        return p.fact().type() == FactType.QUANTITY && CheckWords.at(w.listHeadingCounts(), t, end) != null;
    }

    /** Whether the sentence before a figure makes it a target or forecast (主要预期目标是：…) rather than a result. */
    static boolean isPlanned(Placed p, CheckWords w) {
        String before = p.sentence().text().substring(0, Math.min(p.start(), p.sentence().text().length()));
        return CheckWords.firstIn(w.planCues(), before) != null;
    }

    /**
     * Figures of the same class can be added and divided: all counts (个, 项, 家 … count the same
     * kind of thing in one breakdown), money in one currency, durations, or one physical unit.
     */
    static String unitClass(Fact f, CheckWords w) {
        String unit = f.unit() == null ? "" : TextForms.light(f.unit());
        return switch (f.type()) {
            case MONEY -> "money:" + unit;
            case QUANTITY -> w.countUnits().containsKey(unit) ? "count:" + w.countUnits().get(unit)
                    : w.monthsPerUnit().containsKey(unit) ? "duration" : "q:" + unit;
            case RATIO -> "ratio:" + unit;
            // A growth rate that names no basis is year on year, the default of reports.
            case GROWTH -> "growth:" + unit + ":" + (f.basis() == null ? "yoy" : f.basis().id());
            case RANKING -> "ranking:" + (f.scope() == null ? "" : TextForms.light(f.scope()));
            case PROJECT -> "project";
        };
    }

    /**
     * Whether the sentence puts a growth against the period just before (从环比看，二季度国内生产总值增长0.8%): a cue of
     * check_previous_period_cues.txt stands before the figure with no cue of yoy-cues.txt (同比) nearer to it. Such a
     * growth is no year-on-year figure.
     */
    static boolean onPreviousPeriod(Placed p, CheckWords w) {
        if (p.fact().type() != FactType.GROWTH || p.fact().basis() != null) {
            return false;
        }
        String before = p.sentence().text().substring(0, Math.max(0, Math.min(p.start(), p.sentence().text().length())));
        return org.govfacts.text.Words.startOfLast(before, w.previousPeriodCues()) > org.govfacts.text.Words.startOfLast(before, w.yearOnYearCues());
    }

    /** 比2019年同期, 较2019年: a comparison with a year named in the figure's clause, right before it. */
    private static final Pattern AGAINST_NAMED_YEAR = Pattern.compile("[比较与](?:19|20)\\d{2}年");

    /**
     * Whether a growth is over a year its own clause names (较2019年同期下降4.6%, a two-year change in a 2021 release), not
     * over the year before the one it is of: such a rate is no benchmark for a year-on-year one.
     */
    static boolean overNamedYear(Placed p) {
        return yearNamedInClause(p) != null;
    }

    /** The last year a growth's own clause compares with, before the figure (比1955年, 较2019年同期); null for none. */
    private static String yearNamedInClause(Placed p) {
        if (p.fact().type() != FactType.GROWTH) {
            return null;
        }
        String text = p.sentence().text();
        int end = Math.max(0, Math.min(p.start(), text.length()));
        Matcher m = AGAINST_NAMED_YEAR.matcher(text.substring(org.govfacts.text.Clauses.start(text, end), end));
        String year = null;
        while (m.find()) {
            year = m.group().substring(1, 5);
        }
        return year;
    }

    /**
     * The year a growth's own clause compares with (比1955年增长115.6倍) when it is not the year before the growth's own
     * year: such a rate spans years and is no year-on-year one; null otherwise.
     */
    static String namedBaseYear(Placed p) {
        String year = yearNamedInClause(p);
        String period = p.fact().periodNorm();
        if (year == null || period != null && period.matches("\\d{4}") && Integer.parseInt(period) - 1 == Integer.parseInt(year)) {
            return null;
        }
        return year;
    }

    static boolean sameClass(Fact a, Fact b, CheckWords w) {
        return unitClass(a, w).equals(unitClass(b, w));
    }

    /** A duration in months (一年半 → 18), or null when {@code f} is not a duration. */
    static Double months(Fact f, CheckWords w) {
        if (f.type() != FactType.QUANTITY || f.value() == null || f.unit() == null) {
            return null;
        }
        Double k = w.monthsPerUnit().get(TextForms.light(f.unit()));
        return k == null ? null : f.value() * k;
    }

    /**
     * An indicator in the form indicators are compared in: simplified, without spaces and quotation
     * marks, without words such as 全市 that do not change what is measured, synonyms folded.
     */
    static String indicatorKey(Fact f, CheckWords w) {
        if (f.indicator() == null) {
            return null;
        }
        String k = ENUMERATOR.matcher(TextForms.light(f.indicator()).strip()).replaceFirst("");
        k = cutPrefixes(TextForms.bare(k), w);
        k = partOfNamedWhole(k, w);
        // 城中区完成地区生产总值, 浙江省生产总值: the place the figure is of (region_norm) is no part of what it measures
        if (f.regionNorm() != null) {
            String place = TextForms.bare(f.regionNorm());
            for (String name : List.of(place, org.govfacts.attribute.ReportRegionFinder.shortName(place))) {
                if (name.length() >= 2 && k.equals(name) && f.type() == FactType.GROWTH && w.typedCanon().containsKey("growth:经济")) {
                    k = "经济"; // 海南省以11.2%的高增长: the growth of a place itself is its economy's (经济@growth, indicator-synonyms.tsv)
                    break;
                }
                if (name.length() >= 2 && k.startsWith(name) && k.length() - name.length() >= 2) {
                    String after = k.substring(name.length());
                    // 深圳将GDP: 将 after the place; 北京的GDP: the place's
                    k = cutPrefixes(after.startsWith("的") && after.length() >= 3 ? after.substring(1) : after, w);
                    break;
                }
            }
        }
        return phraseKey(k, f.type(), w);
    }

    /**
     * The key of an indicator phrase without its place: the target verbs and rate verbs at its end cut, spellings
     * folded. Also the key of a rate a sentence names without stating it there (比全省GDP增速快0.7个百分点).
     */
    static String phraseKey(String k, FactType type, CheckWords w) {
        // 城镇登记失业率控制在4.5%以内 is the 城镇登记失业率 of the result 4.3%: what a target does with a figure
        // (check_target_verb_suffixes.txt) is no part of what is measured, whatever the kind of figure
        k = cutSuffixes(k, w.targetVerbSuffixes());
        if (type == FactType.GROWTH) {
            // 涨幅, 上涨幅度: how a rate moved (check_rate_verb_suffixes.txt)
            k = cutSuffixes(cutSuffixes(k, w.rateVerbSuffixes()), w.targetVerbSuffixes());
        }
        k = foldSpellings(k, w);
        // 经济@growth, 经济总量@money: a name that holds only for one type of figure
        k = w.typedCanon().getOrDefault(type.id() + ":" + k, k);
        k = knownBeforeEdge(k, w);
        k = knownAfterCompletion(k, w);
        k = doubledName(k, w);
        return k.length() < 2 ? null : k;
    }

    /**
     * 广州市GDP实现地区生产总值: a known indicator after another of its names (GDP, 地区生产总值) is named twice;
     * it is that indicator.
     */
    private static String doubledName(String k, CheckWords w) {
        for (int i = 2; i + 2 <= k.length(); i++) {
            String tail = k.substring(i);
            if (!w.knowsIndicator(tail)) {
                continue;
            }
            String head = k.substring(0, i);
            String canon = w.canonical(tail);
            for (String h : List.of(head, head.toUpperCase(java.util.Locale.ROOT))) {
                String f = foldSpellings(h, w);
                if (w.knowsIndicator(f) && w.canonical(f).equals(canon)) {
                    return tail;
                }
            }
        }
        return k;
    }

    /**
     * 地区生产总值总量 (…总量居全省第三，增长3.5%): a known indicator followed by a word that does not change
     * which indicator it is (indicator-name-edges.tsv, the list the panel matches names by) is that indicator.
     * Only where what is left is a name of indicator-synonyms.tsv: 经济总量 stays what it is.
     */
    private static String knownBeforeEdge(String k, CheckWords w) {
        if (w.knowsIndicator(k)) {
            return k;
        }
        for (String edge : w.nameTrailingEdges()) {
            if (k.endsWith(edge)) {
                String rest = k.substring(0, k.length() - edge.length());
                if (w.knowsIndicator(rest)) {
                    return rest;
                }
            }
        }
        return k;
    }

    /**
     * 完成地区生产总值 (预计完成地区生产总值7810亿元), 第一产业完成增加值: a completion word in a known indicator does not change it.
     * Only before a name of indicator-synonyms.tsv: 完成投资 (of a plan) stays what it is.
     */
    private static String knownAfterCompletion(String k, CheckWords w) {
        if (w.knowsIndicator(k)) {
            return k;
        }
        // 第一产业完成增加值: the word may stand inside the name too, between what is measured and its measure
        for (int i = 0; i < k.length(); i++) {
            String word = CheckWords.at(w.completionWords(), k, i);
            if (word != null) {
                String rest = k.substring(0, i) + k.substring(i + word.length());
                if (w.knowsIndicator(rest)) {
                    return rest;
                }
            }
        }
        return k;
    }

    /** {@code k} with the spellings of indicator-synonyms.tsv folded (规上 → 规模以上), as indicator keys have them. */
    static String foldSpellings(String k, CheckWords w) {
        return IndicatorNames.foldSpellings(k, w.indicatorSynonyms());
    }

    /** Whether the fact's indicator is the indicator {@code canonical} names (its first name in indicator-synonyms.tsv). */
    static boolean isIndicator(Fact f, String canonical, CheckWords w) {
        return canonical.equals(w.canonical(indicatorKey(f, w)));
    }

    /**
     * 总用水量中农业用水量 → 农业用水量: a part named after the whole it is of and 中 measures the part (the whole is a known
     * indicator, so 其中 or 集中 open no whole; and the part ends as the whole does, so 可支配收入中位数 is no part).
     */
    static String partOfNamedWhole(String k, CheckWords w) {
        int at = k.indexOf('中');
        if (at >= 2 && k.length() - at - 1 >= 2 && k.substring(0, at).endsWith(k.substring(k.length() - 2))
                && w.knowsIndicator(foldSpellings(k.substring(0, at), w))) {
            return k.substring(at + 1);
        }
        return k;
    }

    /** {@code k} without the words of check_indicator_prefixes.txt at its start (全市, 将), repeatedly. */
    static String cutPrefixes(String k, CheckWords w) {
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String p : w.indicatorPrefixes()) {
                if (k.startsWith(p) && k.length() > p.length()) {
                    k = k.substring(p.length());
                    cut = true;
                }
            }
        }
        return k;
    }

    /** {@code k} without any of {@code suffixes} at its end, repeatedly, keeping at least two characters. */
    private static String cutSuffixes(String k, List<String> suffixes) {
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String s : suffixes) {
                if (k.endsWith(s) && k.length() - s.length() >= 2) {
                    k = k.substring(0, k.length() - s.length());
                    cut = true;
                }
            }
        }
        return k;
    }

    /** 提高到, 上升至, 为 — or the verb alone (由30.5%提高47.2%), as reports often leave 到 out. */
    private static final java.util.regex.Pattern CHANGE_TO = java.util.regex.Pattern.compile(
            "^(?:(?:提高|上升|下降|降低|增加|减少|增长|扩大|缩小|调整|跃升|攀升|回落|收窄)(?:到|至|为)?|跃上|迈上|跨上|到|至|为)");

    /** 由, or 从 that is no part of 从业, 从事: the word a change's start follows. */
    private static final java.util.regex.Pattern CHANGE_FROM = java.util.regex.Pattern.compile("由|从(?![业事])");

    /**
     * 由上年的40.9%提高到42.1%, 占三产比重从去年的9.2%下降到7.3%: the figure a change starts from (its words hold 由 or 从,
     * a change verb or 到 follows it).
     */
    static boolean startsAChange(Placed q) {
        // the words after it, not its tail: the next figure may open on the verb (跃上万亿元, a bound)
        String after = q.sentence().text().substring(Math.min(q.end(), q.sentence().text().length()));
        return CHANGE_FROM.matcher(q.label()).find() && CHANGE_TO.matcher(TextForms.bare(after)).find();
    }

    /**
     * 61623.9万吨(12324.8亿斤), 减少520.1万吨(104.0亿斤): a figure in brackets right after another figure is that figure
     * again in another unit, not a figure of its own in the sentence's order.
     */
    static boolean isConversion(Placed q) {
        String t = q.sentence().text();
        int open = q.start() - 1;
        if (open < 1 || (t.charAt(open) != '(' && t.charAt(open) != '（') || q.end() >= t.length()
                || (t.charAt(q.end()) != ')' && t.charAt(q.end()) != '）')) {
            return false;
        }
        for (Placed p : q.sentence().facts()) {
            if (p != q && p.end() == open && p.fact().type().isNumeric()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 完成年初预算数60999万元的40.4%, 占年初预算8465万元的41.5%: the base of a share stated right after it,
     * neither the level that moved nor the total of the parts that follow.
     */
    static boolean isShareBase(Placed q) {
        return TextForms.bare(q.tail()).equals("的");
    }

    /**
     * Whether an indicator names what it measures (规上工业增加值, 收集企业问题) rather than only
     * an act or a count (总投资, 开工建设): something must be left once generic words, stages and
     * completion words are taken out.
     */
    static boolean isSpecific(String indicatorKey, CheckWords w) {
        if (indicatorKey == null || CheckWords.at(w.comparisonHeads(), indicatorKey, 0) != null) {
            return false; // 比一九八○年: the base of a comparison, not what is measured
        }
        String rest = indicatorKey;
        for (List<String> list : List.of(w.genericIndicatorWords(), w.statusWords(), w.completionWords())) {
            for (String g : list) {
                rest = rest.replace(g, "");
            }
        }
        int han = 0;
        for (int i = 0; i < rest.length(); i++) {
            if (TextForms.isHan(rest.charAt(i)) || Character.isLetterOrDigit(rest.charAt(i))) {
                han++;
            }
        }
        return han >= 2;
    }

    static String periodKey(Fact f) {
        return f.period() == null ? null : TextForms.bare(TextForms.light(f.period()));
    }

    /** The calendar year a period names (2024年上半年 → 2024), or null for 今年, 截至目前 … */
    static Integer year(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = YEAR.matcher(period);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    /** The same period one year earlier (2024年上半年 → 2023年上半年), or null. */
    static String yearEarlier(String period) {
        Integer y = year(period);
        return y == null ? null : period.replaceFirst(String.valueOf(y), String.valueOf(y - 1));
    }

    /** A period that names its year, and so means the same in every report. */
    static boolean isAbsolute(String period) {
        return year(period) != null && !period.contains("以来");
    }

    /** A growth rate in per cent (增长6.5%), not in points nor a multiple. */
    static boolean isPercentRate(Fact f) {
        return f.type() == FactType.GROWTH && "%".equals(f.unit());
    }

    /** A growth rate in per cent with its value and no bound (增长6.5%, not 增长6%以上). */
    static boolean isExactPercentRate(Fact f) {
        return isPercentRate(f) && f.value() != null && f.qualifier() == null;
    }

    /** The value a figure stands for, as a number to compare: the value, or the rank of a ranking. */
    static Double number(Fact f) {
        if (f.type() == FactType.RANKING) {
            return f.rank() != null ? Double.valueOf(f.rank()) : f.top() != null ? Double.valueOf(f.top()) : null;
        }
        return f.value();
    }
}
