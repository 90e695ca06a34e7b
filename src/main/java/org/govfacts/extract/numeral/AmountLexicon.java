package org.govfacts.extract.numeral;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.govfacts.fact.Qualifier;
import org.govfacts.lexicon.Lexicon;

/**
 * Units, multipliers and qualifier words from {@code dictionaries/units.tsv},
 * {@code multipliers.tsv} and {@code qualifiers.tsv}, and the number forms of
 * {@code numeral-forms.tsv} (fractions, 成, 翻番, range joiners), with longest-match look-ups.
 */
public final class AmountLexicon {
    public record Unit(String surface, String unit, UnitKind kind) {
    }

    /** A multiplier, and the units it is one before where it is a multiplier only there (兆 of 兆元, not of 兆瓦). */
    public record Multiplier(String surface, BigDecimal factor, List<String> onlyBefore) {
        boolean fits(CharSequence t, int end) {
            if (onlyBefore.isEmpty()) {
                return true;
            }
            return onlyBefore.stream().anyMatch(u -> end + u.length() <= t.length() && u.contentEquals(t.subSequence(end, end + u.length())));
        }
    }

    public record QualifierWord(String surface, Qualifier qualifier) {
    }

    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<UnitKind, Unit> unitsByKind = new java.util.EnumMap<>(UnitKind.class);
    private final Map<String, Multiplier> multipliers = new HashMap<>();
    private final Map<String, QualifierWord> before = new HashMap<>();
    private final Map<String, QualifierWord> inside = new HashMap<>();
    private final Map<String, QualifierWord> after = new HashMap<>();
    /** numeral-forms.tsv: role → form → argument */
    private final Map<String, Map<String, String>> forms = new HashMap<>();
    /** role → the first characters of its forms, so that most positions are passed over at once */
    private final Map<String, java.util.Set<Character>> formStarts = new HashMap<>();
    private int maxForm;
    private int maxUnit;
    private int maxMultiplier;
    private int maxQualifier;

    public AmountLexicon(Lexicon lexicon) {
        for (String[] r : lexicon.table("units")) {
            Unit unit = new Unit(r[0], r[1], UnitKind.parse(r[2]));
            units.put(r[0], unit);
            unitsByKind.putIfAbsent(unit.kind(), unit);
            maxUnit = Math.max(maxUnit, r[0].length());
        }
        for (String[] r : lexicon.table("multipliers")) {
            multipliers.put(r[0], new Multiplier(r[0], new BigDecimal(r[1]),
                    r.length > 2 && !r[2].isBlank() ? List.of(r[2].strip().split("\\|")) : List.of()));
            maxMultiplier = Math.max(maxMultiplier, r[0].length());
        }
        for (String[] r : lexicon.table("qualifiers")) {
            Qualifier q = "null".equals(r[1]) ? null : Qualifier.parse(r[1]);
            Map<String, QualifierWord> m = switch (r[2]) {
                case "before" -> before;
                case "inside" -> inside;
                case "after" -> after;
                default -> throw new IllegalArgumentException("qualifiers.tsv: bad position " + r[2]);
            };
            m.put(r[0], new QualifierWord(r[0], q));
            maxQualifier = Math.max(maxQualifier, r[0].length());
        }
        for (String[] r : lexicon.table("numeral-forms")) {
            if (r.length < 2) {
                throw new IllegalArgumentException("numeral-forms.tsv: no role for " + r[0]);
            }
            forms.computeIfAbsent(r[1], k -> new HashMap<>()).put(r[0], r.length > 2 ? r[2] : "-");
            formStarts.computeIfAbsent(r[1], k -> new java.util.HashSet<>()).add(r[0].charAt(0));
            maxForm = Math.max(maxForm, r[0].length());
        }
    }

    /** A form of numeral-forms.tsv found in the text, with its argument column. */
    public record Form(String surface, String argument) {
    }

