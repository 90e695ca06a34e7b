package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The last stage of the checker: an {@code inconsistent} finding must be one a reader would believe is a
 * slip in the text, not a pairing the checker got wrong. Parts that add up to more than twice their
 * total, or a share computed at more than twice (or less than half) the share stated, are not a
 * misprint or a rounding: the figures are almost certainly not a whole and its parts (占年初预算8465万元
 * read as a part; 比预算超收3307.24亿元 read as the budget), unless a digit or two of one figure, changed,
 * would mend the relation (a misprint 35 → 95 can move a sum that far); so is a sum with one part alone well
 * above its total (a list that ran on to other indicators). Such findings become
 * {@code cannot_tell}, with the reason. And when one reading
 * of a list adds up to its total, a second reading that does not is the checker's misreading, not the
 * text's error: it is dropped.
 */
final class Plausibility {
    /** How far apart, as a factor, what the figures give and what the text states may be for a slip. */
    static final double MAX_FACTOR = 2.0;

    /** A number as written, thousands groups apart by commas or spaces (116 093万元) included. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+(?:[, \\u2009\\u00A0][0-9]{3})*(?:\\.[0-9]+)?");

    private Plausibility() {
    }

    static List<Finding> apply(List<Finding> findings) {
        List<Finding> addingUp = new ArrayList<>();
        for (Finding f : findings) {
            if (f.kind() == FindingKind.SUM && f.verdict() == Verdict.CONSISTENT && !f.facts().isEmpty()) {
                addingUp.add(f);
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.kind() == FindingKind.SUM && f.verdict() == Verdict.INCONSISTENT && !f.facts().isEmpty()
                    && addingUp.stream().anyMatch(c -> otherReadingOfOneList(f, c))) {
                continue; // 共10个，其中计划开工项目6个，目前6个项目已正式开工；…1个；…3个: one reading of the list adds up, so the text does
            }
            out.add(tooFarApart(f) ? asCannotTell(f) : f);
        }
        return out;
    }

    /**
     * Two sums with one total and a part in common: two readings of one list. (A total broken down twice,
     * 按经营地 and 按消费类型, has parts in common with neither reading of the other.)
     */
    private static boolean otherReadingOfOneList(Finding a, Finding b) {
        if (!totalOf(a).equals(totalOf(b))) {
            return false;
        }
        int ta = totalIndex(a);
        int tb = totalIndex(b);
        for (int i = 0; i < a.facts().size(); i++) {
            for (int j = 0; j < b.facts().size(); j++) {
                if (i != ta && j != tb && key(a.facts().get(i)).equals(key(b.facts().get(j)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(org.govfacts.fact.Fact t) {
        return t.doc() + ":" + t.start() + ":" + t.end();
    }

    /** A sum's total, as a key. */
    private static String totalOf(Finding f) {
        if (f.facts().isEmpty()) {
            return "";
        }
        return key(f.facts().get(totalIndex(f)));
    }

    /** Which figure of a sum is its total: the one whose value is the stated figure. */
    static int totalIndex(Finding f) {
        int best = f.facts().size() - 1;
        double bestGap = Double.MAX_VALUE;
        for (int i = 0; i < f.facts().size(); i++) {
            org.govfacts.fact.Fact x = f.facts().get(i);
            if (x.value() != null && f.stated() != null) {
                double gap = Math.abs(x.value() / Amounts.displayScale(x) - f.stated());
                if (gap < bestGap) {
                    bestGap = gap;
                    best = i;
                }
            }
        }
        return best;
    }

    /**
     * An inconsistent sum, share or rate whose figures give more than twice, or less than half, what is
     * stated, and that no misprint of one figure (a digit or two changed, or two swapped) would mend.
     */
    static boolean tooFarApart(Finding f) {
        if (f.verdict() != Verdict.INCONSISTENT || f.expected() == null || f.stated() == null) {
            return false;
        }
        if (f.kind() != FindingKind.SUM && f.kind() != FindingKind.SHARE && f.kind() != FindingKind.RATE) {
            return false;
        }
        double expected = Math.abs(f.expected());
        double stated = Math.abs(f.stated());
        if (expected == 0 || stated == 0) {
            return false;
        }
        return (expected > stated * MAX_FACTOR || stated > expected * MAX_FACTOR || partAboveTotal(f)) && !mendedByOneMisprint(f);
    }

    /** How much larger than its total one part alone may be for a slip: rounding and a near-miss, no more. */
    static final double PART_OVER_TOTAL = 1.2;

    /**
     * A sum with one part alone well above its total (社会消费品零售总额67.6亿元，其中…批发业销售额103.8亿元): the
     * list ran on to other indicators; parts below zero (a fall among contributions) excepted.
     */
    private static boolean partAboveTotal(Finding f) {
        if (f.kind() != FindingKind.SUM || f.facts().isEmpty()) {
            return false;
        }
        int t = totalIndex(f);
        if (t < 0) {
            return false;
        }
        org.govfacts.fact.Fact total = f.facts().get(t);
        if (total.value() == null || total.value() <= 0) {
            return false;
        }
        boolean above = false;
        double parts = 0;
        for (int i = 0; i < f.facts().size(); i++) {
            Double v = f.facts().get(i).value();
            if (i == t || v == null) {
                continue;
            }
            if (v < 0) {
                return false;
            }
            parts += v;
            above |= v > total.value() * PART_OVER_TOTAL;
        }
        // only where the figures are added (a balance, 出口 − 进口 = 顺差, takes one flow from the other)
        double shown = parts / Amounts.displayScale(total); // expected and stated are in the unit shown
        return above && f.expected() != null && Math.abs(shown - f.expected()) <= 1e-6 * Math.max(1, Math.abs(shown));
    }

    /**
     * Whether changing at most two digits of one figure of the finding, as written, would make it hold: the
     * value each figure would need is read from the relation (a part of a sum: the total less the other
     * parts; the total: the parts' sum; a share, a rate and their counts: in proportion).
     */
    static boolean mendedByOneMisprint(Finding f) {
        return mendedByChanging(f, 2);
    }

    /** Whether changing one digit of one figure of the finding, as written, would make it hold (a slip of one key). */
    static boolean mendedByOneDigit(Finding f) {
        return mendedByChanging(f, 1);
    }

    private static boolean mendedByChanging(Finding f, int digits) {
        List<org.govfacts.fact.Fact> facts = f.facts();
        if (facts.isEmpty()) {
            return false;
        }
        double ratio = f.expected() / f.stated();
        boolean sum = f.kind() == FindingKind.SUM;
        int t = sum ? totalIndex(f) : -1;
        double parts = 0;
        for (int j = 0; sum && j < facts.size(); j++) {
            parts += j == t || facts.get(j).value() == null ? 0 : facts.get(j).value();
        }
        double total = sum && facts.get(t).value() != null ? facts.get(t).value() : 0;
        for (int i = 0; i < facts.size(); i++) {
            org.govfacts.fact.Fact x = facts.get(i);
            if (x.value() == null) {
                continue;
            }
            List<Double> needed = new ArrayList<>();
            if (sum) {
                needed.add(i == t ? parts : x.value() + (total - parts));
            } else {
                needed.add(x.value() * ratio);
                needed.add(x.value() / ratio);
            }
            for (double v : needed) {
                // a misprint changes digits, not the sign: a part that would have to be below zero is no misprint
                if (Math.signum(v) == Math.signum(x.value()) && misprintAway(x, v, digits)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code value} written as {@code x} is written differs from it in at most {@code digits} digits. */
    private static boolean misprintAway(org.govfacts.fact.Fact x, double value, int digits) {
        String written = digits(x.text());
        if (written == null || x.value() == null || x.value() == 0) {
            return false;
        }
        double number = Double.parseDouble(written);
        if (number == 0) {
            return false;
        }
        double scale = x.value() / number;
        int decimals = written.contains(".") ? written.length() - written.indexOf('.') - 1 : 0;
        double step = Math.pow(10, -decimals);
        double target = Math.abs(value / scale);
        for (int k = -1; k <= 1; k++) {
            String candidate = String.format(java.util.Locale.ROOT, "%." + decimals + "f", Math.round(target / step) * step + k * step);
            if (candidate.length() == written.length() && differingDigits(candidate, written) <= digits) {
                return true;
            }
        }
        return false;
    }

    /** The figure's number as written in Arabic digits (thousands commas dropped), or null. */
    private static String digits(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = NUMBER.matcher(TextForms.light(text));
        return m.find() ? m.group().replaceAll("[, \\u2009\\u00A0]", "") : null;
    }

    private static int differingDigits(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }

    private static Finding asCannotTell(Finding f) {
        String message = f.message() + " Not called inconsistent: the figures are too far apart (more than a factor of " + Amounts.format(MAX_FACTOR)
                + ") for a misprint or rounding, so they are most likely not the whole and its parts or base that the check took them for.";
        return new Finding(f.kind(), Verdict.CANNOT_TELL, f.facts(), f.expected(), f.stated(), f.tolerance(), f.unit(), message);
    }
}
