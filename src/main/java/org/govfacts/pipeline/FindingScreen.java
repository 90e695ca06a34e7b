package org.govfacts.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.extract.FoundFact;
import org.govfacts.fact.FactType;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.Sentence;

/**
 * The last guard between the finders and the facts of one document. It drops, with a warning on
 * the document instead of failing it, a finding whose value no field can hold (a 310-digit number
 * before 亿元), a percentage no report writes, and a finding that reaches over the end of its
 * sentence (a finder's fault: the warning says so, and the fuzz test fails on it). Warnings are
 * counted per reason, so a file of 200,000 bad lines gets three lines, not 200,000.
 */
final class FindingScreen {
    /**
     * Largest percentage (or percentage points) taken as a rate: 1,000,000% is a 10,000-fold
     * change. Shares are at most 100%, plan completion and growth from a small base reach a few
     * thousand percent (the seeds and the 31 provincial reports top out at a few hundred); a
     * change of thousands of times is written with 倍 if at all. Larger figures before % are
     * serial numbers, codes or junk (a column of 19-digit numbers), and would only corrupt sorting
     * and sums in search and check.
     */
    static final double MAX_PERCENT = 1_000_000;

    private final Map<String, int[]> dropped = new LinkedHashMap<>();
    private final Map<String, String> firstExample = new LinkedHashMap<>();

    /** The findings worth keeping, in the order given; the others are counted for {@link #warnings()}. */
    List<FoundFact> keep(AnalyzedText text, List<FoundFact> findings) {
        List<FoundFact> out = new ArrayList<>(findings.size());
        for (FoundFact f : findings) {
            String reason = rejection(text, f);
            if (reason == null) {
                out.add(f);
                continue;
            }
            int[] count = dropped.computeIfAbsent(reason, r -> new int[1]);
            if (count[0]++ == 0) {
                int start = text.normalized().originalStart(f.start());
                String shown = text.normalized().originalSubstring(f.start(), f.end());
                if (shown.length() > 24) {
                    shown = shown.substring(0, 10) + "…" + shown.substring(shown.length() - 10);
                }
                firstExample.put(reason, "'" + shown.replace("\n", "\\n").replace("\r", "\\r") + "' at offset " + start);
            }
        }
        return out;
    }

    private static String rejection(AnalyzedText text, FoundFact f) {
        if (!f.representable()) {
            return "figure(s) too large to represent";
        }
        if ((f.type() == FactType.GROWTH || f.type() == FactType.RATIO) && f.value() != null
                && Math.abs(f.value()) > MAX_PERCENT) {
            return "percentage(s) above " + String.format("%,d", (long) MAX_PERCENT) + "% (not a rate)";
        }
        Sentence s = text.sentenceAt(f.start());
        if (f.start() < s.start() || f.end() > s.end()) {
            return "figure(s) reaching over the end of their sentence (an extractor bug, please report it)";
        }
        return null;
    }

    /** One warning per reason: how many were dropped and where the first one is. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        dropped.forEach((reason, count) -> out.add("dropped " + count[0] + " " + reason + ", first "
                + firstExample.get(reason)));
        return out;
    }
}