    /** The longest form of {@code role} starting at {@code at}, or null. */
    public Form formAt(String role, CharSequence t, int at) {
        if (at >= t.length() || !formStarts.getOrDefault(role, java.util.Set.of()).contains(t.charAt(at))) {
            return null;
        }
        Map<String, String> m = forms.getOrDefault(role, Map.of());
        for (int len = Math.min(maxForm, t.length() - at); len > 0; len--) {
            String s = t.subSequence(at, at + len).toString();
            String arg = m.get(s);
            if (arg != null) {
                return new Form(s, arg);
            }
        }
        return null;
    }

    /** The longest form of {@code role} ending exactly at {@code end}, or null. */
    public Form formEndingAt(String role, CharSequence t, int end) {
        Map<String, String> m = forms.getOrDefault(role, Map.of());
        for (int len = Math.min(maxForm, end); len > 0; len--) {
            String s = t.subSequence(end - len, end).toString();
            String arg = m.get(s);
            if (arg != null) {
                return new Form(s, arg);
            }
        }
        return null;
    }

    private static <T> T longestAt(Map<String, T> map, int max, CharSequence t, int at) {
        for (int len = Math.min(max, t.length() - at); len > 0; len--) {
            T v = map.get(t.subSequence(at, at + len).toString());
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The first unit of {@code kind} in units.tsv (‰ for a fraction of a thousand), or null when it has none. */
    public Unit unitOfKind(UnitKind kind) {
        return unitsByKind.get(kind);
    }

    public Unit unitAt(CharSequence t, int at) {
        Unit u = longestAt(units, maxUnit, t, at);
        // a power written flat after a blank (14.12亿m 3) only where no count runs on (宽12m 3条车道 is 12 m, then 3 lanes)
        while (u != null && u.surface().indexOf(' ') >= 0 && at + u.surface().length() < t.length()
                && isCounted(t.charAt(at + u.surface().length()))) {
            u = longestAt(units, u.surface().length() - 1, t, at);
        }
        // a unit in Latin letters is a symbol only where no letter runs on (100 m, not the m of 100 million; t, not tons)
        if (u != null && isLatin(u.surface().charAt(u.surface().length() - 1))) {
            int end = at + u.surface().length();
            if (end < t.length() && isLatin(t.charAt(end))) {
                return null;
            }
        }
        return u;
    }

    private static boolean isCounted(char c) {
        return Character.isDigit(c) || Character.isIdeographic(c) || c == '.';
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    public Multiplier multiplierAt(CharSequence t, int at) {
        Multiplier m = longestAt(multipliers, maxMultiplier, t, at);
        if (m == null || m.fits(t, at + m.surface().length())) {
            return m;
        }
        // 2兆8,813亿元: the unit it must stand before follows the lower group of the same number; a lower group in 亿 makes
        // it a multiplier with no unit too (歲出2兆8,814億，), as no unit of its own (兆瓦) is followed by one
        int p = at + m.surface().length();
        while (p < t.length() && (t.charAt(p) >= '0' && t.charAt(p) <= '9' || t.charAt(p) == ',')) {
            p++;
        }
        Multiplier lower = p > at + m.surface().length() ? longestAt(multipliers, maxMultiplier, t, p) : null;
        return lower != null && lower.onlyBefore().isEmpty() && lower.factor().compareTo(m.factor()) < 0
                && (m.fits(t, p + lower.surface().length()) || lower.factor().compareTo(HUNDRED_MILLION) >= 0) ? m : null;
    }

    public QualifierWord insideQualifierAt(CharSequence t, int at) {
        return longestAt(inside, maxQualifier, t, at);
    }

    public QualifierWord afterQualifierAt(CharSequence t, int at) {
        return longestAt(after, maxQualifier, t, at);
    }

    /** The qualifier word that ends exactly at {@code end}, longest first. */
    public QualifierWord beforeQualifierEndingAt(CharSequence t, int end) {
        for (int len = Math.min(maxQualifier, end); len > 0; len--) {
            QualifierWord q = before.get(t.subSequence(end - len, end).toString());
            if (q != null) {
                return q;
            }
        }
        return null;
    }
}
