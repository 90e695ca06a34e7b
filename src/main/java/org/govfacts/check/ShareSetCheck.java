package org.govfacts.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Fact;

/**
 * The shares one paragraph gives of one whole, each beside its part (按收入来源分，工资性收入8091元，占可支配收入的比重为
 * 57.5%；经营净收入2265元，占…16.1%；…): read from the shares {@link RateCheck} judged, grouped by the whole they were
 * judged against. When the parts add up to the whole, the list is complete and its shares add up to 100; when the
 * shares add up to 100, it is complete and its parts add up to the whole. Either completeness judges the other sum;
 * with neither, the list may name only some parts and nothing is said.
 */
final class ShareSetCheck {

    List<Finding> check(DocumentView d, List<Finding> rateFindings) {
        Map<Fact, Map<String, List<Roles>>> byWhole = new IdentityHashMap<>();
        for (Finding f : rateFindings) {
            if (f.kind() != FindingKind.SHARE || f.facts().size() != 3
                    || f.verdict() != Verdict.CONSISTENT && f.verdict() != Verdict.INCONSISTENT) {
                continue;
            }
            Roles r = Roles.of(f);
            if (r == null || Plausibility.tooFarApart(f)) {
                continue; // 出口1492.33亿美元 of 进出口总额: too far off to be the whole the share is of
            }
            // the same words for the base in every share (占可支配收入的比重): 占全国出口总额 and 占全国进口总额 are two wholes
            String named = r.share().indicator() == null ? "" : TextForms.bare(r.share().indicator());
            byWhole.computeIfAbsent(r.whole(), k -> new LinkedHashMap<>()).computeIfAbsent(named, k -> new ArrayList<>()).add(r);
        }
        List<Finding> out = new ArrayList<>();
        for (var e : byWhole.entrySet()) {
            for (List<Roles> named : e.getValue().values()) {
                List<Roles> set = oneParagraph(d, named);
                if (set.size() >= 2) {
                    out.addAll(judge(e.getKey(), set));
                }
            }
        }
        return out;
    }

    /**
     * The shares of the largest run stated in one paragraph (no line break between; one sentence where the text is
     * not at hand), each part once, in text order.
     */
    private static List<Roles> oneParagraph(DocumentView d, List<Roles> shares) {
        Map<Fact, Roles> byPart = new IdentityHashMap<>();
        for (Roles f : shares) {
            byPart.putIfAbsent(f.part(), f);
        }
        List<Roles> sorted = new ArrayList<>(byPart.values());
        sorted.sort((a, b) -> Integer.compare(a.share().start(), b.share().start()));
        String text = d.originalText();
        List<Roles> best = List.of();
        List<Roles> run = new ArrayList<>();
        for (Roles f : sorted) {
            if (!run.isEmpty() && !together(text, run.get(run.size() - 1).share(), f.share())) {
                best = run.size() > best.size() ? run : best;
                run = new ArrayList<>();
            }
            run.add(f);
        }
        return run.size() > best.size() ? run : best;
    }

    private static boolean together(String text, Fact a, Fact b) {
        if (text == null || b.start() > text.length()) {
            return a.sentenceStart() == b.sentenceStart();
        }
        return text.substring(Math.min(a.end(), b.start()), b.start()).indexOf('\n') < 0;
    }

    /** A judged share's figures: the share (in %), its part and the whole, the larger of the two amounts. */
    private record Roles(Fact share, Fact part, Fact whole) {
        static Roles of(Finding f) {
            Fact share = null;
            List<Fact> amounts = new ArrayList<>();
            for (Fact x : f.facts()) {
                if ("%".equals(x.unit()) && share == null) {
                    share = x;
                } else {
                    amounts.add(x);
                }
            }
            if (share == null || amounts.size() != 2 || amounts.get(0).value() == null || amounts.get(1).value() == null) {
                return null;
            }
            boolean firstLarger = amounts.get(0).value() >= amounts.get(1).value();
            return new Roles(share, amounts.get(firstLarger ? 1 : 0), amounts.get(firstLarger ? 0 : 1));
        }
    }

