package org.govfacts.index;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.fact.Fact;

/**
 * Finds what to mark in a result: the fact's own span in its sentence, and every place a query word
 * (or the indicator searched for, or a synonym) occurs. Occurrences are looked up in the folded
 * text, exactly as the index matched them, then mapped back to the original, so a simplified query
 * marks the traditional characters it found.
 */
final class HitMarker {
    private HitMarker() {
    }

    static List<Mark> marks(IndexAnalysis analysis, Fact f, List<String> needles) {
        String sentence = f.sentence();
        if (sentence == null) {
            return List.of();
        }
        List<Mark> out = new ArrayList<>();
        int start = f.start() - f.sentenceStart();
        int end = f.end() - f.sentenceStart();
        if (start >= 0 && end >= start && end <= sentence.length()) {
            out.add(new Mark(start, end, Mark.Kind.FACT));
        }
        out.addAll(occurrences(analysis.fold(sentence), needles));
        return out;
    }

    static List<Mark> occurrences(IndexAnalysis.Folded text, List<String> needles) {
        List<Mark> out = new ArrayList<>();
        String t = text.text();
        for (String n : needles) {
            if (n.isEmpty()) {
                continue;
            }
            for (int i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + n.length())) {
                out.add(new Mark(text.originalStart(i), text.originalEnd(i + n.length()), Mark.Kind.QUERY));
            }
        }
        return out;
    }

    /** A window of {@code context} characters each side of the first match, matches marked; null when nothing matches. */
    static String snippet(IndexAnalysis analysis, String text, List<String> needles, int context) {
        List<Mark> marks = occurrences(analysis.fold(text), needles);
        if (marks.isEmpty()) {
            return null;
        }
        Mark first = marks.stream().min((a, b) -> Integer.compare(a.start(), b.start())).orElseThrow();
        int from = Math.max(0, first.start() - context);
        int to = Math.min(text.length(), first.end() + context);
        List<Mark> inside = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() >= from && m.end() <= to) {
                inside.add(new Mark(m.start() - from, m.end() - from, m.kind()));
            }
        }
        String window = Mark.render(text.substring(from, to), inside).replaceAll("\\s+", " ");
        return (from > 0 ? "…" : "") + window.strip() + (to < text.length() ? "…" : "");
    }
}
