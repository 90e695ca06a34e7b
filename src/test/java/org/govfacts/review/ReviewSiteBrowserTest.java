package org.govfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govfacts.cli.Main;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;
import org.govfacts.read.DocumentReader;
import org.govfacts.testdata.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review site as a person sees it, in headless Chromium: every highlight covers exactly its
 * fact's text at its offsets, clicking a figure shows its fields, a finding marks its figures,
 * and nothing is fetched from the network or logged as an error. Skipped where Chromium is not
 * installed (CI installs it: .ci/run).
 */
class ReviewSiteBrowserTest {
    @TempDir
    static Path dir;
    static HeadlessChromium browser;

    /** Finds the fact's first piece, scrolls to it, and gives a point on its own text (not on a fact inside it). */
    private static final String POINT_ON = """
            (i => {
              const m = document.querySelector('#text mark.f[data-f="' + i + '"]');
              m.scrollIntoView({block: 'center'});
              for (const n of m.childNodes) {
                if (n.nodeType !== 3 || !n.data.trim()) continue;
                const r = document.createRange();
                r.selectNodeContents(n);
                for (const b of r.getClientRects()) {
                  if (b.width < 2) continue;
                  const x = b.left + b.width / 2, y = b.top + b.height / 2;
                  if (document.elementFromPoint(x, y) === m) return {x, y};
                }
              }
              return null;
            })(%d)""";

    /** Per fact: the text of all its marks in order, and where its first mark starts in the page's text. */
    private static final String HIGHLIGHTS = """
            (() => {
              const article = document.getElementById('text');
              const facts = JSON.parse(document.getElementById('facts-data').textContent);
              const out = [];
              for (const f of facts) {
                const marks = Array.from(article.querySelectorAll('mark.f[data-f="' + f.i + '"]'));
                const r = document.createRange();
                r.setStart(article, 0);
                if (marks.length) r.setEndBefore(marks[0]);
                const anchor = document.getElementById('f-' + f.start + '-' + f.end);
                out.push({i: f.i, pieces: marks.length, covered: marks.map(m => m.textContent).join(''),
                  offset: marks.length ? r.toString().length : -1,
                  anchorSpan: anchor ? [facts[anchor.dataset.f].start, facts[anchor.dataset.f].end] : null,
                  classes: marks.length ? marks[0].className : ''});
              }
              return {text: article.textContent, facts, highlights: out, scripts: article.querySelectorAll('script').length};
            })()""";

    /** What the detail panel shows: its heading and its field → value rows, and the address's anchor. */
    private static final String DETAIL = """
            (() => {
              const d = document.getElementById('detail');
              const fields = {};
              d.querySelectorAll('dt').forEach(dt => fields[dt.textContent] = dt.nextElementSibling.textContent);
              const h = d.querySelector('h3');
              return {heading: h ? h.textContent : null, fields, hash: location.hash,
                selected: Array.from(document.querySelectorAll('#text mark.sel')).map(m => Number(m.dataset.f))};
            })()""";

