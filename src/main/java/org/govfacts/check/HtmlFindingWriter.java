package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Fact;

/**
 * Findings as one self-contained HTML page (no scripts, no outside files): each finding with its
 * kind, verdict and message, and every sentence it stands on with its figures marked, grouped by
 * verdict in the order of the text report.
 */
final class HtmlFindingWriter {
    private HtmlFindingWriter() {
    }

    static String html(List<Finding> findings, int documents) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>govfacts check</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:60em;margin:1em auto;line-height:1.5;padding:0 1em}\n")
                .append(".finding{border-left:4px solid #999;padding:.3em .8em;margin:1em 0}\n")
                .append(".inconsistent,.missed{border-color:#c0392b}.consistent,.met{border-color:#27ae60}.cannot_tell{border-color:#e0a800}\n")
                .append(".tag{font-size:.8em;font-weight:bold;text-transform:uppercase;margin-right:.5em}\n")
                .append(".sentence{margin:.3em 0 .3em 1em;color:#222}.doc{color:#666;font-size:.8em;margin-right:.5em}\n")
                .append("mark{background:#ffe066;font-weight:bold}\n</style>\n</head>\n<body>\n");
        b.append("<h1>Cross-check of ").append(documents).append(documents == 1 ? " report" : " reports").append("</h1>\n<p>")
                .append(findings.size()).append(findings.size() == 1 ? " finding" : " findings");
        for (Verdict v : Verdict.values()) {
            long n = findings.stream().filter(f -> f.verdict() == v).count();
            if (n > 0) {
                b.append(", ").append(n).append(' ').append(v.id().replace('_', ' '));
            }
        }
        b.append(".</p>\n");
        int n = 0;
        for (Verdict v : Verdict.values()) {
            List<Finding> these = findings.stream().filter(f -> f.verdict() == v).toList();
            if (these.isEmpty()) {
                continue;
            }
            b.append("<h2>").append(escape(FindingWriter.title(v))).append(" (").append(these.size()).append(")</h2>\n");
            for (Finding f : these) {
                n++;
                b.append("<div class=\"finding ").append(f.verdict().id()).append("\" id=\"f").append(n).append("\">\n<p><span class=\"tag\">")
                        .append(n).append(". ").append(f.kind().id()).append(" · ").append(f.verdict().id().replace('_', ' '))
                        .append("</span>").append(escape(f.message())).append("</p>\n");
                for (List<Fact> group : bySentence(f.facts())) {
                    b.append("<p class=\"sentence\"><span class=\"doc\">").append(escape(group.get(0).doc())).append("</span>")
                            .append(marked(group)).append("</p>\n");
                }
                b.append("</div>\n");
            }
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /** The finding's figures grouped by the sentence they stand in, so a sentence is shown once with all its marks. */
    private static List<List<Fact>> bySentence(List<Fact> facts) {
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact x : facts) {
            String key = x.sentence() == null ? x.doc() + "@" + x.start() : x.doc() + "@" + x.sentenceStart() + ":" + x.sentence().length();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
        }
        return new ArrayList<>(groups.values());
    }

    /** The sentence with each figure of {@code group} in a mark; the figure alone when its sentence is not known. */
    static String marked(List<Fact> group) {
        Fact first = group.get(0);
        String s = first.sentence();
        if (s == null) {
            StringBuilder b = new StringBuilder();
            for (Fact x : group) {
                b.append("<mark>").append(escape(x.text())).append("</mark> ");
            }
            return b.toString().strip();
        }
        List<int[]> spans = new ArrayList<>();
        for (Fact x : group) {
            int a = x.start() - x.sentenceStart();
            int e = x.end() - x.sentenceStart();
            if (a >= 0 && e <= s.length() && a <= e) {
                spans.add(new int[] {a, e});
            }
        }
        spans.sort((p, q) -> Integer.compare(p[0], q[0]));
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue; // overlapping figures: the first mark wins
            }
            b.append(escape(s.substring(at, span[0]))).append("<mark>").append(escape(s.substring(span[0], span[1]))).append("</mark>");
            at = span[1];
        }
        b.append(escape(s.substring(at)));
        return b.toString();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
