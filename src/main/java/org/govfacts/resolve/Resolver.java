package org.govfacts.resolve;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.attribute.Attribution;
import org.govfacts.extract.FoundFact;
import org.govfacts.fact.Basis;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Status;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.Clauses;
import org.govfacts.text.Sentence;

/**
 * The resolve stage: after attribution, each numeric figure gets its calendar period, its status
 * and its region (FACTS.md v2), read against the report's context; a money amount or quantity
 * after 增加/减少 gets basis "change". Computed once here; output, index, panel and check read
 * the fields and never derive them again.
 */
public final class Resolver {
    private final PeriodResolver periods;
    private final org.govfacts.attribute.PeriodFinder titlePeriods;
    private final List<String> reviewGenres;
    private final StatusResolver statuses;
    private final RegionResolver regions;
    private final YearBeforeComparison yearBefore;
    private final List<String> changeCues;
    /** What may stand between a change word and its amount (减少了, 增加约): looked past, one at most. */
    private final List<String> changeLinks;
    /** Words right after a figure that name it a goal (12%的目标). */
    private final org.govfacts.lexicon.GoalAfterFigure goalAfter;

    /** @param periodFinder the attribute stage's finder of time expressions, read again here on titles */
    public Resolver(Lexicon lexicon, org.govfacts.attribute.PeriodFinder periodFinder) {
        this.periods = new PeriodResolver(lexicon);
        this.titlePeriods = periodFinder;
        // 政府工作报告(2025年): a review's title names the year of its goals, not of its results
        this.reviewGenres = ReportDateFinder.reviewGenreWords(lexicon);
        this.statuses = new StatusResolver(lexicon);
        this.regions = new RegionResolver(lexicon);
        this.yearBefore = new YearBeforeComparison(lexicon);
        this.changeCues = lexicon.words("change-cues").stream()
                .sorted((a, b) -> b.length() - a.length()).toList();
        this.changeLinks = lexicon.changeLinks();
        this.goalAfter = new org.govfacts.lexicon.GoalAfterFigure(lexicon);
    }

    /**
     * The one period a report's title names, when the whole text speaks of it (广安区2021年经济运行情况, 上半年四川经济…):
     * a year or a part of one; null for a title naming none or several, a span of years or a plan, and for the genres
     * whose figures without a time have a year of their own (a work report delivered early in the year reviews the year
     * before: its title's 2024年 is the year of its goals).
     */
    private String titlePeriod(ReportContext report) {
        String title = report.title();
        if (title == null || title.contains("。") || report.date() == null || report.date().reviewsPastYear()
                || report.date().wholeReportOnReviewedYear() || reviewGenres.stream().anyMatch(title::contains)) {
            return null;
        }
        List<org.govfacts.attribute.PeriodFinder.Period> found = titlePeriods.find(title);
        if (found.size() != 1) {
            return null;
        }
        String text = found.get(0).text();
        String norm = periods.resolve(text, report.date(), false);
        return norm != null && norm.matches("\\d{4}(?:H[12]|Q[1-4]|M\\d{2}(?:-\\d{2})?)?") ? text : null;
    }

    /**
     * The index of the goal that figure {@code i} is a part of, or -1: the figure before it in its sentence is a goal, with 其中
     * between them, or a part of that goal already, and no semicolon between (a new statement).
     */
    private static int goalBrokenDown(String t, List<FoundFact> findings, List<Resolution> out, int i, int sentenceStart,
                                      java.util.Set<Integer> partsOfGoals) {
        FoundFact f = findings.get(i);
        for (int j = i - 1; j >= 0; j--) {
            FoundFact before = findings.get(j);
            if (before.type() == FactType.PROJECT) {
                continue;
            }
            if (before.start() < sentenceStart || before.end() > f.start()) {
                return -1;
            }
            String between = t.substring(before.end(), f.start());
            if (between.indexOf('；') >= 0 || between.indexOf(';') >= 0 || out.get(j).status() != Status.TARGET) {
                return -1;
            }
            return partsOfGoals.contains(j) || between.contains("其中") ? j : -1;
        }
        return -1;
    }

    public RegionResolver regions() {
        return regions;
    }

