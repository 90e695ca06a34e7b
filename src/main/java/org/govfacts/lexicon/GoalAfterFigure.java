package org.govfacts.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words right after a figure that name it a goal (高于年初人代会12%的目标): the rows of
 * {@code status-cues.tsv} marked {@code target} and {@code following} (or {@code preceding}, right before it). Read once here for the two stages
 * that need them: the rate finder (低于 before such a figure is no sign of it) and the resolver (its status).
 */
public final class GoalAfterFigure {
    /** How far after a figure its goal word is looked for. */
    private static final int REACH = 8;

    /** How far before a figure the words that name it the goal of the result before it are looked for. */
    private static final int REACH_BEFORE = 8;

    private final List<Pattern> cues = new ArrayList<>();
    private final List<Pattern> preceding = new ArrayList<>();
    /** Words right before an amount that name it the base of the result before it; a rate after them is a completion rate. */
    private final List<Pattern> precedingAmount = new ArrayList<>();

    public GoalAfterFigure(Lexicon lexicon) {
        for (String[] row : lexicon.table("status-cues")) {
            if (row.length < 3 || !row[1].strip().equals("target")) {
                continue;
            }
            switch (row[2].strip()) {
                case "following" -> cues.add(Pattern.compile(row[0].strip()));
                case "preceding" -> preceding.add(Pattern.compile(row[0].strip()));
                case "preceding-amount" -> precedingAmount.add(Pattern.compile(row[0].strip()));
                default -> { } // the other places of a goal word are the status resolver's
            }
        }
    }

    /**
     * Whether the words around the figure at {@code [start, end)} name it the goal of the result before it: after it
     * (高于年初人代会12%的目标) or right before it (城镇登记失业率3.52%，控制在预期4.2%以内).
     */
    public boolean names(String text, int start, int end) {
        if (follows(text, end)) {
            return true;
        }
        String before = text.substring(Math.max(0, start - REACH_BEFORE), start);
        // 完成调整预算数|17740万元 names the budget; 完成年初预算|112.1% (的 left out) is how much of it was done
        boolean amount = end > start && text.charAt(end - 1) != '%' && text.charAt(end - 1) != '％';
        return preceding.stream().anyMatch(p -> p.matcher(before).find())
                || amount && precedingAmount.stream().anyMatch(p -> p.matcher(before).find());
    }

    /** Whether the words from {@code end} (a figure's end) in {@code text} name that figure a goal. */
    public boolean follows(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + REACH));
        return cues.stream().anyMatch(p -> p.matcher(after).find());
    }
}