    @BeforeAll
    static void startBrowser() throws Exception {
        Path chromium = HeadlessChromium.binary();
        if (System.getenv("CI") != null) {
            assertTrue(chromium != null, "CI must render the review pages: .ci/run installs chromium");
        }
        Assumptions.assumeTrue(chromium != null,
                "chromium is not installed: the review pages are not rendered (Debian: apt-get install chromium; CI installs it)");
        browser = new HeadlessChromium(chromium, 1280, 900);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSeedsSiteRendersWithEveryFigureInPlaceAndClickable() throws Exception {
        Path site = dir.resolve("seeds-site");
        assertEquals(0, Main.execute("review", "--dictionaries", "dictionaries", "-o", site.toString(), TestData.SEEDS.toString()));
        DocumentReader reader = new DocumentReader();
        int pages = 0;
        int findingsChecked = 0;
        try (var files = Files.list(TestData.SEEDS)) {
            for (Path seed : files.sorted().toList()) {
                Path page = site.resolve(ReviewLink.page(seed.getFileName().toString()));
                assertTrue(Files.isRegularFile(page), page.toString());
                browser.open(page.toUri().toString());
                JsonNode h = highlightsAreExact(reader.read(seed).text(), page);
                clickAndCheck(h.get("facts"), 25);
                findingsChecked += joinFirstFinding();
                pages++;
            }
        }
        assertEquals(5, pages);
        assertTrue(findingsChecked > 0, "no seed page showed a finding to join");
        browser.open(site.resolve("index.html").toUri().toString());
        JsonNode links = browser.eval("Array.from(document.querySelectorAll('#report-table tbody a')).map(a => a.getAttribute('href'))");
        assertEquals(5, links.size());
        for (JsonNode l : links) {
            assertTrue(Files.isRegularFile(site.resolve(l.asText())), "index links to a missing page: " + l);
        }
        assertNoErrorsAndNoNetwork();
    }

    @Test
    void markupNestedCrossingAndRepeatedSpansAreShownExactly() throws Exception {
        String text = "关于<script>alert('x')</script>的报告 & 说明\r\n"
                + "全年投资803亿元，目标增长7.4%。\r\n"
                + "金大地5000万元绿色联碱项目开工。\n"
                + "交叉ABCDEF测试。";
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(text, "money", "803亿元", "\"value\":80300000000,\"unit\":\"元\",\"indicator\":\"投资\",\"period\":\"全年\""));
        facts.add(fact(text, "growth", "7.4%", "\"value\":7.4,\"unit\":\"%\",\"basis\":\"yoy\",\"status\":\"target\""));
        facts.add(fact(text, "ratio", "7.4%", "\"value\":7.4,\"unit\":\"%\""));
        facts.add(fact(text, "project", "金大地5000万元绿色联碱项目", "\"name\":\"金大地5000万元绿色联碱项目\""));
        facts.add(fact(text, "money", "5000万元", "\"value\":50000000,\"unit\":\"元\""));
        facts.add(fact(text, "quantity", "ABCD", "\"value\":1,\"unit\":\"个\""));
        facts.add(fact(text, "quantity", "CDEF", "\"value\":2,\"unit\":\"个\""));
        ObjectNode info = FactJson.MAPPER.createObjectNode().put("doc", "a b&c<d>.txt").put("path", "a b&c<d>.txt")
                .put("title", "<b>标题</b>").put("region", "漯河市");
        ReviewReport report = new ReviewReport(info, text, facts);
        Path site = dir.resolve("tricky-site");
        StringWriter warnings = new StringWriter();
        ReviewSite.write(site, List.of(report), List.of(), new PrintWriter(warnings));
        assertEquals("", warnings.toString());
        Path page = site.resolve(report.page());
        browser.open(page.toUri().toString());
        JsonNode h = highlightsAreExact(text, page);
        assertEquals(0, h.get("scripts").asInt(), "markup in the text must stay text");
        assertEquals("<b>标题</b>", browser.eval("document.querySelector('h1').textContent").asText());
        JsonNode cdef = findHighlight(h, "CDEF");
        assertEquals(2, cdef.get("pieces").asInt(), "a fact crossing another is shown in two pieces");
        if (FactJson.toJson(facts.get(1)).has("status")) {
            assertTrue(findHighlight(h, "7.4%").get("classes").asText().contains("st-target"), "a target is marked apart");
        }
        clickAndCheck(h.get("facts"), Integer.MAX_VALUE);
        assertNoErrorsAndNoNetwork();
    }

    private static Fact fact(String text, String type, String what, String fields) throws Exception {
        int start = text.indexOf(what);
        assertTrue(start >= 0, what);
        return FactJson.fromJson(FactJson.MAPPER.readTree("{\"doc\":\"a b&c<d>.txt\",\"type\":\"" + type + "\",\"text\":\""
                + what + "\",\"start\":" + start + ",\"end\":" + (start + what.length()) + "," + fields + "}"));
    }

    private static JsonNode findHighlight(JsonNode h, String text) {
        for (JsonNode x : h.get("highlights")) {
            if (h.get("facts").get(x.get("i").asInt()).get("text").asText().equals(text)) {
                return x;
            }
        }
        throw new AssertionError("no fact " + text);
    }

    /** The page shows the report's text unchanged, and each fact's marks cover its span there exactly. */
    private static JsonNode highlightsAreExact(String original, Path page) throws Exception {
        JsonNode h = browser.eval(HIGHLIGHTS);
        assertEquals(original, h.get("text").asText(), "the page's text differs from the report's: " + page);
        JsonNode facts = h.get("facts");
        assertTrue(facts.size() > 0, "no facts on " + page);
        for (JsonNode x : h.get("highlights")) {
            JsonNode f = facts.get(x.get("i").asInt());
            int start = f.get("start").asInt();
            int end = f.get("end").asInt();
            String where = page.getFileName() + " " + f;
            assertEquals(original.substring(start, end), f.get("text").asText(), where);
            assertEquals(f.get("text").asText(), x.get("covered").asText(), "highlight text, " + where);
            assertEquals(start, x.get("offset").asInt(), "highlight position, " + where);
            assertEquals("[" + start + "," + end + "]", x.get("anchorSpan").toString(), "anchor, " + where);
            assertTrue(x.get("classes").asText().contains("t-" + f.get("type").asText()), where);
            assertEquals(page.getFileName() + "#f-" + start + "-" + end, f.get("link").asText(), "link, " + where);
        }
        return h;
    }