    public List<Resolution> resolve(AnalyzedText text, List<FoundFact> findings, List<Attribution> attributions,
                                    ReportContext report) {
        List<Resolution> out = new ArrayList<>(findings.size());
        String t = text.text();
        int estimatedFrom = statuses.onwardEstimateStart(t);
        List<int[]> namedBack = statuses.goalsNamedBack(t, at -> paragraphStart(t, at));
        java.util.Map<Integer, String> restatedGoals = new java.util.HashMap<>(); // sentence start → the period of a goal restated in it
        java.util.Map<String, Resolution> goalsStated = new java.util.HashMap<>(); // statement → the first goal stating it
        String titlePeriod = titlePeriod(report);
        java.util.Set<Integer> partsOfGoals = new java.util.HashSet<>(); // figures a goal before them breaks down (其中…)
        for (int i = 0; i < findings.size(); i++) {
            FoundFact f = findings.get(i);
            if (f.type() == FactType.PROJECT) {
                out.add(Resolution.NONE);
                continue;
            }
            Sentence s = text.sentenceAt(f.start());
            int clauseStart = Clauses.start(t, f.start(), s.start());
            String clause = t.substring(clauseStart, f.start());
            String paragraph = t.substring(paragraphStart(t, f.start()), f.start());
            String sentenceBefore = t.substring(s.start(), f.start());
            String period = attributions.get(i).period();
            String context = attributions.get(i).periodContext();
            ReportDate date = report.date();
            // 全年/当年 mean the report's own year in a goal and the reviewed year in a result: where the
            // two readings differ, the words alone (力争, 预计 …) decide which one holds
            String asResult = periods.resolve(period, date, false, context);
            String asGoal = periods.resolve(period, date, true, context);
            if (period == null && date != null && date.wholeReportOnReviewedYear()) {
                asResult = String.valueOf(date.lastCompleteYear()); // a bulletin speaks of its year throughout
            } else if (period == null && date != null && date.reviewsPastYear() && f.basis() != Basis.ANNUAL_AVG) {
                // a report delivered early in a year that names no time at all (a work report's opening, a
                // write-up of it): a result is the reviewed year's, a goal the report's own year's (a yearly
                // average is of several years, which the words would have to name)
                asResult = String.valueOf(date.lastCompleteYear());
                asGoal = String.valueOf(date.year());
            } else if (period == null && f.basis() != Basis.ANNUAL_AVG) {
                // compared with the year before (比上年减少162万吨) in a release on a part of its year: that
                // whole year; a goal keeps no period (the words would have to name its year)
                asResult = yearBefore.year(t, f.start(), f.end(), s.start(), s.end(), report);
                if (asResult == null && titlePeriod != null && !yearBefore.comparedWithYearBefore(t, f.start(), f.end(), s.start(), s.end())) {
                    // 广安区2021年经济运行情况: a figure that names no time is of the time the title names (not one compared
                    // with the year before, a whole year's, in a release on a part of a year: 夏粮 in a 一季度 release)
                    asResult = periods.resolve(titlePeriod, date, false);
                    asGoal = periods.resolve(titlePeriod, date, true);
                }
            }
            String periodNorm = asResult;
            Status status;
            int at = f.start();
            // only a figure that names no time of its own is a goal named back (上述预期目标)
            boolean goalNamedBack = period == null && namedBack.stream().anyMatch(r -> at >= r[0] && at < r[1]);
            if (!java.util.Objects.equals(asResult, asGoal)
                    && statuses.resolve(clause, sentenceBefore, paragraph, null, date, false, goalNamedBack) == Status.TARGET) {
                periodNorm = asGoal;
                status = Status.TARGET;
            } else {
                status = statuses.resolve(clause, sentenceBefore, paragraph, asResult, date, estimatedFrom >= 0 && f.start() >= estimatedFrom,
                        goalNamedBack, f.qualifier() != null || f.valueMax() != null);
                periodNorm = lastYearOfChange(f, periodNorm);
            }
            if (status == Status.ACTUAL && statuses.namesGoals(Clauses.labelBeforeLastColon(t, s.start(), f.start()))) {
                // 我县2023年度预算为：一般公共预算收入60,000万元，支出373,660万元；…: the label before the colon names
                // every figure listed after it in its sentence a goal, even of a year past
                status = Status.TARGET;
                periodNorm = asGoal != null ? asGoal : periodNorm;
            }
            boolean goalOfFigureBefore = goalAfter.names(t, f.start(), f.end());
            if (goalOfFigureBefore) {
                // 财政收入…增长26.4%，高于年初人代会12%的目标14.4个百分点: the goal of the period of the result before it
                status = Status.TARGET;
                if (periodNorm == null) {
                    periodNorm = periodOfFigureBefore(out, findings, i, s);
                }
            }
            if (status == Status.TARGET && periodNorm == null && attributions.get(i).period() == null
                    && (date == null || !date.reviewsPastYear())) {
                // 2007年国内生产总值增长目标是8%左右。…还提出，城镇登记失业率控制在4.6%以内: a text of unknown date
                // that names its goals' year once means that year for the goals after it
                periodNorm = yearOfGoalBefore(out, findings, i);
                if (periodNorm == null) {
                    // …CPI控制在4%左右……政府工作报告中，2012年的一系列经济社会发展目标: the year may be named after the goals,
                    // in their sentence
                    periodNorm = yearOfGoalsAnnounced(t, Math.max(f.end(), s.end()));
                }
            }
            int lead = Math.min(paragraphStart(t, f.start()), s.start());
            String region = regions.resolve(sentenceBefore, t.substring(lead, s.start()), report);
            Basis basis = f.basis();
            if (basis == null && (f.type() == FactType.MONEY || f.type() == FactType.QUANTITY) && isChange(clause)) {
                basis = Basis.CHANGE;
            }
            if (goalOfFigureBefore && basis == Basis.VS_BENCHMARK) {
                basis = Basis.YOY; // the goal is a growth on the year before, as its result is; the gap after it is the benchmark
            }
            String statement = statement(f, attributions.get(i));
            Resolution goal = period == null && status == Status.ACTUAL && statement != null ? goalsStated.get(statement) : null;
            if (goal != null) {
                // ——城镇调查失业率5.5%左右，城镇新增就业1200万人以上 under a lead whose list is named goals: a figure restated with
                // no time of its own is the goal stated before, not a result
                status = Status.TARGET;
                periodNorm = goal.periodNorm();
                restatedGoals.put(s.start(), periodNorm);
            }
            int total = status == Status.ACTUAL ? goalBrokenDown(t, findings, out, i, s.start(), partsOfGoals) : -1;
            if (total >= 0 && !statuses.saysDone(clause)) {
                // 计划造林8520亩，其中三北工程造林3780亩，重点公益林补植造林4740亩: the parts of a goal are goals too (not
                // 实际完成造林8871亩, which says it is done)
                status = Status.TARGET;
                periodNorm = out.get(total).periodNorm() != null ? out.get(total).periodNorm() : periodNorm;
                partsOfGoals.add(i);
            }
            Resolution resolved = new Resolution(basis, f.valueMax(), periodNorm, status, region);
            out.add(resolved);
            if (status == Status.TARGET && statement != null) {
                goalsStated.putIfAbsent(statement, resolved);
            }
        }
        // the figures beside a restated goal that name no time of their own are the list of goals restated, and
        // each of them restated later again is that goal (the goals so far, in text order, as in the pass above)
        goalsStated.clear();
        for (int i = 0; i < findings.size() && !restatedGoals.isEmpty(); i++) {
            FoundFact f = findings.get(i);
            Resolution r = out.get(i);
            String statement = statement(f, attributions.get(i));
            if (r.status() == Status.ACTUAL && attributions.get(i).period() == null && f.type() != FactType.PROJECT) {
                int sentence = text.sentenceAt(f.start()).start();
                Resolution goal = restatedGoals.containsKey(sentence) || statement == null ? null : goalsStated.get(statement);
                if (goal != null) {
                    restatedGoals.put(sentence, goal.periodNorm());
                }
                if (restatedGoals.containsKey(sentence)) {
                    r = new Resolution(r.basis(), r.valueMax(), restatedGoals.get(sentence), Status.TARGET, r.regionNorm());
                    out.set(i, r);
                }
            }
            if (r.status() == Status.TARGET && statement != null) {
                goalsStated.putIfAbsent(statement, r);
            }
        }
        return out;
    }

