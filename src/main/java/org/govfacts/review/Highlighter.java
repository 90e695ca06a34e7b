package org.govfacts.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A report's text as HTML with every fact in a {@code <mark>}, such that the text inside each
 * fact's marks is exactly the fact's span. Facts nest (a money figure inside a project's name):
 * the longer one is the outer mark. Facts that cross (one starts inside another and ends after
 * it) cannot nest, so the later one is closed where the earlier ends and continued in a second
 * mark with the same {@code data-f}; its pieces, read in order, give its text. The first piece
 * carries the fact's anchor id.
 */
final class Highlighter {
    /**
     * A span to mark.
     *
     * @param id      the fact's number on the page ({@code data-f})
     * @param cssClass classes of its marks
     * @param anchor  the id of its first piece, or null (a second fact on the same span)
     * @param title   tooltip
     */
    record Span(int id, int start, int end, String cssClass, String anchor, String title) {
    }

    private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed()).thenComparingInt(Span::id);

    private Highlighter() {
    }

    /** Spans outside the text or empty are left out (the caller reports them). */
    static String render(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>();
        TreeSet<Integer> bounds = new TreeSet<>();
        for (Span s : spans) {
            if (s.start() >= 0 && s.end() <= text.length() && s.start() < s.end()) {
                sorted.add(s);
                bounds.add(s.start());
                bounds.add(s.end());
            }
        }
        sorted.sort(ORDER);
        StringBuilder out = new StringBuilder(text.length() + sorted.size() * 80);
        Deque<Span> open = new ArrayDeque<>(); // top = innermost
        Set<Integer> started = new HashSet<>();
        int pos = 0;
        int next = 0;
        for (int b : bounds) {
            Html.appendText(out, text, pos, b);
            pos = b;
            closeEndingAt(b, open, out, started);
            while (next < sorted.size() && sorted.get(next).start() == b) {
                Span s = sorted.get(next++);
                openTag(out, s, started.add(s.id()));
                open.push(s);
            }
        }
        Html.appendText(out, text, pos, text.length());
        return out.toString();
    }

    /** Closes the marks of spans ending at {@code b}; marks above them that go on are reopened. */
    private static void closeEndingAt(int b, Deque<Span> open, StringBuilder out, Set<Integer> started) {
        long ending = open.stream().filter(s -> s.end() == b).count();
        if (ending == 0) {
            return;
        }
        Deque<Span> goOn = new ArrayDeque<>();
        while (ending > 0) {
            Span top = open.pop();
            out.append("</mark>");
            if (top.end() == b) {
                ending--;
            } else {
                goOn.push(top); // popped innermost first: pushing makes the outermost come out first
            }
        }
        while (!goOn.isEmpty()) {
            Span s = goOn.pop();
            openTag(out, s, false);
            open.push(s);
        }
    }

    private static void openTag(StringBuilder out, Span s, boolean first) {
        out.append("<mark class=\"").append(Html.attr(s.cssClass())).append(first ? "" : " cont").append("\" data-f=\"")
                .append(s.id()).append('"');
        if (first && s.anchor() != null) {
            out.append(" id=\"").append(Html.attr(s.anchor())).append('"');
        }
        if (s.title() != null) {
            out.append(" title=\"").append(Html.attr(s.title())).append('"');
        }
        out.append('>');
    }
}
