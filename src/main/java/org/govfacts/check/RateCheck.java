package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.govfacts.fact.Fact;
import org.govfacts.fact.Basis;
import org.govfacts.fact.FactType;
import org.govfacts.text.Clauses;

/**
 * Rates against the counts they are computed from (已开复工107项 … 137个项目 → 开复工率78.1%;
 * 已解决3097条 of 3118条 → 解决率99%以上), and shares against the base they name
 * (完成投资X，占年度计划投资的Y% with 年度计划投资 stated nearby; 其中A …，占比Y% of the total).
 */
final class RateCheck {
    /** How many candidate bases are tried, nearest first, before a rate is called inconsistent. */
    private static final int BASES_TRIED = 3;

    private static final String PER_MILLE = "‰";
    /** How far a year's average population may lie from its year-end count, for a vital rate per thousand (a county's change in a census year). */
    private static final double AVERAGE_POPULATION_SLACK = 0.06;

    private final CheckWords words;

    /** 完成投资比例135%, 投资完成比例: a completion rate (check_completion_rates.tsv) called a 比例 rather than a 率. */
    private final java.util.regex.Pattern completionRatio;

    RateCheck(CheckWords words) {
        this.words = words;
        this.completionRatio = words.completionRateName("\\p{IsHan}{0,2}?比例");
    }

    /** The completion rate's row of check_completion_rates.tsv where {@code label} ends in one called a 比例, else null. */
    private String[] completionRatioRow(String label) {
        String bare = TextForms.bare(label);
        java.util.regex.Matcher m = completionRatio == null ? null : completionRatio.matcher(bare);
        if (m == null || !m.find()) {
            return null;
        }
        for (String[] row : words.completionRates()) {
            if (row.length >= 3 && m.group().startsWith(row[0])) {
                return row;
            }
        }
        return null;
    }

    List<Finding> check(DocumentView d, List<Breakdown> breakdowns) {
        Map<Placed, Placed> totalOfPart = Breakdown.totalsOfParts(breakdowns);
        List<Finding> out = new ArrayList<>();
        for (Placed r : d.placed()) {
            Fact f = r.fact();
            if (f.type() != FactType.RATIO || f.value() == null || !"%".equals(f.unit()) && !PER_MILLE.equals(f.unit())) {
                continue;
            }
            String label = r.label();
            if (PER_MILLE.equals(f.unit()) && rateHead(label) < 0) {
                continue; // a rate per thousand is checked by its name (出生率, 死亡率), never as a share of a nearby figure
            }
            if (Figures.startsAChange(r) || Figures.RISE_FROM.matcher(TextForms.bare(label)).find()) {
                // 比重由上年的40.9%提高到42.1%: the 40.9% is the year before's, not a share of this year's figures (工业占GDP的
                // 比重由30.5%提高47.2%: the same where the words after it are not read as a share it rises to)
                continue;
            }
            Placed from = changeStartBefore(r);
            if (from != null) {
                label = from.label(); // …中的占比由上年的48.2%上升到50.5%: the 50.5% is named where the change begins
            }
            // 占常住人口比重(常住人口城镇化率)为67.31%: the bracket names the share another way; the share is what is said
            label = beforeAside(r, label);
            label = listHeadLabel(r, label);
            boolean named = rateHead(label) >= 0;
            String[] completionRow = named ? null : completionRatioRow(label);
            Finding finding = named ? rate(d, r, label)
                    : completionRow != null ? completion(d, r, TextForms.bare(label), completionRow[1].split("\\|"), completionRow[2].split("\\|"))
                    : share(d, r, label, totalOfPart);
            if (finding != null) {
                out.add(finding);
            }
        }
        return out;
    }

    /**
     * 占常住人口比重(常住人口城镇化率)为67.31%: a bracket right before the figure names the share another way, and
     * the words before it say what the share is of; the label is read past the bracket, which is left out.
     */
    private static String beforeAside(Placed r, String label) {
        String text = r.sentence().text();
        int start = r.sentence().phraseStart(r);
        if (label.length() > 2 || start <= 0 || text.charAt(start - 1) != ')' && text.charAt(start - 1) != '）') {
            return label;
        }
        int open = Math.max(text.lastIndexOf('(', start - 1), text.lastIndexOf('（', start - 1));
        if (open <= 0 || start - open > 24) {
            return label;
        }
        int from = open;
        while (from > 0 && !SentenceView.breaksPhrase(text.charAt(from - 1))) {
            from--;
        }
        for (Placed q : r.sentence().facts()) {
            if (q.end() <= open && q.end() > from && q.fact().type().isNumeric()) {
                from = q.end();
            }
        }
        return text.substring(from, open).strip() + label;
    }

    /** The figure a change to {@code r} starts from (由上年的48.2%上升到50.5%: the 48.2%), or null. */
    private static Placed changeStartBefore(Placed r) {
        Placed before = null;
        for (Placed q : r.sentence().facts()) {
            if (q.end() <= r.start() && (before == null || q.end() > before.end())) {
                before = q;
            }
        }
        return before != null && before.fact().type() == r.fact().type() && Figures.startsAChange(before) ? before : null;
    }

    /** Where the rate's head stands in its label: its last 率, else the 面 of a breadth rate (增长面: check_breadth_rates.txt); -1 if none. */
    private int rateHead(String label) {
        int at = label.lastIndexOf('率');
        if (at >= 0) {
            return at;
        }
        for (String w : words.breadthRates()) {
            int i = label.lastIndexOf(w);
            if (i >= 0 && label.length() - i - w.length() <= 2) { // 增长面达, 亏损面为
                return i + w.length() - 1;
            }
        }
        return -1;
    }

    /** The words that name what a count counts: before it, and for a breadth rate (增长面) the words after it too. */
    private static String countWords(Placed q, boolean breadth) {
        return breadth ? q.label() + q.tail() : q.label();
    }

    private Finding rate(DocumentView d, Placed r, String label) {
        if (label.contains("分别")) {
            return null; // 入园率和普惠率分别达96%和94%: which rate is which is a matter of order, not checked
        }
        int at = rateHead(label);
        // 有33个行业增加值增长，增长面达82.5%: the members a breadth rate counts are named after their number
        boolean breadth = at >= 0 && label.charAt(at) == '面';
        int from = at;
        while (from > 0 && at - from < 4 && isStemChar(label.charAt(from - 1))) {
            from--;
        }
        String word = label.substring(from, at);
        int nameFrom = from;
        while (nameFrom > 0 && at - nameFrom < 8 && isStemChar(label.charAt(nameFrom - 1))) {
            nameFrom--;
        }
        if (word.length() < 2) {
            return null;
        }
        for (String[] row : words.completionRates()) {
            if (row.length >= 3 && word.endsWith(row[0])) {
                return completion(d, r, label.substring(nameFrom, at + 1), row[1].split("\\|"), row[2].split("\\|"));
            }
        }
        Placed numerator = null;
        List<String> stems = new ArrayList<>();
        for (int len = word.length(); len >= 2; len--) {
            stems.add(word.substring(word.length() - len));
        }
        if (word.length() >= 3 && word.endsWith("化")) {
            String root = word.substring(0, word.length() - 1); // 城镇化率: 城镇 of 城镇人口
            for (int len = root.length(); len >= 2; len--) {
                stems.add(root.substring(root.length() - len));
            }
        }
        String matched = null;
        for (String stem : stems) {
            if (numerator != null) {
                break;
            }
            String variant = words.rateStemVariants().get(stem); // 开工率 counted from 已开复工15个
            for (Placed q : d.before(r, 2)) {
                String ql = countWords(q, breadth);
                if (variant != null) {
                    ql = ql.replace(variant, stem);
                }
                if (Figures.isAddable(q, words) && ql.contains(stem) && !ql.contains("未" + stem) && !ql.contains("率")
                        && countsStem(ql, stem)) {
                    numerator = q;
                    matched = stem;
                    break;
                }
            }
        }
        if (numerator == null) {
            return null;
        }
        String fullName = label.substring(nameFrom, at);
        String qualifier = stripPrefixes(fullName.substring(0, Math.max(0, fullName.lastIndexOf(matched))));
        while (!qualifier.isEmpty() && "全省市县区州盟旗镇乡".indexOf(qualifier.charAt(0)) >= 0) {
            qualifier = qualifier.substring(1); // the name's window may start inside a scope word (…市常住人口城镇化率)
        }
        List<Placed> bases = new ArrayList<>();
        // 出生率 after 城镇人口…，全年出生人口…: a vital rate is over the whole population, never a part of it nor another count,
        // so those are not tried (死亡率 after 出生人口2195人 and two parts of the population still reaches 户籍总人口)
        boolean vital = PER_MILLE.equals(r.fact().unit());
        for (Placed q : d.before(numerator, 2)) {
            if (bases.size() == BASES_TRIED) {
                break;
            }
            if (vital && !wholePopulation(q)) {
                continue;
            }
            if (Figures.isAddable(q, words) && Figures.sameClass(q.fact(), numerator.fact(), words)
                    && q.fact().value() >= numerator.fact().value() && q.fact().value() > 0) {
                bases.add(q);
            }
        }
        if (bases.isEmpty()) {
            // No earlier count is as large as the numerator: the nearest one in its sentence is its base, and the rate is over 100%.
            for (Placed q : d.before(numerator, 1)) {
                if (Figures.isAddable(q, words) && Figures.sameClass(q.fact(), numerator.fact(), words) && q.fact().value() > 0) {
                    bases.add(q);
                    break;
                }
            }
        }
        // the population a rate names is told by its own words (户籍, 常住), not by the 人口 every count ends with
        String ownScope = qualifier.endsWith("人口") ? qualifier.substring(0, qualifier.length() - 2) : qualifier;
        if (ownScope.length() >= 2 && !sharesAWord(numerator.label(), ownScope)) {
            // 户籍人口城镇化率 after 常住人口…其中城镇人口4886.2万人: the rate names a population (户籍) that
            // neither the count nor its total is of; it is another rate of the same stem
            bases.removeIf(b -> !sharesAWord(b.label(), ownScope));
        }
        String name = label.substring(nameFrom, at + 1);
        for (String[] row : words.stockStartRates()) {
            if (name.endsWith(row[0])) {
                // 出栏率, 总增率: over the herd at the year's start, which a year-end count is not (check_stock_start_rates.tsv)
                List<String> start = List.of(row[1].split("\\s*,\\s*"));
                bases.removeIf(b -> start.stream().noneMatch(b.label()::contains));
            }
        }
        if (vital) {
            bases.removeIf(b -> !wholePopulation(b)); // the fallback base too
        }
        if (bases.isEmpty()) {
            return null;
        }
        Finding first = null;
        for (Placed base : bases) {
            Finding f = judge(FindingKind.RATE, name, r.fact(), numerator.fact(), base.fact(),
                    "the count before the rate shares its stem “" + word + "” and the total is the nearest larger count of the same kind before it in the paragraph");
            if (f.verdict() == Verdict.CONSISTENT) {
                return f;
            }
            if (first == null) {
                first = f;
            }
        }
        // 城镇登记失业人数1.39万人，城镇登记失业率为2.43% after 新增农村劳动力转移就业3.79万人: a base the rate never names and that shares
        // no word with its count is a guess, not the base (a labour force is not stated); a guess that fails says nothing
        Placed guessed = bases.get(0);
        if (first != null && first.verdict() == Verdict.INCONSISTENT
                && !sharesAWord(guessed.label() + "|" + guessed.tail(),
                        TextForms.bare(countWords(numerator, breadth)) + "|" + name)) {
            return null;
        }
        return first;
    }