    /**
     * What a figure states, as a key: its type, value, unit, qualifier and indicator, so that the same goal stated twice
     * is found by looking it up (null where it has no indicator or value to be restated by).
     */
    private static String statement(FoundFact f, Attribution a) {
        return a.indicator() == null || f.value() == null ? null
                : f.type() + "|" + f.value() + "|" + f.unit() + "|" + f.qualifier() + "|" + a.indicator();
    }

    /** 阐述了北京市2025年经济社会发展的主要预期目标: a year whose goals the text announces, before the goals themselves. */
    private static final java.util.regex.Pattern GOALS_ANNOUNCED = java.util.regex.Pattern.compile(
            "((?:19|20)\\d{2})\\s*年[^。；;！？\\n]{0,24}?(?:主要)?(?:预期|奋斗|发展)目标");

    /** The year of the last goals announced before {@code at} (阐述了…2025年…主要预期目标。…增长5%左右), or null. */
    private static String yearOfGoalsAnnounced(String t, int at) {
        java.util.regex.Matcher m = GOALS_ANNOUNCED.matcher(t).region(0, at);
        String year = null;
        while (m.find()) {
            year = m.group(1);
        }
        return year;
    }

    /** The single year of the nearest goal before {@code i} in the text, or null. */
    private static String yearOfGoalBefore(List<Resolution> done, List<FoundFact> findings, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Resolution r = done.get(j);
            if (findings.get(j).type() != FactType.PROJECT && r.status() == Status.TARGET && r.periodNorm() != null) {
                return r.periodNorm().matches("\\d{4}") ? r.periodNorm() : null;
            }
        }
        return null;
    }

    /** The resolved period of the nearest figure before {@code i} in its sentence, or null. */
    private static String periodOfFigureBefore(List<Resolution> done, List<FoundFact> findings, int i, Sentence s) {
        for (int j = i - 1; j >= 0 && findings.get(j).start() >= s.start(); j--) {
            if (findings.get(j).type() != FactType.PROJECT && done.get(j).periodNorm() != null) {
                return done.get(j).periodNorm();
            }
        }
        return null;
    }

    /**
     * A growth against the year before (比上年增长12.6%, 同比) measures one year: where its passage
     * looks back on several (过去5年…全省生产总值达到7385.1亿元，比上年增长12.6%), that is the last of them.
     */
    private static String lastYearOfChange(FoundFact f, String period) {
        if (f.type() != FactType.GROWTH || f.basis() != Basis.YOY) {
            return period;
        }
        CalendarSpan span = CalendarSpan.parse(period);
        return span == null || span.stock() || span.firstYear() == span.lastYear() ? period : String.valueOf(span.lastYear());
    }

    /** The clause ends with a change verb: the figure after it is how much a level moved. */
    private boolean isChange(String clause) {
        String c = clause.strip();
        for (String q : changeLinks) {
            if (c.endsWith(q)) {
                c = c.substring(0, c.length() - q.length());
                break;
            }
        }
        for (String cue : changeCues) {
            if (c.endsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the paragraph holding {@code at} starts, taking in the lines that introduce it: a
     * heading ending in ： before a list of ——/（一）/1、 items (主要预期目标：\n——增长5%左右), or a short
     * numbered section heading before numbered items (二、2018年发展主要预期目标\n1、国内生产总值增长6.5%左右).
     */
    static int paragraphStart(String t, int at) {
        int start = t.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        for (int k = 0; k < 12 && start > 1; k++) {
            int prevEnd = start - 1;
            int prevStart = t.lastIndexOf('\n', prevEnd - 1) + 1;
            String prev = t.substring(prevStart, prevEnd).strip();
            // a web page sets a blank line between the items of a list (主要预期目标是：\n\n一、…；\n\n二、…)
            for (int blank = 0; prev.isEmpty() && prevStart > 1 && blank < 3; blank++) {
                prevEnd = prevStart - 1;
                prevStart = t.lastIndexOf('\n', prevEnd - 1) + 1;
                prev = t.substring(prevStart, prevEnd).strip();
            }
            int first = start;
            while (first < t.length() && first < start + 8 && t.charAt(first) != '\n' && Character.isWhitespace(t.charAt(first))) {
                first++; // an item indented (   二、城镇新增就业…) is still an item
            }
            String line = t.substring(first, Math.min(t.length(), first + 4)).strip();
            boolean item = line.startsWith("—") || line.startsWith("-") || line.startsWith("（") || line.startsWith("(")
                    || line.matches("^[0-9一二三四五六七八九十]+[.、．].*");
            boolean heading = prev.endsWith("：") || prev.endsWith(":") || isSectionHeading(prev);
            if (item && (heading || isItemLine(prev))) {
                start = prevStart;
                if (heading) {
                    break;
                }
                continue;
            }
            break;
        }
        return start;
    }

    private static boolean isItemLine(String line) {
        // 一、国内生产总值增长6%以上； a short numbered item of a list, not a section heading over paragraphs
        return line.startsWith("—") || line.startsWith("-") || line.matches("^[0-9]{1,2}[.、．].*")
                || line.length() <= 60 && line.matches("^[一二三四五六七八九十]{1,3}、.*[；;，,]$");
    }

    /** 二、2018年发展主要预期目标: a short numbered heading line without a full stop, which introduces the items under it. */
    private static boolean isSectionHeading(String line) {
        return line.length() <= 30 && line.matches("^[一二三四五六七八九十]{1,3}、[^。；;]*$");
    }
}
