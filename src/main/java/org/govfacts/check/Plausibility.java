package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The last stage of the checker: an {@code inconsistent} finding must be one a reader would believe is a
 * slip in the text, not a pairing the checker got wrong. Parts that add up to more than twice their
 * total, or a share computed at more than twice (or less than half) the share stated, are not a
 * misprint or a rounding: the figures are almost certainly not a whole and its parts (占年初预算8465万元
 * read as a part; 比预算超收3307.24亿元 read as the budget). Such findings become {@code cannot_tell},
 * with the reason; a changed digit in a real text moves a sum or share far less. And when one reading
 * of a list adds up to its total, a second reading that does not is the checker's misreading, not the
 * text's error: it is dropped.
 */
final class Plausibility {
    /** How far apart, as a factor, what the figures give and what the text states may be for a slip. */
    static final double MAX_FACTOR = 2.0;

    private Plausibility() {
    }

    static List<Finding> apply(List<Finding> findings) {
        java.util.Set<String> totalsThatAddUp = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.kind() == FindingKind.SUM && f.verdict() == Verdict.CONSISTENT && !f.facts().isEmpty()) {
                totalsThatAddUp.add(totalOf(f));
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.kind() == FindingKind.SUM && f.verdict() == Verdict.INCONSISTENT && totalsThatAddUp.contains(totalOf(f))) {
                continue; // 共10个，其中计划开工项目6个，目前6个项目已正式开工；…1个；…3个: one reading of the list adds up, so the text does
            }
            out.add(tooFarApart(f) ? asCannotTell(f) : f);
        }
        return out;
    }

    /** A sum's total (its last figure), as a key. */
    private static String totalOf(Finding f) {
        if (f.facts().isEmpty()) {
            return "";
        }
        org.govfacts.fact.Fact t = f.facts().get(f.facts().size() - 1);
        return t.doc() + ":" + t.start() + ":" + t.end();
    }

    /** An inconsistent sum, share or rate whose figures give more than twice, or less than half, what is stated. */
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
        return expected > stated * MAX_FACTOR || stated > expected * MAX_FACTOR;
    }

    private static Finding asCannotTell(Finding f) {
        String message = f.message() + " Not called inconsistent: the figures are too far apart (more than a factor of " + Amounts.format(MAX_FACTOR)
                + ") for a misprint or rounding, so they are most likely not the whole and its parts or base that the check took them for.";
        return new Finding(f.kind(), Verdict.CANNOT_TELL, f.facts(), f.expected(), f.stated(), f.tolerance(), f.unit(), message);
    }
}
