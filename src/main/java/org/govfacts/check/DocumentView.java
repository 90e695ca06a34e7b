package org.govfacts.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Fact;

/**
 * A report's facts arranged the way the checks read them: sentences in text order, each with its
 * facts placed in its normalised text, and sentences grouped into paragraphs ("passages").
 */
final class DocumentView {
    private final String doc;
    private final List<SentenceView> sentences;
    private final List<Placed> placed;
    private final String originalText;

    private DocumentView(String doc, List<SentenceView> sentences, String originalText) {
        this.doc = doc;
        this.originalText = originalText;
        this.sentences = List.copyOf(sentences);
        List<Placed> all = new ArrayList<>();
        for (SentenceView s : sentences) {
            all.addAll(s.facts());
        }
        this.placed = List.copyOf(all);
    }

    String doc() {
        return doc;
    }

    /** The text as read, or null when only the facts are at hand. */
    String originalText() {
        return originalText;
    }

    List<SentenceView> sentences() {
        return sentences;
    }

    /** Every fact, in text order. */
    List<Placed> placed() {
        return placed;
    }

    /**
     * The figure of the report nearest before {@code at} (ending at or before its start) that passes {@code test}, or,
     * where {@code orAfter} and none does, the first after it; null when none.
     */
    Placed nearest(Fact at, java.util.function.Predicate<Fact> test, boolean orAfter) {
        return nearestPlaced(at, q -> test.test(q.fact()), orAfter);
    }

    /** As {@link #nearest}, testing the placed figure (its sentence, its words) rather than the fact alone. */
    Placed nearestPlaced(Fact at, java.util.function.Predicate<Placed> test, boolean orAfter) {
        Placed after = null;
        for (int i = placed.size() - 1; i >= 0; i--) {
            Placed q = placed.get(i);
            if (test.test(q)) {
                if (q.fact().end() <= at.start()) {
                    return q;
                }
                after = q;
            }
        }
        return orAfter ? after : null;
    }

    /** The longest text before a passage's first fact-bearing sentence on its line that is kept as its lead (a label). */
    private static final int LEAD_REACH = 30;

