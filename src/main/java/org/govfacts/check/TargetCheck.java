package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govfacts.compare.TargetRule;
import org.govfacts.compare.TargetRule.Judgement;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.Status;

/**
 * A target against its result: the same indicator, subject, place and period, one figure a target
 * (a 2024 report's 2024 goal of 5%左右) and the other a result or estimate (the 2025 report's
 * 2024 growth of 5.0%). A target that differs from its result is not a contradiction: the verdict is
 * met, missed or cannot tell, by {@link TargetRule}.
 */
final class TargetCheck {
    private final CheckWords words;
    private final TargetRule rule;
    private final java.util.regex.Pattern gapToGoal;
    private final java.util.Set<String> yearGoals;
    private final java.util.Set<String> aboveGoal;
    private final java.util.regex.Pattern baseOfShare;
    private final java.util.regex.Pattern completionRate;

    TargetCheck(CheckWords words, TargetRule rule) {
        this.words = words;
        this.rule = rule;
        this.gapToGoal = gapToGoal(words);
        this.yearGoals = goalGapWords(words, "when", "year");
        this.aboveGoal = goalGapWords(words, "side", "+");
        this.baseOfShare = baseOfShare(words);
        this.completionRate = words.completionRateName("率");
    }

    List<Finding> check(List<DocumentView> docs) {
        // By measure without status: every statement of a target and of a result (a work report states its
        // goal in its opening and again in its list of goals), reports in order.
        Map<String, Map<String, List<Placed>>> targets = new TreeMap<>();
        Map<String, Map<String, List<Placed>>> results = new TreeMap<>();
        for (DocumentView d : docs) {
            for (Placed p : d.placed()) {
                Measure m = Measure.of(p, words);
                // a rank without a number (保持中部第一, 居全省第一方阵) has nothing to judge a target by
                if (m == null || p.fact().value() == null) {
                    continue;
                }
                if (m.status() != Status.TARGET && onAdjustedBasis(p)) {
                    continue; // 一般公共预算收入扣除减税降费因素增长8%左右: a result on another basis than the budget's target
                }
                Map<String, Map<String, List<Placed>>> side = m.status() == Status.TARGET ? targets : results;
                // 地区生产总值 in the goals is 生产总值 in the results: paired by the indicator's canonical name
                side.computeIfAbsent(m.keyWithoutStatus(), k -> new TreeMap<>())
                        .computeIfAbsent(d.doc(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (var e : targets.entrySet()) {
            Map<String, List<Placed>> found = results.get(e.getKey());
            if (found == null) {
                continue;
            }
            // each report's result judged on its own: the next year's work report (an estimate, 预计) and the
            // statistical bulletin may give different figures, and a reader wants the verdict of each
            for (List<Placed> targetStatements : e.getValue().values()) {
                for (Placed target : targetStatements) {
                    for (List<Placed> resultStatements : found.values()) {
                        for (Placed result : resultStatements) {
                            out.add(judge(target, result));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether a word of check_adjusted_basis_words.txt (扣除, 同口径) stands in the figure's clause before it. */
    private boolean onAdjustedBasis(Placed p) {
        String text = p.sentence().text();
        return CheckWords.firstIn(words.adjustedBasisWords(), text.substring(org.govfacts.text.Clauses.start(text, p.start()), p.start())) != null;
    }

    /**
     * 失业率4.4%，北京今年城镇调查失业率要控制在5%以内的目标: a goal whose own words, after the result, name a period other than
     * the result's is the goal of that other period, not the one the result reached.
     */
    private static boolean namesOtherPeriod(Placed goal, Placed result) {
        Fact g = goal.fact();
        Fact r = result.fact();
        if (g.period() == null || g.periodNorm() == null || r.periodNorm() == null || g.periodNorm().equals(r.periodNorm())) {
            return false;
        }
        String between = goal.sentence().text().substring(Math.min(result.end(), goal.start()), goal.start());
        return between.contains(TextForms.light(g.period()));
    }

    /**
     * 按可比价格计算，比上年增长6.6%，实现了6.5%左右的预期发展目标: a goal restated right after its result, in the same
     * clause run of a sentence (a verb of check_goal_reached_verbs.txt before the goal, 的…目标 after it). The goal is
     * judged against the figure before it in its own unit, whatever indicator either was given.
     */
    List<Finding> goalsBesideResults(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed goal : d.placed()) {
            Fact g = goal.fact();
            boolean restated = restatesGoal(goal);
            if (g.value() == null || !g.type().isNumeric() || !restated && !namedGoalOfFigureBefore(goal)) {
                continue;
            }
            // the nearest figure before it in its unit, past a change (人均生产总值超过1.5万元，比2002年增加8000元以上，
            // 提前两年实现了11950元的预期目标), within two commas and no semicolon
            Placed result = null;
            List<Placed> facts = goal.sentence().facts();
            String text = goal.sentence().text();
            for (int i = facts.size() - 1; i >= 0 && result == null; i--) {
                Placed q = facts.get(i);
                if (q.end() > goal.start() || !q.fact().type().isNumeric()) {
                    continue;
                }
                String between = text.substring(Math.min(q.end(), goal.start()), goal.start());
                if (between.chars().filter(ch -> ch == '，' || ch == ',').count() > 2
                        || org.govfacts.text.Clauses.groupBreakBetween(text, q.end(), goal.start())) {
                    break;
                }
                if (q.fact().value() != null && java.util.Objects.equals(q.fact().unit(), g.unit())
                        && q.fact().basis() != Basis.CHANGE) {
                    result = q;
                }
            }
            if (result == null || Measure.statusOf(result.fact()) == Status.TARGET
                    || !restated && !g.periodNorm().equals(result.fact().periodNorm()) || restated && namesOtherPeriod(goal, result)) {
                continue;
            }
            Fact r = result.fact();
            if (g.value() < 0 && !TextForms.light(g.text()).contains("-") && endsInComparison(goal.label())) {
                // 失业率为2.43%，低于3.6%的全年调控目标: 低于 sets the result against the goal; the goal itself is 3.6, not a fall of 3.6
                g = g.withValue(-g.value());
            }
            String goalShown = TextForms.light(g.text());
            String said = "(“" + TextForms.light(goal.label()) + goalShown + TextForms.light(goal.tail()) + "”)";
            out.add(judged(g, r, rule.direction(r.indicator(), g.qualifier()),
                    "The goal " + goalShown + " stated right after the result " + TextForms.light(r.text()) + " in " + g.doc(),
                    restated ? "the sentence says the result reached (or fell short of) that goal " + said
                            : "the goal, of the same period " + g.periodNorm() + ", is stated right after the result in its unit " + said));
        }
        out.addAll(goalsByGap(d));
        out.addAll(resultsAfterGoals(d));
        out.addAll(resultsAsShareOfPlan(d));
        return out;
    }

    /**
     * 完成…为预算的101.7%, 为年度任务的121.5%: the base a share names after a verb of check_share_verbs.tsv (or 占), up to a
     * 数 or 调整数, 的 and a copula, with no figure and no other verb's first character in it; whether it names a plan is
     * check_plan_bases.txt's.
     */
    private static java.util.regex.Pattern baseOfShare(CheckWords words) {
        java.util.Set<String> verbs = new java.util.LinkedHashSet<>(words.shareVerbs("opener"));
        verbs.addAll(words.shareVerbs("copula"));
        verbs.add("占");
        StringBuilder firsts = new StringBuilder();
        verbs.forEach(v -> firsts.append(v.charAt(0)));
        // after 的, only a copula of one character (为, 达, 是) closes the base: 达到 there ends no base
        List<String> shortCopulas = words.shareVerbs("copula").stream().filter(v -> v.length() == 1).toList();
        return java.util.regex.Pattern.compile("(?:" + CheckWords.alternation(verbs) + ")了?([^，,；;。：:0-9０-９" + firsts + "]{0,10}?)(?:调整数|数)?的?"
                + "(?:比重|比例)?(?:" + CheckWords.alternation(shortCopulas) + ")?$");
    }


    /** True when the text has a word of a time still running (截至10月底, 目前, 今年以来: now-words.tsv): a share under 100% then is progress, not a shortfall. */
    private boolean runningTime(String text) {
        return words.runningTimeWords().stream().anyMatch(text::contains);
    }

    /**
     * A result followed in its clause group by its share of its own plan, the plan not stated (一般公共预算收入完成214304万元，
     * 为预算的101.7%): 100% or more is the plan met, whatever the period; less is the plan missed where the figure is of a whole
     * year (a year, or its twelfth month) and nothing in the sentence says the year is still running. A measure where lower is
     * better (能耗) is left out.
     */
    private List<Finding> resultsAsShareOfPlan(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed share : d.placed()) {
            Fact s = share.fact();
            if (s.value() == null || !Amounts.isPercent(s) || s.basis() == Basis.CHANGE) {
                continue;
            }
            String text = share.sentence().text();
            int clause = org.govfacts.text.Clauses.start(text, share.start(), 0);
            String before = TextForms.bare(text.substring(clause, share.start())).replaceAll("[(（][^)）]*[)）]", "");
            java.util.regex.Matcher base = baseOfShare.matcher(before);
            boolean named = base.find() && CheckWords.endingIn(words.planBases(), base.group(1)) != null;
            if (!named && (completionRate == null || !completionRate.matcher(before).find())) {
                continue;
            }
            Placed result = null;
            for (Placed q : share.sentence().facts()) {
                if (q.end() <= share.start() && Figures.isAmount(q.fact()) && q.fact().basis() != Basis.CHANGE
                        && q.fact().value() != null) {
                    result = q;
                }
            }
            if (result == null || org.govfacts.text.Clauses.groupBreakBetween(text, result.end(), share.start())
                    || Measure.statusOf(result.fact()) == Status.TARGET
                    || rule.direction(result.fact().indicator(), null) == TargetRule.Direction.LOWER_IS_BETTER) {
                continue;
            }
            boolean met = s.value() >= 100;
            if (!met && (!PeriodNorms.isWholeYear(s.periodNorm()) || runningTime(text.substring(0, share.start())))) {
                continue;
            }
            // 支出…为预算的103.5%: spending past its budget has gone over a ceiling, not reached a goal
            String spent = CheckWords.firstIn(words.planCeilingWords(),
                    TextForms.bare(text.substring(org.govfacts.text.Clauses.groupStart(text, result.start()), share.start())));
            boolean over = spent != null && s.value() > 100;
            Verdict verdict = over ? Verdict.CANNOT_TELL : met ? Verdict.MET : Verdict.MISSED;
            String shown = TextForms.light(s.text());
            String message = "The result " + TextForms.light(result.fact().text()) + " in " + s.doc() + " is " + shown + " of its plan: "
                    + (over ? "cannot tell — " + spent + " above its plan has passed a ceiling, which is neither met nor missed"
                            : met ? "met — at or above the whole plan" : "missed — short of the whole plan of the year")
                    + ". Paired because the share after it names the plan (“" + TextForms.light(text.substring(clause, share.start()).strip())
                    + shown + "”)" + (met ? "" : ", for the whole of " + s.periodNorm()) + ".";
            out.add(new Finding(FindingKind.TARGET, verdict, List.of(result.fact(), s), 100.0, s.value(), 0.0, "%", message));
        }
        return out;
    }

    /**
     * 一般公共预算收入预算调整302001万元，实际完成306390万元: a year's goal followed in its group of clauses by a figure in its
     * unit and of its year that names nothing but its reaching (实际完成, 完成: check_goal_reached_verbs.txt), the result of
     * that goal.
     */
    private List<Finding> resultsAfterGoals(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed goal : d.placed()) {
            Fact g = goal.fact();
            if (g.value() == null || !g.type().isNumeric() || Measure.statusOf(g) != Status.TARGET || !PeriodNorms.isOneYear(g.periodNorm())) {
                continue;
            }
            String text = goal.sentence().text();
            Placed result = null;
            for (Placed q : goal.sentence().facts()) {
                if (q.start() >= goal.end() && q.fact().type().isNumeric()) {
                    result = q; // the first figure after the goal, whatever it is
                    break;
                }
            }
            if (result == null || org.govfacts.text.Clauses.groupBreakBetween(text, goal.end(), result.start())) {
                continue;
            }
            Fact r = result.fact();
            String label = TextForms.bare(result.label());
            boolean reached = label.length() <= 4 && words.goalReachedVerbs().stream().anyMatch(label::endsWith);
            if (!reached || r.value() == null || Measure.statusOf(r) == Status.TARGET || !java.util.Objects.equals(r.unit(), g.unit())
                    || !g.periodNorm().equals(r.periodNorm())) {
                continue;
            }
            String resultShown = TextForms.light(r.text());
            out.add(judged(g, r, rule.direction(g.indicator(), g.qualifier()),
                    "The goal " + TextForms.light(g.text()) + " and the result " + resultShown + " stated right after it in " + g.doc(),
                    "the figure after the goal, of the same period " + g.periodNorm() + " and unit, names only its reaching (“"
                            + TextForms.light(result.label()) + resultShown + "”)"));
        }
        return out;
    }

    /**
     * Whether the words right around a goal of one whole year name it the goal of the result before it (一般公共财政收入
     * 19617万元，完成调整预算数17740万元的110.58%: status-cues.tsv, preceding and following). Not a part of the year
     * (4月累计完成24627万元，完成年初预算数60999万元的40.4% is progress on the year's budget), nor in a 分别 list
     * (年均分别增长7%和9%的预期: two goals of two figures, not one after the other).
     */
    private boolean namedGoalOfFigureBefore(Placed goal) {
        return Measure.statusOf(goal.fact()) == Status.TARGET && PeriodNorms.isOneYear(goal.fact().periodNorm())
                && words.goalAfterFigure().names(goal.sentence().text(), goal.start(), goal.end())
                && goal.sentence().respectivelyBefore(goal) < 0 && !shareOfPlan(goal);
    }

    /**
     * 完成预算102.1%, 完成年度计划的92.3%: a percentage after the words of a plan done (check_completion_rates.tsv) says how
     * much of its plan the result before it is, and is no goal of that result (增长6.3%, 完成预算102.1%).
     */
    private boolean shareOfPlan(Placed goal) {
        if (!"%".equals(goal.fact().unit())) {
            return false;
        }
        String label = TextForms.bare(goal.label());
        for (String[] row : words.completionRates()) {
            if (row.length < 3) {
                continue;
            }
            for (String done : row[1].split("\\|")) {
                int at = label.lastIndexOf(done);
                String rest = at < 0 ? "" : label.substring(at + done.length());
                if (at >= 0 && rest.length() <= 8 && java.util.Arrays.stream(row[2].split("\\|")).anyMatch(rest::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A goal judged against its result: the finding, its message the statement of the pair, the verdict and why they pair. */
    private Finding judged(Fact g, Fact r, TargetRule.Direction direction, String pair, String pairedBecause) {
        Judgement j = judgeShown(g, r.value(), r, direction);
        String message = pair + ": " + j.outcome().id().replace('_', ' ') + " — " + j.reason() + ". Paired because " + pairedBecause + ".";
        double scale = Amounts.displayScale(g);
        return new Finding(FindingKind.TARGET, verdictOf(j), List.of(g, r), g.value() / scale, r.value() / scale, halfRange(j),
                Amounts.displayUnit(g), message);
    }

    /** Whether {@code label} ends in a comparison of check_gap_cues.tsv of one word (低于, 高于, 超过). */
    private boolean endsInComparison(String label) {
        String bare = TextForms.bare(label);
        return words.gapCues().keySet().stream().anyMatch(c -> c.indexOf('…') < 0 && bare.endsWith(c));
    }

    /**
     * 高于预期目标, 低于年初计划目标, 超目标任务: a gap's words that name the goal and the side of it the result is on
     * (check_goal_gaps.tsv).
     */
    private static java.util.regex.Pattern gapToGoal(CheckWords words) {
        java.util.Map<String, List<String>> byKind = new java.util.HashMap<>();
        for (String[] row : words.goalGaps()) {
            if (row.length >= 2) {
                byKind.computeIfAbsent(row[0].strip(), k -> new ArrayList<>()).add(java.util.regex.Pattern.quote(row[1].strip()));
            }
        }
        java.util.function.Function<String, String> any = kind -> String.join("|", byKind.getOrDefault(kind, List.of()).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
        return java.util.regex.Pattern.compile("(" + any.apply("side") + ")(" + any.apply("when") + ")?(?:的)?(?:"
                + any.apply("kind") + ")?(?:" + any.apply("goal") + ")$");
    }

    /**
     * The words of check_goal_gaps.tsv of one role whose third column is {@code mark}: the sides that put a result above its
     * goal (side, +: 高于, 超过), the words that date a goal to the whole year (when, year: 全年, 年度).
     */
    private static java.util.Set<String> goalGapWords(CheckWords words, String role, String mark) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] row : words.goalGaps()) {
            if (row.length >= 3 && row[0].strip().equals(role) && row[2].strip().equals(mark)) {
                out.add(row[1].strip());
            }
        }
        return out;
    }

    /**
     * A result followed by its gap in points from the goal (鲤城区生产总值完成…增长13.5%，高于预期目标0.5个百分点): the side the
     * sentence names says whether the goal was reached, for a higher-is-better measure (the other way for a ceiling, such as
     * prices or unemployment). The result is the nearest growth rate before the gap in its clause group.
     */
    private List<Finding> goalsByGap(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed gap : d.placed()) {
            Fact g = gap.fact();
            // the words right before the points name the goal and the side (差计划目标3.1个百分点 reads as a change on the year
            // before, not as a gap to a benchmark): they alone make it a gap to the goal
            if (g.value() == null || !"pp".equals(g.unit())) {
                continue;
            }
            java.util.regex.Matcher side = gapToGoal.matcher(TextForms.bare(gap.label()));
            if (!side.find()) {
                continue;
            }
            Placed result = null;
            String text = gap.sentence().text();
            for (Placed q : gap.sentence().facts()) {
                if (q.end() <= gap.start() && q.fact().type() == org.govfacts.fact.FactType.GROWTH && "%".equals(q.fact().unit())
                        && q.fact().value() != null && !org.govfacts.text.Clauses.groupBreakBetween(text, q.end(), gap.start())) {
                    result = q;
                }
            }
            if (result == null || Measure.statusOf(result.fact()) == Status.TARGET) {
                continue;
            }
            boolean above = aboveGoal.contains(side.group(1));
            TargetRule.Direction direction = rule.direction(result.fact().indicator(), null);
            boolean met = direction == TargetRule.Direction.LOWER_IS_BETTER ? !above : above;
            double goalValue = result.fact().value() + (above ? -1 : 1) * Math.abs(g.value()); // a gap below is stored as a fall
            String said = "The result " + TextForms.light(result.fact().text()) + " in " + g.doc() + " is "
                    + TextForms.light(g.text()) + (above ? " above" : " below") + " its goal (so the goal was about "
                    + Amounts.format(goalValue) + "%)";
            if (side.group(2) != null && yearGoals.contains(side.group(2)) && partOfAYear(result.fact().periodNorm())) {
                // 1—6月…增长6.1%，高于全年目标任务0.1个百分点: how the half year stands, not whether the year's goal is met
                out.add(new Finding(FindingKind.TARGET, Verdict.CANNOT_TELL, List.of(result.fact(), g), goalValue, result.fact().value(), 0.0,
                        "%", said + ": cannot tell, as the result is of part of the year (" + result.fact().periodNorm()
                                + ") and the goal of the whole year (“" + side.group(2) + "”)."));
                continue;
            }
            String message = said + ": " + (met ? "met" : "missed")
                    + (direction == TargetRule.Direction.LOWER_IS_BETTER ? ", for a measure where lower is better" : "")
                    + ". Paired because the sentence states the gap to the goal (“" + TextForms.light(gap.label())
                    + TextForms.light(g.text()) + "”).";
            out.add(new Finding(FindingKind.TARGET, met ? Verdict.MET : Verdict.MISSED, List.of(result.fact(), g), goalValue,
                    result.fact().value(), 0.0, "%", message));
        }
        return out;
    }

    /** A period within one year, not all of it (2024H1, 2024Q3, 2024M01-06). */
    private static boolean partOfAYear(String periodNorm) {
        return periodNorm != null && periodNorm.matches("\\d{4}[HQM].*");
    }

    /** Whether a verb of reaching stands in the words before the figure and 的…目标 right after it. */
    private boolean restatesGoal(Placed goal) {
        String tail = TextForms.bare(goal.tail());
        int aim = tail.indexOf("目标");
        if (!tail.startsWith("的") || aim < 0 || aim > 8) {
            return false;
        }
        String label = TextForms.bare(goal.label());
        for (String v : words.goalReachedVerbs()) {
            int at = label.indexOf(v);
            if (at >= 0 && label.length() - (at + v.length()) <= 10) {
                return true; // 实现了, 高于年初人代会: the verb, with at most a few words of where the goal was set
            }
        }
        return false;
    }

    private Finding judge(Placed targetPlaced, Placed resultPlaced) {
        Fact target = targetPlaced.fact();
        Fact result = resultPlaced.fact();
        Measure m = Measure.of(targetPlaced, words);
        TargetRule.Direction direction = rule.direction(m.indicator(), target.qualifier());
        Judgement j = judgeShown(target, result.value(), result, direction);
        Verdict verdict = verdictOf(j);
        double scale = Amounts.displayScale(target);
        String unit = Amounts.displayUnit(target);
        String targetShown = TextForms.light(target.text());
        String resultShown = TextForms.light(result.text());
        String estimate = Measure.statusOf(result) == Status.ESTIMATE ? " (an estimate)" : "";
        String message = "The " + m.period() + " target for “" + m.indicator() + "”" + (m.subject().isEmpty() ? "" : " (" + m.subject() + ")")
                + " in " + m.region() + ", " + targetShown + " in " + target.doc() + ", against the result " + resultShown + estimate
                + " in " + result.doc() + ": " + j.outcome().id().replace('_', ' ') + " — " + j.reason()
                + ". Paired because both have the same indicator, subject, place and period; one is a target, the other a result.";
        double tolerance = halfRange(j);
        return new Finding(FindingKind.TARGET, verdict, List.of(target, result), target.value() / scale, result.value() / scale,
                tolerance, unit, message);
    }

    /**
     * {@link TargetRule#judge} in the target's written unit (1700亿元左右 is judged as 1700, not 170000000000), so that
     * its reason reads as the report writes; {@code resultValue} is the result's value in its own unit.
     */
    static Judgement judgeShown(Fact target, double resultValue, Fact result, TargetRule.Direction direction) {
        double scale = Amounts.displayScale(target);
        if (!Amounts.isPercent(target) && target.value() > 0 && resultValue > 0
                && Math.max(target.value(), resultValue) / Math.min(target.value(), resultValue) >= SCALE_APART) {
            // 预算76138万元 against 完成88435元: a hundredfold apart is a unit written wrong or another measure, not a plan missed
            return new Judgement(TargetRule.Outcome.CANNOT_TELL, target.value() / scale, target.value() / scale,
                    "the result " + Amounts.show(resultValue, result) + " and the target " + Amounts.show(target.value(), target)
                            + " are a hundredfold or more apart: a unit written wrong or another measure, not a target met or missed");
        }
        return TargetRule.judge(target.value() / scale, target.valueMax() == null ? null : target.valueMax() / scale,
                target.qualifier(), Amounts.ulp(target) / 2 / scale, resultValue / scale, Amounts.ulp(result) / 2 / scale,
                result.qualifier(), direction);
    }

    /** How many times apart a target and its result in money or quantities can be before they are no longer one measure. */
    private static final double SCALE_APART = 100;

    /** Half the range a target admits, in its written unit; 0 for an open range (… or more). */
    static double halfRange(Judgement j) {
        return Double.isFinite(j.lo()) && Double.isFinite(j.hi()) ? (j.hi() - j.lo()) / 2 : 0;
    }

    /** The finding's verdict for a judgement of a target against its result. */
    static Verdict verdictOf(Judgement j) {
        return switch (j.outcome()) {
            case MET -> Verdict.MET;
            case MISSED -> Verdict.MISSED;
            case CANNOT_TELL -> Verdict.CANNOT_TELL;
        };
    }
}