    /**
     * A completion rate (投资完成率116.45%): the amount done (完成投资26.4亿元) over the amount planned for it
     * (当年计划投资22.67亿元), both stated before the rate in its passage, the plan first, with the same head
     * word after their cues and no 其中 between. Without both, nothing is said.
     */
    private Finding completion(DocumentView d, Placed r, String name, String[] doneCues, String[] planCues) {
        Placed done = null;
        String head = null;
        for (Placed q : d.before(r, 2)) {
            String l = TextForms.bare(q.label());
            String cue = lastCue(l, doneCues);
            if (Figures.isAddable(q, words) && q.fact().basis() != Basis.CHANGE && cue != null && lastCue(l, planCues) == null) {
                done = q;
                head = l.substring(l.lastIndexOf(cue) + cue.length());
                break;
            }
        }
        if (done == null) {
            return null;
        }
        for (Placed q : d.before(done, 2)) {
            String l = TextForms.bare(q.label());
            if (Figures.isAddable(q, words) && Figures.sameClass(q.fact(), done.fact(), words) && q.fact().basis() != Basis.CHANGE
                    && lastCue(l, planCues) != null && l.endsWith(head) && q.fact().value() > 0) {
                return subsetBetween(d, q, done) || countedGroup(done) ? null : judge(FindingKind.SHARE, name, r.fact(), done.fact(), q.fact(),
                        "a completion rate is the amount done over the amount planned, and the nearest plan before the amount done ("
                                + TextForms.light(q.fact().text()) + ") is of the same head word “" + head + "”, with no 其中 between");
            }
        }
        return null;
    }

    /**
     * Whether the amount done is said of a group its clause counts ((1)16个续建项目完成投资20.94亿元): the plan before it is of
     * all the projects, and the group's own plan is not stated.
     */
    private static boolean countedGroup(Placed done) {
        String text = done.sentence().text();
        int clause = org.govfacts.text.Clauses.start(text, done.start());
        return done.sentence().facts().stream().anyMatch(q -> q != done && q.start() >= clause && q.end() <= done.start()
                && q.fact().type().isNumeric() && q.fact().type() != done.fact().type());
    }

    private static String lastCue(String label, String[] cues) {
        String found = null;
        int at = -1;
        for (String c : cues) {
            int i = label.lastIndexOf(c);
            if (!c.isEmpty() && i > at) {
                at = i;
                found = c;
            }
        }
        return found;
    }

    /** R&D经费支出24426亿元，…与国内生产总值之比为2.40%: the base a ratio is of, named between 与 and 之比 at the label's end. */
    private static final java.util.regex.Pattern BASE_AGAINST = java.util.regex.Pattern.compile("与([^，,；;。与]{2,20}?)之比[为是达]?$");
    /** 工业增加值在地区生产总值中的占比为50.5%: the base a share is of, named between 在 and 中. */
    private static final java.util.regex.Pattern BASE_WITHIN = java.util.regex.Pattern.compile("在([^，,；;。在]{2,20}?)中的?(?:占比|比重|份额)");

    /** A base that is only a time (2012年, 上年, 去年同期): the figure is a level against an earlier one, not a share. */
    private static final java.util.regex.Pattern EARLIER_TIME = java.util.regex.Pattern.compile(
            "(?:(?:19|20)\\d{2}年(?:末|底|同期)?|上年(?:同期)?|去年(?:同期)?|上一年)");

