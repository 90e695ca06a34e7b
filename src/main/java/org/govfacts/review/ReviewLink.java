package org.govfacts.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.govfacts.fact.Fact;

/**
 * Where a fact is shown in a review site ({@code govfacts review}): its report's page and the
 * anchor of its span, {@code 000_report.txt.html#f-681-686}, relative to the site's folder. The
 * one place that names pages and anchors, so that the site and every output linking into it
 * ({@code search}, and {@code check} or a panel as they add a {@code link} field) agree.
 */
public final class ReviewLink {
    /** The field name outputs use for the link. */
    public static final String FIELD = "link";
    /** The site's own index page, which no report page may take. */
    static final String INDEX_PAGE = "index.html";
    /** File names are limited to 255 bytes; Chinese characters take 3 in UTF-8. */
    private static final int MAX_NAME_BYTES = 240;

    private ReviewLink() {
    }

    /**
     * The page of a report: its document id (file name) with ".html" added, characters that file
     * systems or URLs treat specially replaced by '_'. The extension is kept, so a.txt and a.pdf
     * get pages of their own.
     */
    public static String page(String doc) {
        String base = doc == null || doc.isBlank() ? "report" : doc;
        StringBuilder sb = new StringBuilder(base.length() + 5);
        for (int i = 0; i < base.length(); ) {
            int cp = base.codePointAt(i);
            i += Character.charCount(cp);
            boolean special = cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || "/\\:*?\"<>|#%&'`+;".indexOf(cp) >= 0;
            sb.appendCodePoint(special ? '_' : cp);
        }
        if (sb.charAt(0) == '.') {
            sb.setCharAt(0, '_'); // not a hidden file
        }
        String name = sb.toString();
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            String hash = Integer.toHexString(base.hashCode());
            while (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES - 10) {
                name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
            }
            name = name + "~" + hash;
        }
        String page = name + ".html";
        return page.equalsIgnoreCase(INDEX_PAGE) ? "index_.html" : page;
    }

    /** The anchor (element id) of a span: {@code f-<start>-<end>}. */
    public static String anchor(int start, int end) {
        return "f-" + start + "-" + end;
    }

    public static String of(String doc, int start, int end) {
        return page(doc) + "#" + anchor(start, end);
    }

    public static String of(Fact f) {
        return of(f.doc(), f.start(), f.end());
    }

    /** Adds the link to a fact's JSON object (search, check or panel output). */
    public static ObjectNode put(ObjectNode o, Fact f) {
        o.put(FIELD, of(f));
        return o;
    }
}