    /**
     * Clicks up to {@code limit} facts spread over the page with the mouse and reads the panel. A
     * fact whose whole text is covered by another on the same span cannot be clicked on its own.
     */
    private static void clickAndCheck(JsonNode facts, int limit) throws Exception {
        int step = Math.max(1, facts.size() / Math.min(limit, facts.size()));
        Set<String> spans = new HashSet<>();
        int clicked = 0;
        for (int i = 0; i < facts.size(); i += step) {
            JsonNode f = facts.get(i);
            JsonNode p = browser.eval(String.format(POINT_ON, i));
            String span = f.get("start") + "-" + f.get("end");
            if (p.isNull()) {
                assertTrue(sharesItsSpan(facts, i), "fact cannot be clicked: " + f);
                continue;
            }
            spans.add(span);
            browser.click(p.get("x").asDouble(), p.get("y").asDouble());
            JsonNode d = browser.eval(DETAIL);
            assertEquals(f.get("type").asText() + " · " + f.get("text").asText(), d.get("heading").asText(), f.toString());
            assertEquals("#f-" + span, d.get("hash").asText());
            assertTrue(d.get("selected").size() > 0 && stream(d.get("selected")).allMatch(x -> x.asInt() == f.get("i").asInt()),
                    "selected marks " + d.get("selected") + " for " + f);
            JsonNode fields = d.get("fields");
            for (String k : List.of("value", "unit", "qualifier", "indicator")) {
                if (f.has(k) || isNumeric(f)) {
                    assertEquals(shown(f.get(k)), fields.path(k).asText(null), k + " of " + f);
                }
            }
            if (isNumeric(f)) {
                assertEquals(shown(f.get("period")) + " → " + shown(f.get("period_norm")), fields.path("period").asText(null), f.toString());
            }
            assertEquals(shown(f.get("status")), fields.path("status").asText(null), f.toString());
            assertEquals(shown(f.get("region_norm")), fields.path("region_norm").asText(null), f.toString());
            assertEquals(f.get("link").asText(), fields.path("link").asText(null), f.toString());
            clicked++;
        }
        assertTrue(clicked > 0, "nothing clicked");
    }

    /** Marks the figures of the page's first finding by clicking it; returns how many findings were checked. */
    private static int joinFirstFinding() throws Exception {
        JsonNode p = browser.eval("""
                (() => {
                  const li = document.querySelector('li.finding');
                  if (!li) return null;
                  li.scrollIntoView({block: 'center'});
                  const b = li.querySelector('.verdict').getBoundingClientRect();
                  return {x: b.left + b.width / 2, y: b.top + b.height / 2,
                    figures: JSON.parse(document.getElementById('findings-data').textContent)[0].facts
                      .filter(f => f.i !== undefined).map(f => f.i)};
                })()""");
        if (p.isNull()) {
            return 0;
        }
        browser.click(p.get("x").asDouble(), p.get("y").asDouble());
        JsonNode joined = browser.eval("Array.from(new Set(Array.from(document.querySelectorAll('#text mark.joined')).map(m => Number(m.dataset.f))))");
        Set<Integer> expected = new HashSet<>();
        p.get("figures").forEach(x -> expected.add(x.asInt()));
        Set<Integer> actual = new HashSet<>();
        joined.forEach(x -> actual.add(x.asInt()));
        assertFalse(expected.isEmpty(), "a finding on this page names none of its figures: " + p);
        assertEquals(expected, actual, "figures marked for the first finding");
        return 1;
    }

    private static void assertNoErrorsAndNoNetwork() {
        assertEquals(List.of(), browser.errors(), "console errors");
        List<String> remote = browser.requests().stream().filter(u -> !u.startsWith("file:") && !u.startsWith("about:")
                && !u.startsWith("data:")).toList();
        assertEquals(List.of(), remote, "a review page must need no network");
    }

    private static boolean sharesItsSpan(JsonNode facts, int i) {
        for (int j = 0; j < facts.size(); j++) {
            if (j != i && facts.get(j).get("start").equals(facts.get(i).get("start")) && facts.get(j).get("end").equals(facts.get(i).get("end"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumeric(JsonNode f) {
        return List.of("money", "quantity", "growth", "ratio").contains(f.get("type").asText());
    }

    /** How the panel writes a field: the value as JavaScript prints it, a dash when there is none. */
    private static String shown(JsonNode v) {
        return v == null || v.isNull() || v.asText().isEmpty() ? "—" : v.asText();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode a) {
        List<JsonNode> l = new ArrayList<>();
        a.forEach(l::add);
        return l.stream();
    }
}
