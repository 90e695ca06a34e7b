package org.govfacts.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a heading that only opens the parts of the total stated before it (分产业看, 按行业分: breakdown-headings.txt),
 * read once and shared by the attributor (a line of its own) and the checker (a sentence's opening words).
 */
public record BreakdownHeadings(List<Pattern> patterns) {
    /** Whether {@code words}, whole, are such a heading (without its comma or colon). */
    public boolean matches(String words) {
        return patterns.stream().anyMatch(p -> p.matcher(words).matches());
    }
}
