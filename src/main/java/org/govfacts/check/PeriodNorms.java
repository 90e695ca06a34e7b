package org.govfacts.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Arithmetic on the resolved period_norm of FACTS.md version 2 (2024, 2024H1, 2024M01-08, ..2024-09). */
final class PeriodNorms {
    private static final Pattern ONE_YEAR = Pattern.compile("(\\.\\.)?((?:19|20)\\d{2})(H[12]|Q[1-4]|M\\d{2}(?:-\\d{2})?|-\\d{2})?");

    private PeriodNorms() {
    }

    /**
     * Whether {@code inner} is {@code outer} or lies within it when {@code outer} is a whole year (2024Q1 within 2024), or
     * {@code outer} is the end of the year {@code inner} names (2024 within ..2024-12).
     */
    static boolean within(String inner, String outer) {
        if (inner == null || outer == null) {
            return false;
        }
        if (inner.equals(outer)) {
            return true;
        }
        if (outer.equals(".." + inner + "-12")) {
            return true; // 年末公路总里程 (..2012-12) is the level of 2012 that a share of 2012 is of: a year's level is its year-end stock
        }
        return outer.matches("(19|20)\\d{2}") && (inner.startsWith(outer) || inner.startsWith(".." + outer)) && !inner.matches("\\d{4}-\\d{4}");
    }

    /** Whether a period_norm is one whole calendar year (2024), not a part of one nor a span. */
    static boolean isOneYear(String periodNorm) {
        return periodNorm != null && periodNorm.matches("\\d{4}");
    }

    /** A year (2024), its twelfth month, or months running to its twelfth (2024M01-2024M12): the whole of one year. */
    static boolean isWholeYear(String periodNorm) {
        return periodNorm != null && periodNorm.matches("\\d{4}(?:M12|M01-\\d{4}M12)?");
    }

    /** The same part of the year before (2024H1 → 2023H1, ..2024-09 → ..2023-09), or null for a span of years. */
    static String yearEarlier(String periodNorm) {
        if (periodNorm == null) {
            return null;
        }
        Matcher m = ONE_YEAR.matcher(periodNorm);
        if (!m.matches()) {
            return null;
        }
        return (m.group(1) == null ? "" : m.group(1)) + (Integer.parseInt(m.group(2)) - 1) + (m.group(3) == null ? "" : m.group(3));
    }
}
