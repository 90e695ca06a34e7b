package org.govfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every fact's marks, read in order, give exactly its span, however facts nest or cross. */
class HighlighterTest {
    private static Highlighter.Span span(int id, int start, int end) {
        return new Highlighter.Span(id, start, end, "f", ReviewLink.anchor(start, end), null);
    }

    private static String covered(Document d, int id) {
        StringBuilder sb = new StringBuilder();
        for (Element m : d.select("mark[data-f=" + id + "]")) {
            sb.append(m.wholeText());
        }
        return sb.toString();
    }

    @Test
    void aMoneyFigureInsideAProjectNameIsMarkedInsideIt() {
        String text = "金大地5000万元绿色联碱项目开工。";
        int money = text.indexOf("5000万元");
        String html = Highlighter.render(text, List.of(span(0, 0, text.indexOf("开工")), span(1, money, money + 6)));
        assertEquals("<mark class=\"f\" data-f=\"0\" id=\"f-0-15\">金大地<mark class=\"f\" data-f=\"1\" id=\"f-3-9\">5000万元</mark>"
                + "绿色联碱项目</mark>开工。", html);
    }

    @Test
    void crossingFactsAreSplitAndTheAnchorIsOnTheFirstPiece() {
        String text = "交叉ABCDEF测试";
        String html = Highlighter.render(text, List.of(span(0, 2, 6), span(1, 4, 8)));
        assertEquals("交叉<mark class=\"f\" data-f=\"0\" id=\"f-2-6\">AB<mark class=\"f\" data-f=\"1\" id=\"f-4-8\">CD</mark></mark>"
                + "<mark class=\"f cont\" data-f=\"1\">EF</mark>测试", html);
    }

    @Test
    void markupInTheTextIsEscapedAndCarriageReturnsKept() {
        String text = "a<script>alert('x')</script>&b\r\n7.4%";
        String html = Highlighter.render(text, List.of(span(0, text.length() - 4, text.length())));
        assertTrue(!html.contains("<script>") && html.contains("&lt;script&gt;") && html.contains("&amp;b&#13;\n"), html);
    }

    @Test
    void randomSpansAlwaysCoverExactlyTheirText() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                String alphabet = "汇<>&\"'\n增长123亿元。";
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Highlighter.Span> spans = new ArrayList<>();
            for (int id = 0, k = random.nextInt(8); id < k; id++) {
                int a = random.nextInt(text.length());
                int b = a + 1 + random.nextInt(text.length() - a);
                spans.add(span(id, a, b));
            }
            Document d = Jsoup.parseBodyFragment(Highlighter.render(text, spans));
            assertEquals(text, d.body().wholeText(), "text changed in round " + round);
            for (Highlighter.Span s : spans) {
                assertEquals(text.substring(s.start(), s.end()), covered(d, s.id()), "span " + s + " in round " + round + ": " + text);
                Element anchor = d.getElementById(s.anchor());
                assertNotNull(anchor, s.toString());
            }
        }
    }
}
