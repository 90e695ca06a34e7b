package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * The changes of the shares of a complete split cancel: shares that add to 100 in both years change by points that add
 * to zero. 与上年相比，第一产业所占比重下降1.3个百分点，第二产业提高0.7个百分点，第三产业提高0.6个百分点: −1.3 + 0.7 + 0.6 = 0.
 * A sentence is read so when it names every part of a split of check_partitions.tsv (or all of them at once, 三次产业),
 * speaks of shares (check_partition_share_words.txt) at its first change in points, and states exactly one change in
 * points per part, none of them of a growth rate (增速, 增幅: check_share_change_blockers.txt). Which part has which
 * change does not matter to the sum. Rounded shares may add to 100 ± 0.1, so the changes may miss zero by that beyond
 * their own rounding.
 */
final class ShareChangeCheck {
    /** Points by which rounded shares may miss 100, and so their changes miss zero. */
    static final double SHARES_ROUNDING = 0.1;
    private final CheckWords words;
    private final List<PartitionBreakdowns.Partition> partitions;

    ShareChangeCheck(CheckWords words) {
        this.words = words;
        this.partitions = PartitionBreakdowns.Partition.all(words);
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (SentenceView s : d.sentences()) {
            List<Placed> changes = s.facts().stream().filter(q -> isPointChange(q.fact())).toList();
            if (changes.size() < 2) {
                continue;
            }
            String text = TextForms.bare(s.text());
            for (PartitionBreakdowns.Partition p : partitions) {
                if (changes.size() != p.parts().size() || !namesEveryPart(text, p) || !aboutShares(changes) || !eachNamed(s, changes, p)) {
                    continue;
                }
                Finding f = judge(changes, p);
                if (f != null) {
                    out.add(f);
                }
                break;
            }
        }
        return out;
    }

    private static boolean isPointChange(Fact f) {
        return f.type() == FactType.GROWTH && "pp".equals(f.unit()) && f.value() != null && f.qualifier() == null
                && (f.basis() == null || f.basis() == Basis.YOY);
    }

    private static boolean namesEveryPart(String text, PartitionBreakdowns.Partition p) {
        if (p.allParts().stream().anyMatch(text::contains)) {
            return true;
        }
        return p.parts().stream().allMatch(spellings -> spellings.stream().anyMatch(text::contains));
    }

    /**
     * Each change has a part named since the change before it (第二产业提高0.7个百分点), or continues a respective list
     * (第一产业、第三产业比重分别上升0.1和0.8个百分点); across a semicolon only a change whose own indicator is a share.
     */
    private boolean eachNamed(SentenceView s, List<Placed> changes, PartitionBreakdowns.Partition p) {
        String text = s.text();
        int from = org.govfacts.text.Clauses.groupStart(text, changes.get(0).start());
        boolean respective = false;
        for (Placed q : changes) {
            boolean newGroup = org.govfacts.text.Clauses.groupBreakBetween(text, from, q.start());
            String segment = TextForms.bare(text.substring(Math.min(from, q.start()), q.start()));
            boolean named = p.parts().stream().anyMatch(l -> l.stream().anyMatch(segment::contains))
                    || p.allParts().stream().anyMatch(segment::contains);
            if (newGroup) {
                // …比重为32.59%，较上年提高0.7个百分点；第二产业增加值占地区生产总值的比重…: a clause a part, each a share
                String indicator = Objects.toString(q.fact().indicator(), "");
                if (!named || CheckWords.firstIn(words.partitionShareWords(), indicator) == null) {
                    return false;
                }
            }
            if (!named && !respective) {
                return false;
            }
            respective = segment.contains("分别") || respective && !named;
            from = q.end();
        }
        return true;
    }

    /**
     * The first change is of a share (check_partition_share_words.txt), and none is of a growth rate or a contribution
     * (check_share_change_blockers.txt).
     */
    private boolean aboutShares(List<Placed> changes) {
        String first = TextForms.bare(changes.get(0).label()) + "|" + Objects.toString(changes.get(0).fact().indicator(), "");
        if (CheckWords.firstIn(words.partitionShareWords(), first) == null) {
            return false;
        }
        for (Placed q : changes) {
            String said = TextForms.bare(q.label()) + "|" + Objects.toString(q.fact().indicator(), "");
            if (CheckWords.firstIn(words.shareChangeBlockers(), said) != null) {
                return false;
            }
        }
        String period = changes.get(0).fact().periodNorm();
        return changes.stream().allMatch(q -> Objects.equals(period, q.fact().periodNorm()));
    }

    private static Finding judge(List<Placed> changes, PartitionBreakdowns.Partition p) {
        Interval sum = Interval.point(0);
        StringBuilder terms = new StringBuilder();
        double exact = 0;
        List<Fact> facts = new ArrayList<>();
        for (Placed q : changes) {
            Fact f = q.fact();
            sum = sum.plus(Amounts.interval(f));
            exact += f.value();
            facts.add(f);
            terms.append(terms.length() == 0 ? Amounts.format(f.value()) : (f.value() < 0 ? " − " : " + ") + Amounts.format(Math.abs(f.value())));
        }
        double tolerance = sum.halfWidth() + SHARES_ROUNDING;
        String parts = String.join(", ", p.parts().stream().map(l -> l.get(0)).toList());
        if (Math.abs(exact) <= tolerance + 1e-9) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, exact, 0.0, tolerance, "个百分点",
                    "The changes of the shares of " + parts + " cancel, as shares adding to 100 must (" + terms + " = "
                            + Amounts.format(exact) + " points, allowing ±" + Amounts.format(tolerance) + " for rounding).");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, exact, 0.0, tolerance, "个百分点",
                "The changes of the shares of " + parts + " add to " + Amounts.format(exact) + " points (" + terms
                        + "), not zero as shares adding to 100 in both years must, allowing ±" + Amounts.format(tolerance)
                        + " for rounding of the changes and of the shares. Compared because the sentence names every part of the split, "
                        + "speaks of their shares and gives one change in points per part, same period " + changes.get(0).fact().periodNorm() + ".");
    }
}
