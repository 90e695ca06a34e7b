package org.govfacts.review;

/** Escaping for text placed in HTML, its attributes, and JSON data blocks inside {@code <script>}. */
final class Html {
    private Html() {
    }

    /**
     * Text content: &amp;, &lt; and &gt; escaped; a carriage return and other control characters as
     * character references, since the HTML parser would otherwise turn CR LF into LF and shift
     * what a highlight covers.
     */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        appendText(sb, s, 0, s.length());
        return sb.toString();
    }

    static void appendText(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n', '\t' -> sb.append(c);
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append("&#").append((int) c).append(';');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    /** An attribute value (to go between double quotes). */
    static String attr(String s) {
        return s == null ? "" : text(s);
    }

    /**
     * JSON for a {@code <script type="application/json">} block: '&lt;', '&gt;' and '&amp;' as \\u
     * escapes (valid JSON, and no {@code </script>} or {@code <!--} can end the block early), and
     * the line separators JavaScript once refused.
     */
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