    static DocumentView of(CheckDocument d) {
        Map<String, SentenceView> byKey = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>(d.facts());
        facts.sort(Finding.FACT_ORDER);
        List<Placed> pending = new ArrayList<>();
        for (Fact f : facts) {
            SentenceView s;
            if (f.sentence() == null || f.sentence().isEmpty()) {
                // No sentence: the fact stands alone; it can still be compared by indicator.
                s = new SentenceView(d.doc(), f.start(), Math.max(0, f.end() - f.start()),
                        f.text() == null ? "" : TextForms.light(f.text()));
                byKey.put("solo:" + f.start() + ":" + f.end() + ":" + f.type(), s);
            } else {
                String key = f.sentenceStart() + ":" + f.sentence().length();
                String text = f.normalizedSentence() != null ? f.normalizedSentence() : TextForms.light(f.sentence());
                s = byKey.computeIfAbsent(key, k -> new SentenceView(d.doc(), f.sentenceStart(), f.sentence().length(), text));
            }
            int[] span = locate(f, s);
            Placed p = new Placed(f, s, span[0], span[1]);
            s.add(p);
            pending.add(p);
        }
        List<SentenceView> sentences = new ArrayList<>(byKey.values());
        sentences.sort((a, b) -> a.originalStart() != b.originalStart() ? Integer.compare(a.originalStart(), b.originalStart())
                : Integer.compare(a.originalLength(), b.originalLength()));
        int passage = 0;
        String original = d.originalText();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceView s = sentences.get(i);
            if (i > 0 && !samePassage(sentences.get(i - 1), s, d.originalText())) {
                passage++;
            }
            s.setPosition(i, passage, i > 0 ? sentences.get(i - 1) : null);
            if (s.previous() != null) {
                s.setLead(s.previous().lead()); // the passage's lead, read off its first sentence once
            } else if (original != null && s.originalStart() <= original.length()) {
                int lineStart = Math.max(original.lastIndexOf('\n', s.originalStart() - 1), original.lastIndexOf('\r', s.originalStart() - 1)) + 1;
                if (s.originalStart() - lineStart <= LEAD_REACH) {
                    s.setLead(original.substring(lineStart, s.originalStart()));
                }
            }
            s.sortFacts();
        }
        return new DocumentView(d.doc(), sentences, d.originalText());
    }

    /**
     * Whether two consecutive fact-bearing sentences are in one paragraph. With the original text,
     * no line break may lie between them; without it, they must follow each other directly.
     */
    private static boolean samePassage(SentenceView a, SentenceView b, String original) {
        int from = a.originalEnd();
        int to = b.originalStart();
        if (to < from) {
            return true;
        }
        if (original != null && to <= original.length()) {
            String gap = original.substring(from, to);
            return gap.indexOf('\n') < 0 && gap.indexOf('\r') < 0;
        }
        return to == from;
    }

    /**
     * Where a fact stands in its sentence's normalised text. Normalisation drops pinyin
     * annotations and changes script, so the span is found again: the fact's text in normalised
     * form, else its digits, nearest to where its original offset would put it.
     */
    static int[] locate(Fact f, SentenceView s) {
        String text = s.text();
        int relStart = Math.max(0, f.start() - s.originalStart());
        String original = f.text() == null ? "" : f.text();
        if (f.sentence() != null && text.equals(f.sentence()) && relStart + original.length() <= text.length()
                && text.startsWith(original, relStart)) {
            return new int[] {relStart, relStart + original.length()};
        }
        int expected = s.originalLength() == 0 ? 0 : (int) Math.round((double) relStart * text.length() / s.originalLength());
        String key = TextForms.light(original);
        if (key.indexOf('\n') >= 0 && text.indexOf('\n') < 0) {
            key = TextForms.unwrapped(key); // joined in the sentence read
        }
        if (f.type() == org.govfacts.fact.FactType.PROJECT && f.name() != null && nearest(text, key, expected) < 0) {
            key = f.name();
        }
        int at = nearest(text, key, expected);
        if (at >= 0) {
            return new int[] {at, at + key.length()};
        }
        String core = numericCore(key);
        int coreOffset = core.isEmpty() ? 0 : key.indexOf(core);
        at = core.isEmpty() ? -1 : nearest(text, core, expected + coreOffset);
        if (at >= 0) {
            int start = Math.max(0, at - coreOffset);
            return new int[] {start, Math.min(text.length(), Math.max(at + core.length(), start + key.length()))};
        }
        int start = Math.min(Math.max(0, expected), text.length());
        return new int[] {start, Math.min(text.length(), start + key.length())};
    }

    /** The occurrence of {@code needle} in {@code hay} nearest to {@code expected}, or -1. */
    static int nearest(String hay, String needle, int expected) {
        if (needle.isEmpty()) {
            return -1;
        }
        int best = -1;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) {
                best = i;
            }
        }
        return best;
    }

    /** The first run of digits (with separators) or of numerals in words. */
    static String numericCore(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextForms.isDigit(c)) {
                int j = i;
                while (j < s.length() && (TextForms.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ',')) {
                    j++;
                }
                return s.substring(i, j);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            if (TextForms.isChineseNumeral(s.charAt(i))) {
                int j = i;
                while (j < s.length() && TextForms.isChineseNumeral(s.charAt(j))) {
                    j++;
                }
                return s.substring(i, j);
            }
        }
        return "";
    }

    /** Sentences of the same passage from {@code s} back, at most {@code max} of them, nearest first. */
    List<SentenceView> backwards(SentenceView s, int max) {
        List<SentenceView> out = new ArrayList<>();
        for (int i = s.index(); i >= 0 && out.size() < max; i--) {
            SentenceView t = sentences.get(i);
            if (t.passage() != s.passage()) {
                break;
            }
            out.add(t);
        }
        return Collections.unmodifiableList(out);
    }

    /** The sentence before {@code s} in the document, across a passage's end, or null. */
    SentenceView sentenceBefore(SentenceView s) {
        return s.index() > 0 ? sentences.get(s.index() - 1) : null;
    }

    /** The next sentence in the same passage, or null. */
    SentenceView next(SentenceView s) {
        int i = s.index() + 1;
        return i < sentences.size() && sentences.get(i).passage() == s.passage() ? sentences.get(i) : null;
    }

    /** Facts of the same passage before {@code p} (up to {@code sentencesBack} sentences back), nearest first. */
    List<Placed> before(Placed p, int sentencesBack) {
        List<Placed> out = new ArrayList<>();
        for (SentenceView s : backwards(p.sentence(), sentencesBack)) {
            List<Placed> fs = s.facts();
            for (int i = fs.size() - 1; i >= 0; i--) {
                Placed q = fs.get(i);
                if (q == p || (s == p.sentence() && q.start() >= p.start())) {
                    continue;
                }
                out.add(q);
            }
        }
        return out;
    }
}