    private Finding share(DocumentView d, Placed r, String label, Map<Placed, Placed> totalOfPart) {
        if (CheckWords.firstIn(words.adjustedBasisWords(), r.sentence().text().substring(Clauses.start(r.sentence().text(), r.start()), r.start())) != null) {
            return null; // 占一般公共预算支出的67.3%，剔除增发国债因素比重为69.1%: a share on an adjusted basis, of a base not stated
        }
        Finding inline = inlineBase(r);
        if (inline != null) {
            return inline;
        }
        int zhan = label.lastIndexOf('占');
        String baseName;
        String partName = null; // what the share is of, where its words name it (第一产业增加值占…)
        java.util.regex.Matcher ofPart;
        String inherited;
        java.util.regex.Matcher within = BASE_WITHIN.matcher(label);
        java.util.regex.Matcher against = BASE_AGAINST.matcher(label);
        if (within.find()) {
            baseName = within.group(1);
        } else if (against.find()) {
            baseName = against.group(1);
        } else if (zhan >= 0) {
            int de = baseEnd(label, zhan);
            baseName = label.substring(zhan + 1, de > zhan ? de : label.length());
            partName = label.substring(0, zhan);
        } else if ((ofPart = SHARE_OF_PART.matcher(TextForms.bare(label))).matches() && (inherited = baseOfShareBefore(r)) != null) {
            // 第一产业增加值占地区生产总值的比重为7.6%，第二产业增加值比重为45.8%: the base the sentence's first share named
            baseName = inherited;
            partName = ofPart.group(1);
        } else {
            // 完成年度计划的50.4%, 为年度投资计划的30.90%, 是…的: the verb nearest before the last 的.
            int de = label.lastIndexOf('的');
            int verb = -1;
            int verbLength = 0;
            for (String v : words.shareVerbs("opener")) {
                int at = de < 0 ? -1 : label.lastIndexOf(v, de);
                if (at > verb) {
                    verb = at;
                    verbLength = v.length();
                }
            }
            if (verb < 0 || de < verb + verbLength) {
                return null;
            }
            baseName = label.substring(verb + verbLength, de);
        }
        String named = TextForms.bare(baseName);
        if (EARLIER_TIME.matcher(named).matches()) {
            return null; // 按不变价计算为2012年的2.26倍: a multiple of an earlier year's level, not a share of a whole
        }
        baseName = stripPrefixes(named);
        boolean scopeOnly = baseName.isEmpty() && !named.isEmpty(); // 占全省的12%: a share of the whole region
        Placed numerator = numerator(r);
        Placed respective = respectivePart(r);
        if (respective != null) {
            // 男性人口23.85万人，女性人口22.61万人，分别占总人口的51.3%和48.7%: the shares follow the parts in order
            numerator = respective == NO_PART ? respectiveNamedLevel(d, r) : respective;
        }
        if (partName != null && respective == null) {
            // 城镇人口12.4万人，乡村人口15.8万人，城镇人口占常住人口比重为43.97%: the part the share names, not the nearest figure
            Placed namedPart = namedLevel(d, r, partName);
            numerator = namedPart != null ? namedPart : numerator;
        }
        if (numerator == null) {
            return null;
        }
        Placed base = null;
        List<Placed> otherBases = List.of(); // further figures of the base's name elsewhere in the report
        boolean inHeading = false; // the base is the count of the group the sentence opens with
        if (scopeOnly) {
            // The whole region's figure of the numerator's own indicator, named with the scope word, in the same passage.
            String key = Figures.indicatorKey(numerator.fact(), words);
            for (Placed q : d.before(numerator, 3)) {
                if (key != null && Figures.isAddable(q, words) && Figures.sameClass(q.fact(), numerator.fact(), words)
                        && key.equals(Figures.indicatorKey(q.fact(), words)) && TextForms.bare(q.label()).contains(named)) {
                    base = q;
                    break;
                }
            }
        } else if (baseName.isEmpty() || baseName.equals("比") || baseName.equals("比重")) {
            base = totalOfPart.get(numerator);
            if (base != null && sharedBareShare(base, numerator)) {
                return null; // 15—64岁人口2421.53万人，占69.87%(其中：15-59岁人口2198.44万人，占63.43%): both of the population
            }
            if (base == null) {
                base = groupCountedInHeading(r, numerator); // 3114个项目中，新开工项目达2063个，占比66.2%
                inHeading = base != null;
            }
            if (base == null && baseName.isEmpty()) {
                base = groupHeading(d, r, numerator);
            }
            if (base == null && baseName.isEmpty()) {
                base = countHeldBefore(r, numerator);
            }
            if (base == null) {
                base = wholeSplitByCue(d, r, numerator);
            }
        } else if (words.meanToMedian().containsKey(baseName)) {
            base = meanOf(d, numerator, words.meanToMedian().get(baseName));
        } else if (baseName.length() >= 2) {
            // The base the sentence names, of the same group as the numerator: before it in the same passage,
            // with no 其中 or semicolon between them (其中工业项目…完成年度计划的81.5% is of the industrial
            // projects' plan, not of the plan stated for all projects before).
            for (String name : spellings(baseName)) {
                base = namedBefore(d, numerator, name);
                Placed whole = base == null ? null : totalOfPart.get(base);
                if (whole != null && whole != numerator && TextForms.bare(whole.label()).contains(name)) {
                    // 完成固定资产投资21796万元。其中…更新改造投资5327万元。…占投资比重81%: the whole the named part splits, whose words
                    // name the base as well
                    base = whole;
                }
                if (base == null && isWholeCount(name)) {
                    base = groupTotal(r, numerator, name);
                }
                if (base == null) {
                    List<Placed> elsewhere = namedElsewhere(d, r, numerator, name, false);
                    base = elsewhere.isEmpty() ? null : elsewhere.get(0);
                    if (base != null) {
                        List<Placed> nearby = namedNearby(d, numerator, name);
                        base = nearby.isEmpty() || nearby.contains(base) ? base : null;
                    }
                }
                if (base != null) {
                    // where the text names the base ambiguously, any place's figure of that name may be it
                    Placed chosen = base;
                    otherBases = namedElsewhere(d, r, numerator, name, true).stream().filter(q -> q != chosen).toList();
                    break;
                }
            }
            Placed whole = totalOfPart.get(numerator);
            if (base == null && whole != null && endsWithName(whole, baseName)) {
                base = whole; // 完成工业总产值…。其中轻工业…；重工业…。…占全市工业总产值的比重: the whole the part splits, named
            }
            if (base == null) {
                base = wholeByHeadWord(numerator, named, whole);
            }
            if (base == null) {
                base = wholeOfTopic(d, numerator, named);
            }
            if (base == null && words.genericBases().contains(baseName)) {
                base = wholeOfItsMeasure(d, numerator, named);
            }
        }
        if (base != null && baseName.length() >= 2 && sharesTheBase(base, baseName)) {
            // 城镇消费品零售额32.25亿元，占零售总额的84.8%，乡村消费品零售额5.78亿元，占零售总额的15.2%: a sibling part, not the whole
            return null;
        }
        if (base == null || base.fact().value() <= 0 || base == numerator
                || base.fact().value().equals(numerator.fact().value()) && !"%".equals(numerator.fact().unit())) {
            // 118个县实现生产总值11268.4亿元，…占全省生产总值的比重为54.2%: the base found is the part itself (or its
            // restatement in the headline); the province's product is not stated
            return null;
        }
        String why = inHeading ? "the share names no base, and its part is counted within the group its sentence counts first"
                + " (" + TextForms.light(base.fact().text()) + "…中)"
                : baseName.isEmpty() && !scopeOnly ? "the share follows a part of a breakdown whose total is stated"
                : namedBaseWhy(named, base);
        String shareName = baseName.isEmpty() ? "占比" : "占" + baseName;
        Finding f = judge(FindingKind.SHARE, shareName, r.fact(), numerator.fact(), base.fact(), why);
        if (f != null && f.verdict() == Verdict.INCONSISTENT) {
            for (Placed other : otherBases) {
                // 年末户籍总人口171.5万人，其中，谯城区(不含高新区)户籍总人口159.4万人…18岁以下人口39.16万人，占总人口的24.6%: the
                // report states two figures of the base's name, and the share is of the one it agrees with
                // an exact figure only: 广州经济总量突破3万亿元, a bound, agrees with almost any share
                Finding alt = other.fact().value() > 0 && other != numerator && other.fact().qualifier() == null
                        ? judge(FindingKind.SHARE, shareName, r.fact(), numerator.fact(), other.fact(), namedBaseWhy(named, other)) : null;
                if (alt != null && alt.verdict() == Verdict.CONSISTENT) {
                    return alt;
                }
            }
        }
        return f;
    }

    /**
     * 总收入为413.48亿元，为年度预算411.08亿元的100.58%: the base stands right before 的 with the share verb that opens
     * its words, and the share is of the amount of its kind before it in the same group of clauses.
     */
    private Finding inlineBase(Placed r) {
        String text = r.sentence().text();
        Placed base = null;
        Placed numerator = null;
        for (Placed q : r.sentence().facts()) {
            if (q.end() > r.start()) {
                break;
            }
            if (Figures.isAmount(q.fact()) && q.fact().basis() != Basis.CHANGE) {
                numerator = base;
                base = q;
            } else if (q.fact().type().isNumeric() && !(q.fact().type() == FactType.GROWTH && base != null && numerator == null)) {
                numerator = null;
                base = null; // 增长8%，为…: a figure of another kind between them breaks the pair
            } // (收入424.8亿元，增长18.2%，完成年度预算552.8亿元的76.8%: the amount's own growth right after it does not)
        }
        if (base == null || numerator == null) {
            return null;
        }
        // 完成全年900万人目标的73%: the plan's word (check_plan_bases.txt) may stand between the base and its 的
        String between = TextForms.bare(text.substring(base.end(), r.start()));
        String planWord = between.endsWith("的") ? between.substring(0, between.length() - 1) : null;
        if (planWord == null || !planWord.isEmpty() && !words.planBases().contains(planWord)) {
            return null;
        }
        String baseWords = TextForms.bare(base.label()) + planWord;
        if (words.shareVerbs("opener").stream().noneMatch(baseWords::startsWith) || base.label().contains("比")
                || !Figures.sameClass(numerator.fact(), base.fact(), words) || base.fact().value() <= 0
                || org.govfacts.text.Clauses.groupBreakBetween(text, numerator.end(), base.start())) {
            return null; // 比上年的…: a comparison, not a base
        }
        String verb = words.shareVerbs("opener").stream().filter(baseWords::startsWith).findFirst().orElse("");
        return judge(FindingKind.SHARE, "占" + baseWords.substring(verb.length()), r.fact(), numerator.fact(), base.fact(),
                "the sentence states the base (“" + baseWords + "” " + TextForms.light(base.fact().text())
                        + ") right before the share, after the figure it is a share of");
    }

