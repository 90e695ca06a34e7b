package org.govfacts.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sentence that holds facts: its normalised text (the form extraction worked on) and the facts
 * placed in it in text order. {@code passage} numbers the paragraph it belongs to within its report.
 */
final class SentenceView {
    /** Where a figure's own phrase ends: a clause's end (text/Clauses), a list mark or a bracket. */
    static boolean breaksPhrase(char c) {
        return org.govfacts.text.Clauses.endsClause(c) || "、（(）)".indexOf(c) >= 0;
    }

    private final String doc;
    private final int originalStart;
    private final int originalLength;
    private final String text;
    private final List<Placed> facts = new ArrayList<>();
    private int passage;
    private int index;
    private SentenceView previous;
    /** The text of its passage's line before the passage's first fact-bearing sentence (——小学。), else "". */
    private String lead = "";

    SentenceView(String doc, int originalStart, int originalLength, String text) {
        this.doc = doc;
        this.originalStart = originalStart;
        this.originalLength = originalLength;
        this.text = text;
    }

    String doc() {
        return doc;
    }

    int originalStart() {
        return originalStart;
    }

    int originalEnd() {
        return originalStart + originalLength;
    }

    int originalLength() {
        return originalLength;
    }

    String text() {
        return text;
    }

    List<Placed> facts() {
        return Collections.unmodifiableList(facts);
    }

    int passage() {
        return passage;
    }

    int index() {
        return index;
    }

    void setPosition(int index, int passage, SentenceView previous) {
        this.index = index;
        this.passage = passage;
        this.previous = previous != null && previous.passage == passage ? previous : null;
    }

    void setLead(String lead) {
        this.lead = lead;
    }

    /** The original text of its passage's line before the passage's first fact-bearing sentence (a label: ——小学。), else "". */
    String lead() {
        return lead;
    }

    /** The sentence before this one in its passage, or null. */
    SentenceView previous() {
        return previous;
    }

    void add(Placed p) {
        facts.add(p);
    }

    void sortFacts() {
        facts.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.end() != b.end() ? Integer.compare(b.end(), a.end()) : Finding.FACT_ORDER.compare(a.fact(), b.fact()));
    }

    /** Start of the phrase {@code p} sits in: after the previous punctuation mark or the previous figure. */
    int phraseStart(Placed p) {
        int b = p.start();
        while (b > 0 && !breaksPhrase(text.charAt(b - 1))) {
            b--;
        }
        for (Placed q : facts) {
            if (q != p && q.end() <= p.start() && q.end() > b && q.fact().type().isNumeric()) {
                b = q.end();
            }
        }
        return b;
    }

    /** The last figure of the sentence that ends before {@code p} starts, or null. */
    Placed figureBefore(Placed p) {
        Placed found = null;
        for (Placed q : facts) {
            if (q.end() <= p.start() && q.fact().type().isNumeric()) {
                found = q;
            }
        }
        return found;
    }

    /**
     * Where 分别 stands before {@code p} in its group of clauses (男性…，女性…，分别占总人口的51.3%和48.7%): the figures of
     * such a list go one to each item before it; -1 where there is none.
     */
    int respectivelyBefore(Placed p) {
        int at = text.lastIndexOf("分别", p.start());
        return at < 0 || org.govfacts.text.Clauses.groupBreakBetween(text, at, p.start()) ? -1 : at;
    }

    String labelBefore(Placed p) {
        return text.substring(phraseStart(p), Math.max(phraseStart(p), p.start())).strip();
    }

    String tailAfter(Placed p) {
        int e = Math.min(p.end(), text.length());
        int stop = e;
        while (stop < text.length() && !breaksPhrase(text.charAt(stop))) {
            stop++;
        }
        for (Placed q : facts) {
            if (q != p && q.start() >= e && q.start() < stop && q.fact().type().isNumeric()) {
                stop = q.start();
            }
        }
        return text.substring(e, stop).strip();
    }

    @Override
    public String toString() {
        return doc + "@" + originalStart + ": " + text;
    }
}
