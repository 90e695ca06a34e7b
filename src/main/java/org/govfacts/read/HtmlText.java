package org.govfacts.read;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of a web page, through jsoup (which parses broken real-world HTML the way
 * browsers do), without the site's menus, link lists and footers.
 *
 * <p>The article is found by text density: every block of running text (few links, some length)
 * credits its container fully and the container's parent by half, and the best-credited element
 * wins; an enclosing {@code <article>} or {@code <main>} is taken whole. A page heading outside
 * the winner (the report's title, typically) is put first. Paragraphs end with '\n'.
 */
final class HtmlText {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "nav", "aside", "form", "button", "select", "input", "textarea", "object", "embed", "head");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body",
            "center", "font", "span", "table", "tbody", "blockquote");
    private static final Set<String> CELLS = Set.of("td", "th");
    /** A line break in the page's source between two Chinese characters is not a space when shown. */
    private static final Pattern BREAK_BETWEEN_HAN =
            Pattern.compile("(?<=[\\p{IsHan}\\uFF00-\\uFFEF\\u3000-\\u303F])\\s*\\n\\s*(?=[\\p{IsHan}\\uFF00-\\uFFEF\\u3000-\\u303F])");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private HtmlText() {
    }

    /** The encoding a page declares in its first few kilobytes ({@code <meta charset>}), or null. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** Whether decoded text is a web page rather than plain text that happens to hold a '<'. */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<") && (head.contains("<html") || head.contains("<body") || head.contains("<head"));
    }

    static String extract(String html) {
        Document doc = Jsoup.parse(html);
        for (String tag : DROPPED) {
            doc.select(tag).remove();
        }
        Element body = doc.body();
        Element article = articleOf(bestContainer(body));
        StringBuilder out = new StringBuilder();
        Element heading = article == body || article.selectFirst("h1, h2") != null ? null : headingBefore(body, article);
        if (heading != null) {
            render(heading, out);
            out.append('\n');
        }
        render(article, out);
        return tidy(out);
    }

    /** The element crediting most running text to itself, from the blocks it directly holds. */
    private static Element bestContainer(Element body) {
        Map<Element, int[]> textAndLinks = new IdentityHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                int len = t.getWholeText().strip().length();
                if (len == 0) {
                    return;
                }
                Element block = blockOf(t);
                int[] tl = textAndLinks.computeIfAbsent(block, k -> new int[2]);
                tl[0] += len;
                if (insideLink(t)) {
                    tl[1] += len;
                }
            }
        }, body);
        Map<Element, Double> credit = new IdentityHashMap<>();
        for (Map.Entry<Element, int[]> e : textAndLinks.entrySet()) {
            int text = e.getValue()[0];
            int links = e.getValue()[1];
            if (text < 10 || links * 2 > text) {
                continue; // menu entries and link lists, not running text
            }
            double weight = text - links;
            Element block = e.getKey();
            Element container = CONTAINERS.contains(block.normalName()) ? block : block.parent();
            if (container == null) {
                continue;
            }
            credit.merge(container, weight, Double::sum);
            if (container.parent() != null && container != body) {
                credit.merge(container.parent(), weight / 2, Double::sum);
            }
        }
        Element best = body;
        double bestCredit = 0;
        for (Map.Entry<Element, Double> e : credit.entrySet()) {
            if (e.getValue() > bestCredit) {
                best = e.getKey();
                bestCredit = e.getValue();
            }
        }
        return best;
    }

    private static Element articleOf(Element best) {
        for (Element e = best; e != null; e = e.parent()) {
            if (e.normalName().equals("article") || e.normalName().equals("main")) {
                return e;
            }
        }
        return best;
    }

    private static Element blockOf(Node n) {
        Element e = n.parent() instanceof Element ? (Element) n.parent() : null;
        while (e != null && !e.isBlock() && e.parent() != null) {
            e = e.parent();
        }
        return e;
    }

    private static boolean insideLink(Node n) {
        for (Node p = n.parent(); p instanceof Element e; p = p.parent()) {
            if (e.normalName().equals("a")) {
                return true;
            }
            if (e.isBlock()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The report's title: the nearest {@code <h1>} before the article (else the nearest {@code <h2>}),
     * skipping empty ones such as a logo's; only asked for when the article has no heading of its own.
     * Side-bar headings are {@code <h3>} and below on such pages.
     */
    private static Element headingBefore(Element body, Element article) {
        List<Element> all = body.getAllElements();
        int at = all.indexOf(article);
        for (String level : new String[]{"h1", "h2"}) {
            for (int i = at - 1; i >= 0; i--) {
                Element e = all.get(i);
                if (e.normalName().equals(level) && e.text().strip().length() >= 4) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Text as a browser lays it out: blocks on lines of their own, cells separated by tabs. */
    private static void render(Element root, StringBuilder out) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    boolean pre = t.parent() != null && t.parent().normalName().equals("pre");
                    String text = pre ? t.getWholeText() : BREAK_BETWEEN_HAN.matcher(t.getWholeText()).replaceAll("");
                    out.append(pre ? text : text.replaceAll("[ \\t\\n\\r\\f]+", " "));
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        out.append('\n');
                    } else if (CELLS.contains(e.normalName()) && e.elementSiblingIndex() > 0) {
                        out.append('\t');
                    } else if (e.isBlock() && !CELLS.contains(e.normalName())) {
                        out.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && !CELLS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
    }

    /** Trims every line (full-width indent included) and drops empty ones: one '\n' per paragraph. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n")) {
            String t = line.strip().replaceAll("^[\\u00A0\\u3000\\s]+|[\\u00A0\\u3000\\s]+$", "");
            if (!t.isEmpty()) {
                out.append(t).append('\n');
            }
        }
        return out.toString();
    }
}
