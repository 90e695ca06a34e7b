package org.govfacts.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govfacts.fact.FactType;

/** What every page of the site shares: the inline style and script, and the fact types' names. */
final class PageParts {
    static final String CSS = resource("review.css");
    static final String JS = resource("review.js");

    /** Fact types in the order the legend and the counts show them. */
    static final List<String> TYPES = java.util.Arrays.stream(FactType.values()).map(FactType::id).toList();
    /** Statuses a fact may carry (absent until facts carry them: counted as "none"). */
    static final List<String> STATUSES = List.of("actual", "target", "estimate");

    private PageParts() {
    }

    static void head(StringBuilder sb, String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n");
    }

    static void script(StringBuilder sb) {
        // the data blocks come before, so the script finds them when it runs
        sb.append("<script>\n").append(JS).append("</script>\n");
    }

    static void legend(StringBuilder sb) {
        sb.append("<p class=\"legend\">");
        for (String t : TYPES) {
            sb.append("<mark class=\"f t-").append(t).append("\">").append(t).append("</mark> ");
        }
        sb.append(" <span class=\"sep\">|</span> <mark class=\"f st-target\">target (目标)</mark> ")
                .append("<mark class=\"f st-estimate\">estimate (预计)</mark> results plain</p>\n");
    }

    private static String resource(String name) {
        try (InputStream in = PageParts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