    /**
     * Whether the total a part is listed under states a share of its own that names no base (占69.87%), before the part:
     * the part's share that names none either is then of that same unnamed whole, not of the total.
     */
    private static boolean sharedBareShare(Placed total, Placed part) {
        if (total.sentence() != part.sentence()) {
            return false;
        }
        for (Placed q : total.sentence().facts()) {
            if (q.start() < total.end()) {
                continue;
            }
            if (q.end() > part.start() || Figures.isAmount(q.fact())) {
                return false; // 社会总产值8429万元，其中农业总产值3312万元，占39.3%: that share is the first part's, not the total's
            }
            if (isBareShare(q)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern BARE_SHARE = java.util.regex.Pattern.compile("(?:占|占比|比重)(?:为|是|达到|达)?");

    /** A share whose words name no base, only that it is one (占69.87%, 占比为27.5%). */
    private static boolean isBareShare(Placed q) {
        return q.fact().type() == FactType.RATIO && BARE_SHARE.matcher(TextForms.bare(q.label())).matches();
    }

    /** 第二产业增加值比重为, 第三产业增加值的比重: a share that names its part but not its base. */
    private static final java.util.regex.Pattern SHARE_OF_PART = java.util.regex.Pattern.compile("(.{2,}?)的?(?:比重|占比)(?:为|是|达到|达)?");

    /** Where the base a share's words name after the 占 at {@code zhan} ends: at 的, else at 比重 (占常住人口比重为); -1 when at neither. */
    private int baseEnd(String label, int zhan) {
        int de = label.indexOf('的', zhan);
        int weight = label.indexOf("比重", zhan);
        if (weight > zhan + 1 && (de < 0 || weight < de)) {
            return weight; // 占三产比重从去年的9.2%下降到7.3%: 比重 before 的 ends the base's name
        }
        if (de >= 0 || weight >= 0) {
            return de >= 0 ? de : weight;
        }
        // 占总产值为76.4%, 占全市达到30%: the copula or verb before the figure ends the base's name
        String bare = label.stripTrailing();
        for (String verb : words.shareVerbs("copula")) {
            if (bare.endsWith(verb) && bare.length() - verb.length() > zhan + 1) {
                return bare.length() - verb.length();
            }
        }
        return -1;
    }

    /** The base the nearest share before {@code r} in its sentence names after 占 (…占地区生产总值的比重为7.6%), or null. */
    private String baseOfShareBefore(Placed r) {
        String found = null;
        for (Placed q : r.sentence().facts()) {
            if (q.end() > r.start()) {
                break;
            }
            if (q.fact().type() != FactType.RATIO) {
                continue;
            }
            String l = TextForms.bare(q.label());
            int zhan = l.lastIndexOf('占');
            int de = zhan < 0 ? -1 : baseEnd(l, zhan);
            found = zhan >= 0 && de > zhan + 2 ? l.substring(zhan + 1, de) : found;
        }
        return found;
    }

    /**
     * 第一产业增加值261.07亿元…。第一产业增加值占地区生产总值的比重为7.6%: a share whose sentence states no amount, of
     * the part its words name; that part's level stated in the paragraph before it, with one value, for the same place,
     * period and status; else null.
     */
    private Placed namedLevel(DocumentView d, Placed r, String partName) {
        if (partName.indexOf('、') >= 0 || r.label().contains("分别")) {
            return null; // 第一产业、第二产业、第三产业增加值占…的比重分别为: several parts, one share each, read elsewhere
        }
        return namedLevelOf(d, r, stripPrefixes(TextForms.bare(partName)));
    }

    /** The level named {@code named} of {@code r}'s period, place and status stated in the passage before it, if one value. */
    private Placed namedLevelOf(DocumentView d, Placed r, String named) {
        if (named.length() < 2) {
            return null;
        }
        Placed found = null;
        for (Placed q : d.before(r, 3)) {
            Fact f = q.fact();
            if (!Figures.isAmount(f) || f.basis() == Basis.CHANGE || f.qualifier() != null
                    || !java.util.Objects.equals(f.periodNorm(), r.fact().periodNorm())
                    || !java.util.Objects.equals(f.regionNorm(), r.fact().regionNorm())
                    || !java.util.Objects.equals(f.status(), r.fact().status())) {
                continue;
            }
            String key = Figures.indicatorKey(f, words);
            String namedKey = Figures.phraseKey(named, f.type(), words);
            if (key == null || namedKey == null || !key.equals(namedKey) && !namesWithMeasure(key, namedKey) && !doneOfNamed(key, namedKey)) {
                continue;
            }
            if (found != null && !found.fact().value().equals(f.value())) {
                return null; // the part stated with two values: which one the share is of cannot be told
            }
            found = found == null ? q : found;
        }
        return found;
    }

    /** Whether a figure's words or indicator, asides left out, end with the name a share gives its base (not 预算 of 一般公共预算收入). */
    private static boolean endsWithName(Placed q, String name) {
        return TextForms.bare(TextForms.withoutAsides(q.label())).endsWith(name)
                || q.fact().indicator() != null && TextForms.bare(TextForms.withoutAsides(TextForms.light(q.fact().indicator()))).endsWith(name);
    }

    /**
     * 轻工业完成2414046万元 named 轻工业产值 by a share: what the words before a closing completion word (完成) name is the share's
     * part, alone or with a measure word.
     */
    private boolean doneOfNamed(String levelKey, String namedKey) {
        for (String done : words.completionWords()) {
            if (done.length() >= 2 && levelKey.endsWith(done) && levelKey.length() - done.length() >= 2) {
                String what = levelKey.substring(0, levelKey.length() - done.length());
                return what.equals(namedKey) || namedKey.startsWith(what) && words.measureHeads().contains(namedKey.substring(what.length()));
            }
        }
        return false;
    }

    /** 等级公路里程 named 等级公路 by a share (等级公路占公路总里程的85.2%): the level's name is the share's and a measure word. */
    private boolean namesWithMeasure(String levelKey, String namedKey) {
        return namedKey.length() >= 2 && levelKey.startsWith(namedKey)
                && words.measureHeads().contains(levelKey.substring(namedKey.length()));
    }

    /**
     * The part a share is of: the nearest amount before it in its sentence, with no semicolon between
     * (a change, 较去年同期增长153.34亿元, is not a part); when there is none, the first amount after it
     * in the sentence (已完成年度计划的50.4%，完成投资206.7亿元).
     */
    private Placed numerator(Placed r) {
        Placed before = null;
        for (Placed q : r.sentence().facts()) {
            if (q.end() <= r.start() && Figures.isAmount(q.fact()) && q.fact().basis() != Basis.CHANGE) {
                before = q;
            }
        }
        String text = r.sentence().text();
        if (before != null && !namesBase(before, r)) {
            if (!org.govfacts.text.Clauses.groupBreakBetween(text, before.end(), r.start())) {
                return before;
            }
            // 非公有制经济增加值8936.75亿元，增长15.8%；占地区生产总值的比重为56.2%: a clause after a semicolon that
            // opens on 占 has no subject of its own, it goes on with the figure before the semicolon
            int group = org.govfacts.text.Clauses.groupStart(text, r.start());
            if (group > 0 && ";；".indexOf(text.charAt(group - 1)) >= 0 && TextForms.bare(text.substring(group, r.start())).startsWith("占")
                    && !org.govfacts.text.Clauses.groupBreakBetween(text, before.end(), group - 1)) {
                return before;
            }
        }
        for (Placed q : r.sentence().facts()) {
            if (q.start() >= r.end() && Figures.isAmount(q.fact()) && q.fact().basis() != Basis.CHANGE) {
                return org.govfacts.text.Clauses.groupBreakBetween(text, r.end(), q.start()) ? null : q;
            }
        }
        return null;
    }

    /**
     * A base named as the whole of its kind (总人口, 总产值, 全部工业投资): the total the part is listed under when its
     * indicator holds the base's head word (其中城镇常住人口…，占总人口比重 of the 常住人口 before 其中; 共投资99948万元，
     * 其中对重工业投资8.7亿元，占全部工业投资的), else the nearest figure of that head word before the part in its sentence
     * (规上工业产值197.8亿元…；民营企业产值151.1亿元，占总产值为76.4%), unless it states a share of that base itself (a sibling).
     */
    private Placed wholeByHeadWord(Placed numerator, String named, Placed listedUnder) {
        String head = headOfWhole(named);
        if (head == null || head.length() < 2) {
            return null;
        }
        String last = head.substring(head.length() - 2);
        if (listedUnder != null) {
            String key = Figures.indicatorKey(listedUnder.fact(), words);
            return key != null && key.endsWith(last) ? listedUnder : null;
        }
        Placed found = null;
        for (Placed q : numerator.sentence().facts()) {
            if (q.end() <= numerator.start() && Figures.isAddable(q, words) && Figures.sameClass(q.fact(), numerator.fact(), words)
                    && q.fact().basis() != Basis.CHANGE) {
                String key = Figures.indicatorKey(q.fact(), words);
                found = key != null && key.endsWith(head) ? q : found;
            }
        }
        if (found == null || sharesTheBase(found, named) || found.fact().value() <= numerator.fact().value()
                || restOfSentence(numerator).contains("分别")) {
            return null;
        }
        // 其中，男性人口3459万人，女性人口3168万人，分别占总人口的…: a figure after a breakdown cue is a part itself
        String before = numerator.sentence().text().substring(0, found.start());
        return words.breakdownCues().stream().anyMatch(before::contains) ? null : found;
    }

    /** The kind a base names as its whole (总人口 → 人口, 全部工业投资 → 工业投资), or null when it names no whole. */
    private static String headOfWhole(String named) {
        return named.startsWith("全部") ? named.substring(2) : named.startsWith("总") ? named.substring(1) : null;
    }

    /** 全市常住人口中，: a sentence that opens by naming the whole its figures are parts of (…中, 在…中). */
    private static final java.util.regex.Pattern TOPIC_WHOLE = java.util.regex.Pattern.compile("^\\s*在?([^，,；;。：:\\d]{2,20}?)中[，,：:]");
    /** How many sentences with figures back the whole a topic names may be stated. */
    private static final int TOPIC_REACH = 8;

    /**
     * 全市常住人口825.9万人…。全市常住人口中，居住在城镇的人口为368.52万人，占总人口的44.62%: a base named as the whole of its
     * kind (总人口) in a sentence that opens by naming the whole (全市常住人口中) is that whole as stated before: the nearest
     * earlier figure, in this paragraph or the ones before, whose indicator is the one the opening names, larger than the
     * part, of its period and place.
     */
    private Placed wholeOfTopic(DocumentView d, Placed numerator, String named) {
        String head = headOfWhole(named);
        java.util.regex.Matcher m = TOPIC_WHOLE.matcher(numerator.sentence().text());
        if (head == null || head.length() < 2 || !m.find() || m.end() > numerator.start()) {
            return null;
        }
        String topic = stripPrefixes(TextForms.bare(m.group(1)));
        if (!topic.endsWith(head)) {
            return null;
        }
        SentenceView s = numerator.sentence();
        for (int back = 0; back < TOPIC_REACH && s != null; back++, s = d.sentenceBefore(s)) {
            List<Placed> fs = s.facts();
            for (int i = fs.size() - 1; i >= 0; i--) {
                Placed q = fs.get(i);
                if (s == numerator.sentence() && q.start() >= numerator.start()) {
                    continue;
                }
                Fact x = q.fact();
                if (Figures.isAddable(q, words) && Figures.sameClass(x, numerator.fact(), words) && x.basis() != Basis.CHANGE
                        && topic.equals(Figures.indicatorKey(x, words)) && x.value() > numerator.fact().value()
                        && Objects.equals(x.regionNorm(), numerator.fact().regionNorm())
                        && (x.periodNorm() == null || numerator.fact().periodNorm() == null || PeriodNorms.within(x.periodNorm(), numerator.fact().periodNorm())
                                || PeriodNorms.within(numerator.fact().periodNorm(), x.periodNorm()))) {
                    return q;
                }
            }
        }
        return null;
    }

    /**
     * 我国实际使用外资…(折合489.1亿美元)…。其中，服务业利用外资金额275亿美元，…在全国总量中的比重…达到56.2%: a base named only as
     * the whole (check_generic_bases.txt) is the nearest earlier larger figure of the part's kind, in its passage and broken
     * down (其中) before the part, that shares a word of its measure and states no share of that whole itself.
     */
    private Placed wholeOfItsMeasure(DocumentView d, Placed numerator, String named) {
        if (restOfSentence(numerator).contains("分别")) {
            return null; // 注册协议外资2.45亿美元，实际利用外资1.063亿美元，分别占全市总量的63.6%和65.5%: a whole not stated
        }
        String measure = TextForms.bare(Objects.toString(numerator.fact().indicator(), ""));
        for (Placed q : d.before(numerator, 2)) {
            if (!cueBetween(d, q, numerator)) {
                continue; // the whole is broken down (其中) before its part is named
            }
            if (Figures.isAddable(q, words) && Figures.sameClass(q.fact(), numerator.fact(), words) && q.fact().basis() != Basis.CHANGE
                    && q.fact().value() > numerator.fact().value() && !sharesTheBase(q, named)
                    && sharesAWord(clauseBefore(q) + "|" + Objects.toString(q.fact().indicator(), ""), measure)) {
                return q;
            }
        }
        return null;
    }

    /** Whether a breakdown cue (其中) stands between {@code whole} and the later {@code part}. */
    private boolean cueBetween(DocumentView d, Placed whole, Placed part) {
        return CheckWords.firstIn(words.breakdownCues(), textBetween(d, whole, part)) != null;
    }

    /** The words from {@code earlier}'s end to {@code later}'s start, sentences joined by |. */
    private static String textBetween(DocumentView d, Placed earlier, Placed later) {
        StringBuilder between = new StringBuilder();
        for (SentenceView s : d.sentences().subList(earlier.sentence().index(), later.sentence().index() + 1)) {
            int from = s == earlier.sentence() ? Math.min(earlier.end(), s.text().length()) : 0;
            int to = s == later.sentence() ? Math.min(later.start(), s.text().length()) : s.text().length();
            between.append(s.text(), from, Math.max(from, to)).append('|');
        }
        return between.toString();
    }

    /** The words of {@code q}'s group of clauses before it (我国实际使用外资3010.9亿元人民币(折合 for 489.1亿美元). */
    private static String clauseBefore(Placed q) {
        String text = q.sentence().text();
        int end = Math.min(q.start(), text.length());
        return text.substring(Math.min(org.govfacts.text.Clauses.groupStart(text, end), end), end);
    }

    /**
     * 分别占总人口的51.3%和48.7%: a share after a list joiner in a 分别 list is named by the words before the list's first
     * share; any other label is returned as it is.
     */
    private static String listHeadLabel(Placed r, String label) {
        if (!org.govfacts.text.Clauses.joinsListItems(label)) {
            return label;
        }
        int respectively = r.sentence().respectivelyBefore(r);
        if (respectively < 0) {
            return label;
        }
        for (Placed q : r.sentence().facts()) {
            if (q.start() >= respectively && q.start() < r.start() && java.util.Objects.equals(q.fact().unit(), r.fact().unit())) {
                return q.label();
            }
        }
        return label;
    }

    /** A marker: the share stands in a 分别 list whose parts cannot be paired with its shares one by one. */
    private static final Placed NO_PART = new Placed(null, null, -1, -1);

    /**
     * The part a share after 分别 belongs to (男性人口23.85万人，女性人口22.61万人，分别占总人口的51.3%和48.7%): the shares of the
     * list after 分别 pair in order with as many amounts just before it in the same group of clauses. Null where no 分别
     * stands before the share in its group; {@link #NO_PART} where the parts are fewer than the shares.
     */
    private static Placed respectivePart(Placed r) {
        int respectively = r.sentence().respectivelyBefore(r);
        if (respectively < 0) {
            return null;
        }
        String text = r.sentence().text();
        List<Placed> parts = new ArrayList<>();
        for (Placed q : r.sentence().facts()) {
            if (q.end() <= respectively && Figures.isAmount(q.fact()) && q.fact().basis() != Basis.CHANGE
                    && !org.govfacts.text.Clauses.groupBreakBetween(text, q.end(), respectively)) {
                parts.add(q);
            }
        }
        List<Placed> shares = sharesAfterRespectively(r, respectively);
        int at = shares.indexOf(r);
        if (at < 0 || parts.size() < shares.size()) {
            return NO_PART;
        }
        return parts.get(parts.size() - shares.size() + at);
    }

    /** The figures of {@code r}'s unit after the sentence's 分别 at {@code respectively}, in its clause group: one for each part. */
    private static List<Placed> sharesAfterRespectively(Placed r, int respectively) {
        String text = r.sentence().text();
        List<Placed> shares = new ArrayList<>();
        for (Placed q : r.sentence().facts()) {
            if (q.start() >= respectively && java.util.Objects.equals(q.fact().unit(), r.fact().unit())
                    && !org.govfacts.text.Clauses.groupBreakBetween(text, respectively, q.start())) {
                shares.add(q);
            }
        }
        return shares;
    }

    /**
     * 轻工业完成…；重工业完成…。重工业、轻工业产值占全市工业总产值的比重分别为54.7%和45.3%: the parts named in the share's words,
     * one for each share in order, each the level of its name stated before (with the last name's measure word, 产值, shared).
     */
    private Placed respectiveNamedLevel(DocumentView d, Placed r) {
        String text = r.sentence().text();
        int respectively = r.sentence().respectivelyBefore(r);
        String clause = text.substring(Clauses.start(text, respectively), respectively);
        int zhan = clause.lastIndexOf('占');
        if (zhan < 0) {
            return null;
        }
        String[] names = TextForms.bare(clause.substring(0, zhan)).split("[、和及与]");
        List<Placed> shares = sharesAfterRespectively(r, respectively);
        int at = shares.indexOf(r);
        if (names.length < 2 || names.length != shares.size() || at < 0) {
            return null;
        }
        String last = names[names.length - 1];
        String measure = words.measureHeads().stream().filter(m -> last.endsWith(m) && last.length() > m.length()).findFirst().orElse("");
        Placed found = namedLevelOf(d, r, stripPrefixes(names[at]));
        if (found == null && !measure.isEmpty() && !names[at].endsWith(measure)) {
            found = namedLevelOf(d, r, stripPrefixes(names[at] + measure));
        }
        return found;
    }

    /** The words from the part to the end of its sentence (where 分别 says the shares after it are one for each part). */
    private static String restOfSentence(Placed numerator) {
        String text = numerator.sentence().text();
        return text.substring(Math.min(numerator.end(), text.length()));
    }

    /** Whether {@code q} is itself the base the share names (年度计划完成投资410.1亿元 before 完成年度计划的50.4%). */
    private boolean namesBase(Placed q, Placed r) {
        String label = TextForms.bare(r.label());
        int de = label.lastIndexOf('的');
        String key = Figures.indicatorKey(q.fact(), words);
        if (de < 2 || key == null) {
            return false;
        }
        for (int len = Math.min(4, de); len >= 2; len--) {
            if (key.startsWith(label.substring(de - len, de)) || TextForms.bare(q.label()).startsWith(label.substring(de - len, de))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure taken as the base states a share of that same base right after it (占零售总额的84.8%), before the
     * part: it is then a part of the whole beside this one, not the whole.
     */
    private static boolean sharesTheBase(Placed base, String baseName) {
        String text = base.sentence().text();
        int next = text.length();
        for (Placed q : base.sentence().facts()) {
            if (q != base && q.start() >= base.end() && Figures.isAmount(q.fact())) {
                next = Math.min(next, q.start()); // rates on the way (，增长9.1%，占投资总额的82.6%) are passed over
            }
        }
        for (char stop : new char[] {'；', ';', '。'}) {
            int s = text.indexOf(stop, Math.min(base.end(), text.length()));
            if (s >= 0) {
                next = Math.min(next, s);
            }
        }
        String after = TextForms.light(text.substring(Math.min(base.end(), text.length()), Math.max(Math.min(base.end(), text.length()), next)));
        int at = after.indexOf('占');
        int named = at < 0 ? -1 : after.indexOf(baseName, at);
        return named > at && named - at <= 3; // 占零售总额, 占全部零售总额
    }

    /** The nearest figure before the part in its paragraph that the base's name names, of the same group (no 其中 between). */
    private Placed namedBefore(DocumentView d, Placed numerator, String baseName) {
        // a part whose sentence opens a classification (按经营地统计，…) may follow a sentence of the total's subsets
        for (Placed q : d.before(numerator, opensClassification(numerator) ? 3 : 2)) {
            if (!Figures.isAmount(q.fact()) || q.fact().basis() == Basis.CHANGE || !Figures.sameClass(q.fact(), numerator.fact(), words)) {
                continue; // 比上年末减少6万人 names the base's indicator but is its change
            }
            String key = Figures.indicatorKey(q.fact(), words);
            String label = TextForms.bare(q.label());
            // the base's words may be spelled another way where it is stated (年内计划投资 for 年度计划)
            boolean named = label.contains(baseName) || fold(label).contains(baseName) || key != null && key.contains(baseName);
            if (knownPair(key, baseName)) {
                // two known indicators are one by their canonical name: 出口总值 is 出口's, and inside 进出口总值 it names another
                // indicator; 生产总值 inside 地区生产总值 names the same one
                String base = words.canonical(Figures.foldSpellings(baseName, words));
                String of = words.canonical(key);
                named = of.equals(base) || named && !of.contains(base);
            }
            if (named) {
                if (namesPlan(baseName) && !isPlan(q)) {
                    continue; // 完成年初预算的31.58%: the budget of the numerator's own item, not another item's outturn
                }
                if (namesPlan(baseName) && ofAnotherFlow(q, numerator)) {
                    continue; // 支出完成1,012,469万元，为预算的100%: not the revenue's 预算收入预计完成1,351,100万元 before it
                }
                if (sharesTheBase(q, baseName)) {
                    continue; // 城镇消费品零售额…，占零售总额的84.8%: a part beside this one; the whole is further back
                }
                String level = key == null ? null : CheckWords.at(words.levelScopes(), key, 0);
                if (level != null && !baseName.startsWith(level)) {
                    continue; // 旗级一般公共预算收入277034万元: one level of government's part; 占一般公共预算收入的 is of the whole
                }
                return subsetBetween(d, q, numerator) && !kindOf(numerator, baseName) && !(namedAfterCue(numerator) && !namesPlan(baseName))
                        ? null : q;
            }
        }
        return null;
    }

    /** Whether a figure's indicator and a base's name are both indicators of indicator-synonyms.tsv. */
    private boolean knownPair(String key, String baseName) {
        return key != null && words.knowsIndicator(key) && words.knowsIndicator(Figures.foldSpellings(baseName, words));
    }

    /** Whether two figures are of opposite flows of an account (收入, 支出: check_running_accounts.tsv), each naming one. */
    private boolean ofAnotherFlow(Placed a, Placed b) {
        String ka = Figures.indicatorKey(a.fact(), words);
        String kb = Figures.indicatorKey(b.fact(), words);
        if (ka == null || kb == null) {
            return false;
        }
        String fa = CheckWords.firstIn(words.runningAccounts().flows(), ka);
        String fb = CheckWords.firstIn(words.runningAccounts().flows(), kb);
        return fa != null && fb != null && !fa.equals(fb);
    }

    /** Whether a share's base names a plan (年初预算, 年度计划: check_plan_bases.txt): a completion rate, done over planned. */
    private boolean namesPlan(String baseName) {
        return CheckWords.endingIn(words.planBases(), baseName) != null;
    }

    /** Whether {@code q} is a plan a figure can be a completion of: a goal (status target, or a sentence of plan words). */
    private boolean isPlan(Placed q) {
        return q.fact().status() == org.govfacts.fact.Status.TARGET || Figures.isPlanned(q, words);
    }

    /** Words read with the spellings of {@code check_base_spellings} (年内计划 → 年度计划). */
    private String fold(String text) {
        String folded = text;
        for (var e : words.baseSpellings().entrySet()) {
            folded = folded.replace(e.getKey(), e.getValue());
        }
        return folded;
    }

    /** A base name as written, then with the words of {@code check_base_spellings} read as the word they stand for (年度目标 → 年度计划). */
    private List<String> spellings(String baseName) {
        List<String> out = new ArrayList<>(List.of(baseName));
        String folded = baseName;
        for (var e : words.baseSpellings().entrySet()) {
            folded = folded.replace(e.getKey(), e.getValue());
        }
        if (!folded.equals(baseName)) {
            out.add(folded);
        }
        // 占年末常住人口的比重 of 年末全省常住人口3852万人: the time word of a stock is said apart from the scope word
        String stock = withoutStockTime(baseName);
        if (!stock.equals(baseName)) {
            out.add(stock);
        }
        return out;
    }

    /** A base's name without the time word of a stock before it (年末常住人口 → 常住人口); the name itself if none. */
    private static String withoutStockTime(String baseName) {
        for (String time : new String[] {"年末", "年初"}) {
            if (baseName.startsWith(time) && baseName.length() >= time.length() + 2) {
                return baseName.substring(time.length());
            }
        }
        return baseName;
    }

    /**
     * 中位数是平均数的86.8%: the median over the mean of the same indicator. The numerator's indicator
     * names the median (居民人均可支配收入中位数); the base is the figure of that indicator without the
     * median word, of the same report, for the same resolved place and period (or both unresolved alike).
     */
    private Placed meanOf(DocumentView d, Placed numerator, String medianWord) {
        Fact n = numerator.fact();
        String key = Figures.indicatorKey(n, words);
        if (key == null || !key.contains(medianWord)) {
            return null;
        }
        String meanKey = key.replace(medianWord, "");
        List<Placed> earlier = new ArrayList<>(d.placed().subList(0, Math.max(0, d.placed().indexOf(numerator))));
        java.util.Collections.reverse(earlier);
        for (Placed q : earlier) {
            Fact x = q.fact();
            if (Figures.isAmount(x) && Figures.sameClass(x, n, words) && meanKey.equals(Figures.indicatorKey(x, words))
                    && java.util.Objects.equals(n.periodNorm(), x.periodNorm()) && java.util.Objects.equals(n.regionNorm(), x.regionNorm())) {
                return q;
            }
        }
        return null;
    }

    /** Why a share was compared with {@code base}, a figure its words name (占总人口的24.6% of 户籍总人口159.4万人). */
    private static String namedBaseWhy(String named, Placed base) {
        return "the sentence names the base (“" + named + "”), stated as " + TextForms.light(base.fact().text())
                + " for the same group before the part, with no 其中 or semicolon between them";
    }

    /** The longest name of a group counted before 中 (3114个|项目|中, 500个|省级重点项目|中). */
    private static final int GROUP_NAME = 12;

    /**
     * 今年已开复工3114个项目中，新开工项目达2063个，占比66.2%: a share that names no base, of a part counted after a group
     * counted in its own heading (N个…中), is of that count: the nearest such heading before the part in its sentence, the
     * count of the part's kind and no smaller, only the group's name between it and 中, no other figure of that kind between
     * 中 and the part.
     */
    private Placed groupCountedInHeading(Placed r, Placed numerator) {
        if (numerator.sentence() != r.sentence()) {
            return null;
        }
        String text = r.sentence().text();
        Placed found = null;
        for (Placed q : r.sentence().facts()) {
            if (q.end() > numerator.start()) {
                break;
            }
            if (q == numerator || !Figures.isAddable(q, words) || !Figures.sameClass(q.fact(), numerator.fact(), words)) {
                continue;
            }
            int zhong = text.indexOf('中', q.end());
            boolean heading = zhong > q.end() && zhong - q.end() <= GROUP_NAME && zhong < numerator.start()
                    && text.substring(q.end(), zhong).chars().allMatch(c -> TextForms.isHan((char) c));
            if (heading) {
                found = q.fact().value() >= numerator.fact().value() ? q : null;
            } else if (found != null && !(q.fact().value() < found.fact().value() && shareFollows(r.sentence(), q))) {
                found = null; // 3114个项目中…2063个…，其中500个省级重点项目中…: a later figure of the kind ends the heading's reach
            } // 在40个森工企业局中，有11个局…，占27.5%；19个局…，占48%: a fellow part with its own share keeps it
        }
        return found;
    }

    /** Whether the figure right after {@code q} in its sentence is a bare share (…11个局可采蓄积枯竭，占27.5%). */
    private static boolean shareFollows(SentenceView s, Placed q) {
        List<Placed> facts = s.facts();
        int i = facts.indexOf(q);
        if (i < 0 || i + 1 >= facts.size()) {
            return false;
        }
        Placed next = facts.get(i + 1);
        return "%".equals(next.fact().unit()) && isBareShare(next);
    }

    /**
     * 全县常住人口中，男性人口28.07万人，占50.79%: a share that names no base is of the group its
     * sentence opens with (X中，…); the base is the nearest earlier figure of the numerator's kind in
     * the paragraph whose words name that group.
     */
    private Placed groupHeading(DocumentView d, Placed r, Placed numerator) {
        String text = r.sentence().text();
        int stop = Math.min(numerator.start(), text.length());
        int at = -1;
        for (int i = text.indexOf('中'); i >= 0 && i < stop; i = text.indexOf('中', i + 1)) {
            boolean closesPhrase = i + 1 < text.length() && "，,".indexOf(text.charAt(i + 1)) >= 0;
            if (closesPhrase && (i == 0 || text.charAt(i - 1) != '其')) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        int from = at;
        while (from > 0 && !SentenceView.breaksPhrase(text.charAt(from - 1))) {
            from--;
        }
        String group = stripPrefixes(TextForms.bare(text.substring(from, at)));
        if (group.length() < 2 || text.substring(from, at).chars().anyMatch(c -> TextForms.isDigit((char) c))) {
            return null;
        }
        for (Placed q : d.before(numerator, 3)) {
            if (q.sentence() != r.sentence() && Figures.isAddable(q, words) && Figures.sameClass(q.fact(), numerator.fact(), words)
                    && q.fact().value() >= numerator.fact().value()
                    && (TextForms.bare(q.label()).contains(group) || group.equals(Figures.indicatorKey(q.fact(), words)))) {
                return q;
            }
        }
        return null;
    }

    /**
     * 一般公共预算收入累计完成1789.2亿元…。其中：全市地方级税收收入完成1456.1亿元，增长1.6%，税收收入占比为81.4%: a share that
     * names no base, of a part named right after 其中 and named again in the share's own words, is of the whole 其中 splits:
     * the last figure of the part's kind before the cue, in the cue's sentence or the one before, as large as the part at
     * least and of the same period. Null otherwise.
     */
    private Placed wholeSplitByCue(DocumentView d, Placed r, Placed numerator) {
        if (!namedAfterCue(numerator) || numerator.sentence() != r.sentence()) {
            return null;
        }
        String own = Figures.indicatorKey(numerator.fact(), words);
        String shareWords = stripPrefixes(TextForms.bare(r.label()));
        int zhan = shareWords.lastIndexOf('占');
        String part = zhan > 0 ? shareWords.substring(0, zhan) : "";
        if (own == null || part.length() < 2 || !own.contains(part)) {
            return null; // the share's words must name the part (税收收入占比 of 地方级税收收入)
        }
        String text = numerator.sentence().text();
        String head = text.substring(0, Math.min(numerator.start(), text.length()));
        int cueAt = org.govfacts.text.Words.startOfLast(head, words.breakdownCues());
        if (cueAt < 0) {
            return null;
        }
        Placed whole = null;
        for (Placed q : d.before(numerator, 2)) {
            boolean beforeCue = q.sentence() != numerator.sentence() || q.end() <= cueAt;
            if (beforeCue && Figures.isAmount(q.fact()) && q.fact().basis() != Basis.CHANGE && Figures.sameClass(q.fact(), numerator.fact(), words)) {
                whole = q; // the nearest first
                break;
            }
        }
        return whole != null && whole.fact().value() >= numerator.fact().value()
                && java.util.Objects.equals(whole.fact().periodNorm(), numerator.fact().periodNorm()) ? whole : null;
    }

    /**
     * 确定的45项主要目标，有40项达到进度要求，占88.9%: a count whose clause opens with 有 is some of the count of its kind
     * that the clause right before states, and the share right after it is of that count.
     */
    private Placed countHeldBefore(Placed r, Placed numerator) {
        String text = r.sentence().text();
        int at = numerator.start();
        if (at < 2 || text.charAt(at - 1) != '有' || !org.govfacts.text.Clauses.endsClause(text.charAt(at - 2))) {
            return null;
        }
        Placed before = null;
        for (Placed q : r.sentence().facts()) {
            if (q.end() <= at - 2) {
                before = q;
            }
        }
        if (before == null || !Figures.isAddable(before, words) || !Figures.sameClass(before.fact(), numerator.fact(), words)
                || before.fact().value() <= numerator.fact().value()) {
            return null;
        }
        // the count stands in an earlier clause: what the 有 clause is part of is not said
        return org.govfacts.text.Clauses.start(text, at - 2, before.end()) > before.end() ? null : before;
    }

    private static boolean isWholeCount(String baseName) {
        return baseName.length() > 2 && (baseName.endsWith("总数") || baseName.endsWith("总量") || baseName.endsWith("总额"));
    }

    /** 296个市重点项目中，亿元以上项目205个，占项目总数的69%: the group's count before the part in the same sentence. */
    private Placed groupTotal(Placed r, Placed numerator, String baseName) {
        String stem = baseName.substring(0, baseName.length() - 2);
        Placed found = null;
        for (Placed q : r.sentence().facts()) {
            if (q.end() <= numerator.start() && Figures.isAmount(q.fact()) && Figures.sameClass(q.fact(), numerator.fact(), words)
                    && namesGroup(q.label() + "|" + q.tail(), stem)) {
                found = q;
            }
        }
        return found;
    }

    /**
     * Whether the words of a figure name the group a base names: contain it, or contain its
     * characters in order with at most two more between (计划开工项目 in 计划新开工项目中).
     */
    private static boolean namesGroup(String around, String stem) {
        if (around.contains(stem)) {
            return true;
        }
        for (int i = around.indexOf(stem.charAt(0)); i >= 0; i = around.indexOf(stem.charAt(0), i + 1)) {
            int end = Math.min(around.length(), i + stem.length() + 2);
            if (TextForms.isSubsequence(stem, around.substring(i, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The amounts the passage before the part states by the base's name (一般公共预算收入完成352.7亿元。其中：税收收入…占一般公共
     * 预算收入的84.9%): where there are any, the base is one of them, and a figure of that name elsewhere in the report (another
     * scope's 151亿元) is not it.
     */
    private List<Placed> namedNearby(DocumentView d, Placed numerator, String baseName) {
        List<Placed> out = new ArrayList<>();
        for (Placed q : d.before(numerator, 2)) {
            if (Figures.isAmount(q.fact()) && q.fact().basis() != Basis.CHANGE && Figures.sameClass(q.fact(), numerator.fact(), words)
                    && TextForms.bare(q.label()).contains(baseName)) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * The bases stated elsewhere in the report: amounts whose indicator ends with the base's name, for the share's own
     * resolved place, and its period or the year that holds it (a year's plan); best first, the one whose indicator shares
     * the longest beginning with the part's (全国居民人均工资性收入 → 全国居民人均可支配收入). With {@code anyPlace}, of any place.
     */
    private List<Placed> namedElsewhere(DocumentView d, Placed r, Placed numerator, String baseName, boolean anyPlace) {
        Fact f = r.fact();
        if (f.periodNorm() == null || f.regionNorm() == null || baseName.length() < 2) {
            return List.of();
        }
        String partKey = Figures.indicatorKey(numerator.fact(), words);
        List<Placed> found = new ArrayList<>();
        List<Integer> prefixes = new ArrayList<>();
        for (Placed q : d.placed()) {
            Fact x = q.fact();
            String key = Figures.indicatorKey(x, words);
            if (q == numerator || key == null || !(key.endsWith(baseName) || sameIndicator(key, baseName)) || !Figures.isAmount(x)
                    || !Figures.sameClass(x, numerator.fact(), words) || !PeriodNorms.within(f.periodNorm(), x.periodNorm())
                    || !anyPlace && !f.regionNorm().equals(x.regionNorm()) || x.basis() == Basis.CHANGE
                    || namesPlan(baseName) && !isPlan(q)) {
                continue; // 同比增加35095万元 is a change, and 完成预算的107.47% is of a budget, not of another item's result
            }
            if (x.start() > f.start() && !Objects.equals(f.periodNorm(), x.periodNorm())) {
                continue; // 9月…不过夜旅客1,145,615人次(占总数52.9%)。…首三季的入境旅客总数20,662,153人次: a later total of a longer time
            }
            int prefix = 0;
            while (partKey != null && prefix < Math.min(partKey.length(), key.length()) && partKey.charAt(prefix) == key.charAt(prefix)) {
                prefix++;
            }
            if (x.start() > f.start() && key.endsWith(baseName) && key.length() > baseName.length() && prefix < 2
                    && !sameIndicator(key, baseName)
                    && !(partKey != null && TextForms.holdsTwoCharactersOf(partKey, key.substring(0, key.length() - baseName.length())))) {
                // 完成调整预算的96.1%(区财力调整预算为86.5亿元): a budget stated after the share, of a scope (区财力) the part's
                // words do not name, is another budget (人均经营净收入 of 全国居民人均可支配收入 shares 人均)
                continue;
            }
            int at = 0;
            while (at < prefixes.size() && prefixes.get(at) >= prefix) {
                at++; // the longest shared beginning first; of equal ones, the first in the report
            }
            found.add(at, q);
            prefixes.add(at, prefix);
        }
        return found;
    }

    /**
     * 占GDP比重 of 地区生产总值133.64亿元: a base named by another name of the indicator (indicator-synonyms.tsv), or
     * by the name without a word at its end that does not change it (固定资产投资 for 固定资产投资总额).
     */
    private boolean sameIndicator(String key, String baseName) {
        if (!words.knowsIndicator(baseName)) {
            return false;
        }
        String base = words.canonical(baseName);
        if (words.canonical(key).equals(base)) {
            return true;
        }
        for (String edge : words.nameTrailingEdges()) {
            if (key.endsWith(edge) && words.canonical(key.substring(0, key.length() - edge.length())).equals(base)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 年末常住人口3852万人。其中，城镇常住人口2092.79万人，占年末常住人口的比重为54.33%: a part whose own name holds
     * the base's, and more, is a kind of it, so its share is of the whole stated before 其中, not of a subgroup's own
     * base (其中工业项目…完成年度计划的81.5% names no 年度计划 of its own).
     */
    private boolean kindOf(Placed part, String baseName) {
        String key = Figures.indicatorKey(part.fact(), words);
        String base = stripPrefixes(baseName.startsWith("年末") ? baseName.substring(2) : baseName);
        if (base.startsWith("总") && base.length() >= 3) {
            base = base.substring(1); // 城镇人口 is a kind of 人口, whose whole 总人口 names
        }
        return key != null && base.length() >= 2 && key.length() > base.length() && key.contains(base);
    }

    /**
     * 支出执行128.9亿元…。其中，民生支出104.6亿元，占一般公共预算支出的81.2%: the part itself follows the cue in its own
     * sentence, with only its name between, so the cue opens no subset whose own base the share might name.
     */
    private boolean namedAfterCue(Placed part) {
        String text = part.sentence().text();
        // the cue opens the part's group of clauses (。其中，民生支出…) or its own clause (…483亿元，其中民生支出411.6亿元)
        for (int clause : new int[] {org.govfacts.text.Clauses.groupStart(text, part.start()), org.govfacts.text.Clauses.start(text, part.start())}) {
            String head = text.substring(clause, Math.min(part.start(), text.length()));
            String cue = CheckWords.firstIn(words.breakdownCues(), head);
            if (cue != null && head.indexOf(cue) <= 2
                    && part.sentence().facts().stream().noneMatch(q -> q != part && q.start() >= clause && q.start() < part.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a breakdown cue (其中) or a semicolon lies between a base and a later figure: a subset starts there. */
    private boolean subsetBetween(DocumentView d, Placed base, Placed later) {
        String b = textBetween(d, base, later);
        if (later.sentence() != base.sentence() && opensClassification(later)) {
            // 其中限额以上…。|按经营地统计，城镇…占零售总额的84.8%: a classification opens the part's sentence anew;
            // the subset an earlier sentence named has ended
            b = b.substring(b.lastIndexOf('|', b.length() - 2) + 1);
        }
        return b.contains("；") || b.contains(";") || CheckWords.firstIn(words.breakdownCues(), b) != null;
    }

    /** Whether the part's sentence opens with a classification (按经营地统计，, 按收入来源分，). */
    private boolean opensClassification(Placed part) {
        String head = part.sentence().text().substring(0, Math.min(part.start(), part.sentence().text().length()));
        for (java.util.regex.Pattern p : words.classificationCues()) {
            java.util.regex.Matcher m = p.matcher(head);
            if (m.find() && m.start() <= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words that hold a rate's stem count what the rate is of: the stem ends them, or only
     * nouns such as 人口, 项目 follow it (城镇人口 for 城镇化率; not 失业人员再就业 for 登记失业率).
     */
    private boolean countsStem(String label, String stem) {
        String rest = TextForms.bare(label.substring(label.lastIndexOf(stem) + stem.length()));
        boolean changed = true;
        while (!rest.isEmpty() && changed) {
            changed = false;
            String head = CheckWords.at(words.rateCountHeads(), rest, 0);
            if (head != null) {
                rest = rest.substring(head.length());
                changed = true;
            }
        }
        return rest.isEmpty();
    }

    /**
     * Whether a count is of a whole population (年末户籍人口, 全市常住人口): its words end with 人口, say whose or when
     * (not 人口 alone, as after a garbled 城?(zhèn)人口), and name no part of it (check_population_parts.txt: 城镇, 男性, 出生 …).
     */
    private boolean wholePopulation(Placed q) {
        String label = TextForms.bare(q.label());
        return label.endsWith("人口") && label.length() > 2 && words.populationParts().stream().noneMatch(label::contains);
    }

    /** Whether a label holds two characters running of a rate's own words (问题 of 问题动态解决率 in 收集企业问题). */
    private static boolean sharesAWord(String label, String words) {
        return TextForms.holdsTwoCharactersOf(TextForms.bare(label), words);
    }

    /** Characters of the word before 率 (开复工 in 开复工率); 和/与/及 join two rates and end the word. */
    private static boolean isStemChar(char c) {
        return TextForms.isHan(c) && "和与及率".indexOf(c) < 0;
    }

    private String stripPrefixes(String s) {
        for (String p : words.indicatorPrefixes()) {
            if (s.startsWith(p)) {
                return s.substring(p.length());
            }
        }
        return s;
    }

    /** A computed share above this (in %) says the pairing is wrong rather than the share. */
    private static final double MISREAD_BASE_SHARE = 1000;

    private static Finding judge(FindingKind kind, String name, Fact rate, Fact numerator, Fact base, String why) {
        boolean perMille = PER_MILLE.equals(rate.unit());
        String unit = perMille ? PER_MILLE : "%";
        double per = perMille ? 1000 : 100;
        Interval stated = Amounts.interval(rate);
        boolean bound = !stated.bounded();
        if (!bound && rate.qualifier() == null) {
            // 开工率达47% for 47.8%: reports cut a rate at its last digit as often as they round it.
            stated = new Interval(stated.lo(), rate.value() + Amounts.ulp(rate));
        }
        if (kind == FindingKind.RATE && rate.value() < per && bound) {
            // 解决率99%以上: a part of a whole, so at most 100%.
            stated = new Interval(Math.max(stated.lo(), 0), Math.min(stated.hi(), per));
        }
        Interval computed = Amounts.interval(numerator).over(Amounts.interval(base)).times(per);
        double exact = numerator.value() / base.value() * per;
        // A bound has no rounding of its own: only the counts' rounding is allowed for.
        double tolerance = (bound ? 0 : stated.halfWidth()) + computed.halfWidth();
        String over = "";
        if (perMille) {
            // 出生人口1020人，出生率为4.8‰ after 户籍人口21.4万人: a vital rate is over the year's average population, which
            // the text does not state; the year-end count stands in for it, a few per cent off (a county that lost 5% of its
            // people in the year: 出生人口542人，出生率为5.20‰ over 98509人 at the year's end)
            computed = new Interval(computed.lo() * (1 - AVERAGE_POPULATION_SLACK), computed.hi() * (1 + AVERAGE_POPULATION_SLACK));
            over = " and up to " + Math.round(AVERAGE_POPULATION_SLACK * 100) + "% for the year's average population the rate is over,"
                    + " for which the stated count stands in";
        }
        List<Fact> facts = List.of(numerator, base, rate);
        String parts = Amounts.show(numerator.value(), numerator) + " of " + Amounts.show(base.value(), base)
                + " is " + Amounts.format(exact) + unit;
        String statedText = name + " " + Amounts.format(rate.value()) + unit + boundWord(rate);
        if (kind == FindingKind.SHARE && rate.value() < per && exact > MISREAD_BASE_SHARE) {
            // a share of a whole is under 100%: a part many times its base means the base (or the part) was
            // read wrong (166 32万元 read as 32万元), not that the text errs
            return new Finding(kind, Verdict.CANNOT_TELL, facts, exact, rate.value(), tolerance, unit,
                    statedText + " cannot be checked: " + parts + ", so the base is not the whole this share is of.");
        }
        if (stated.meets(computed)) {
            return new Finding(kind, Verdict.CONSISTENT, facts, exact, rate.value(), tolerance, unit,
                    statedText + " agrees with the figures it comes from: " + parts
                            + BreakdownCheck.tolerancePhrase(tolerance, unit) + over + ".");
        }
        if (perMille) {
            // a bureau takes its vital rates from a sample survey over the year's average population; counts that miss the
            // rate by more than that allows are as likely read against another population as wrong (a blind annotator
            // calls such pairs traps as often as relations): nothing is said for sure
            return new Finding(kind, Verdict.CANNOT_TELL, facts, exact, rate.value(), tolerance, unit,
                    statedText + " is off the figures it comes from: " + parts + BreakdownCheck.allowance(tolerance, unit) + over
                            + "; a vital rate is over the year's average population or a sample, which the text does not state,"
                            + " so the difference says nothing for sure.");
        }
        double gap = Math.max(computed.lo() - stated.hi(), stated.lo() - computed.hi());
        if (!bound && gap <= Amounts.ulp(rate)) {
            // 20715万元 of 116093万元 is 17.8435%, stated as 17.85%: one unit of the last digit off, a slip of the writer's
            // rounding as likely as an error of the figures
            return new Finding(kind, Verdict.CANNOT_TELL, facts, exact, rate.value(), tolerance, unit,
                    statedText + " is one unit of its last digit from the figures it comes from: " + parts
                            + BreakdownCheck.allowance(tolerance, unit) + "; too close to call an error.");
        }
        return new Finding(kind, Verdict.INCONSISTENT, facts, exact, rate.value(), tolerance, unit,
                statedText + " does not agree with the figures it comes from: " + parts
                        + BreakdownCheck.allowance(tolerance, unit) + ". Compared because " + why + ".");
    }

    static String boundWord(Fact f) {
        if (f.qualifier() == null) {
            return "";
        }
        return switch (f.qualifier()) {
            case MORE_THAN -> " or more";
            case LESS_THAN -> " or less";
            case ABOUT -> " (about)";
        };
    }
}
