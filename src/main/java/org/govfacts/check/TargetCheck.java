package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govfacts.compare.TargetRule;
import org.govfacts.compare.TargetRule.Judgement;
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

    TargetCheck(CheckWords words, TargetRule rule) {
        this.words = words;
        this.rule = rule;
    }

    List<Finding> check(List<DocumentView> docs) {
        // By measure without status: every statement of a target and of a result (a work report states its
        // goal in its opening and again in its list of goals), reports in order.
        Map<String, Map<String, List<Placed>>> targets = new TreeMap<>();
        Map<String, Map<String, List<Placed>>> results = new TreeMap<>();
        for (DocumentView d : docs) {
            for (Placed p : d.placed()) {
                Measure m = Measure.of(p, words);
                if (m == null) {
                    continue;
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
        return TargetRule.judge(target.value() / scale, target.valueMax() == null ? null : target.valueMax() / scale,
                target.qualifier(), Amounts.ulp(target) / 2 / scale, resultValue / scale, Amounts.ulp(result) / 2 / scale,
                result.qualifier(), direction);
    }

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