    private static List<Finding> judge(Fact whole, List<Roles> set) {
        Interval shares = Interval.point(0);
        Interval parts = Interval.point(0);
        double shareSum = 0;
        double partSum = 0;
        List<Fact> shareFacts = new ArrayList<>();
        List<Fact> partFacts = new ArrayList<>();
        StringBuilder shareTerms = new StringBuilder();
        StringBuilder partTerms = new StringBuilder();
        for (Roles f : set) {
            Fact part = f.part();
            Fact share = f.share();
            if (share.qualifier() != null || part.qualifier() != null || share.value() == null || part.value() == null) {
                return List.of(); // 占…30%以上: a bound says nothing of the sum
            }
            shares = shares.plus(Amounts.interval(share));
            parts = parts.plus(Amounts.interval(part));
            shareSum += share.value();
            partSum += part.value();
            shareFacts.add(share);
            partFacts.add(part);
            shareTerms.append(shareTerms.length() == 0 ? "" : " + ").append(Amounts.format(share.value()));
            partTerms.append(partTerms.length() == 0 ? "" : " + ").append(Amounts.format(part.value() / Amounts.displayScale(whole)));
        }
        Interval total = Amounts.interval(whole);
        boolean sharesComplete = shares.meets(Interval.point(100));
        boolean partsComplete = parts.meets(total);
        if (!sharesComplete && !partsComplete) {
            return List.of();
        }
        // shares add up to 100 only within their rounding: a part that small may be unnamed, and the parts short by it
        double missing = Math.max(0, 100 - shares.lo()) / 100 * whole.value();
        double over = Math.max(0, shares.hi() - 100) / 100 * whole.value();
        if (sharesComplete && !partsComplete && new Interval(parts.lo() - over, parts.hi() + missing).meets(total)) {
            return List.of(); // within what the shares' rounding leaves open: neither sum is judged
        }
        String unit = Amounts.displayUnit(whole);
        double scale = Amounts.displayScale(whole);
        String wholeShown = Amounts.show(whole.value(), whole);
        List<Finding> out = new ArrayList<>();
        double shareTolerance = shares.halfWidth();
        double partTolerance = (parts.halfWidth() + total.halfWidth()) / scale;
        if (sharesComplete) {
            out.add(new Finding(FindingKind.SUM, Verdict.CONSISTENT, shareFacts, shareSum, 100.0, shareTolerance, "%",
                    "The shares of " + wholeShown + " add up to 100: " + shareTerms + " = " + Amounts.format(shareSum)
                            + BreakdownCheck.tolerancePhrase(shareTolerance, "%") + "."));
        }
        List<Fact> withWhole = new ArrayList<>(partFacts);
        withWhole.add(whole);
        if (partsComplete) {
            out.add(new Finding(FindingKind.SUM, Verdict.CONSISTENT, withWhole, partSum / scale, whole.value() / scale, partTolerance, unit,
                    "The " + partFacts.size() + " parts whose shares of " + wholeShown + " the sentence gives add up to it: " + partTerms
                            + " = " + Amounts.format(partSum / scale) + unit + BreakdownCheck.tolerancePhrase(partTolerance, unit) + "."));
        }
        if (!sharesComplete) {
            out.add(new Finding(FindingKind.SUM, Verdict.INCONSISTENT, shareFacts, shareSum, 100.0, shareTolerance, "%",
                    "The shares of " + wholeShown + " add up to " + Amounts.format(shareSum) + ", not 100: " + shareTerms
                            + BreakdownCheck.allowance(shareTolerance, "%") + ". Compared because their parts (" + partTerms + " = "
                            + Amounts.format(partSum / scale) + unit + ") add up to the whole, so the list is complete."));
        }
        if (!partsComplete) {
            out.add(new Finding(FindingKind.SUM, Verdict.INCONSISTENT, withWhole, partSum / scale, whole.value() / scale, partTolerance, unit,
                    "The " + partFacts.size() + " parts add up to " + Amounts.format(partSum / scale) + unit + ", not the whole " + wholeShown
                            + ": " + partTerms + BreakdownCheck.allowance(partTolerance, unit) + ". Compared because their shares of it ("
                            + shareTerms + " = " + Amounts.format(shareSum) + "%) add up to 100, so the list is complete."));
        }
        return out;
    }
}
