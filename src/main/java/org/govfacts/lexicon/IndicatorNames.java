package org.govfacts.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What indicators mean: {@code dictionaries/indicator-synonyms.tsv}, the one list of indicator names
 * (地区生产总值 = 国内生产总值 = GDP …) and of spellings of word parts (规模以上 = 规上). Search widens
 * queries with it, check folds spellings with it and panel matches facts to indicators with it.
 */
public final class IndicatorNames {
    /** A name, and the fact types it names the indicator in (empty: any type). */
    public record Name(String text, Set<String> types) {
        public boolean appliesTo(String typeId) {
            return types.isEmpty() || types.contains(typeId);
        }
    }

    /**
     * One line of the list: an indicator (or, with {@code spelling}, a word part) and its names, the
     * canonical one first. (Which way is better is not here but in {@link Lexicon#lowerIsBetter()}.)
     */
    public record Indicator(String canonical, List<Name> names, boolean spelling) {
        /** The names that hold in every context (no type restriction), canonical first. */
        public List<String> plainNames() {
            return names.stream().filter(n -> n.types().isEmpty()).map(Name::text).toList();
        }
    }

    private final List<Indicator> indicators;
    private final List<Indicator> spellings;
    /** Each spelling's other forms, longest first, mapped to the first form of its line. */
    private final Map<String, String> spellingFolds;

    private IndicatorNames(List<Indicator> indicators, List<Indicator> spellings) {
        this.indicators = List.copyOf(indicators);
        this.spellings = List.copyOf(spellings);
        List<Map.Entry<String, String>> folds = new ArrayList<>();
        for (Indicator s : spellings) {
            for (Name n : s.names()) {
                if (!n.text().equals(s.canonical())) {
                    folds.add(Map.entry(n.text(), s.canonical()));
                }
            }
        }
        folds.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        Map<String, String> m = new LinkedHashMap<>();
        folds.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
        this.spellingFolds = java.util.Collections.unmodifiableMap(m);
    }

    static IndicatorNames from(Lexicon lexicon) {
        return of(lexicon.table("indicator-synonyms"));
    }

    /** The list from rows as the file holds them (names, then key=value options). */
    public static IndicatorNames of(List<String[]> rows) {
        List<Indicator> indicators = new ArrayList<>();
        List<Indicator> spellings = new ArrayList<>();
        for (String[] row : rows) {
            List<Name> names = new ArrayList<>();
            boolean spelling = false;
            for (String cell : row) {
                if (cell.isBlank()) {
                    continue;
                }
                int eq = cell.indexOf('=');
                if (eq > 0 && cell.substring(0, eq).chars().allMatch(c -> c < 128)) {
                    String key = cell.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                    String value = cell.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
                    switch (key) {
                        case "kind" -> spelling = value.equals("spelling");
                        case "better" -> throw new IllegalArgumentException("indicator-synonyms: '" + cell
                                + "': which way is better is now listed in lower-is-better.txt, the one list check and panel read");
                        default -> throw new IllegalArgumentException("indicator-synonyms: unknown option '" + cell + "'");
                    }
                    continue;
                }
                names.add(name(cell.strip()));
            }
            if (names.isEmpty()) {
                continue;
            }
            Indicator ind = new Indicator(names.get(0).text(), List.copyOf(names), spelling);
            (spelling ? spellings : indicators).add(ind);
        }
        return new IndicatorNames(indicators, spellings);
    }

    private static Name name(String cell) {
        int at = cell.lastIndexOf('@');
        if (at <= 0) {
            return new Name(cell, Set.of());
        }
        Set<String> types = new java.util.TreeSet<>();
        for (String t : cell.substring(at + 1).split(",")) {
            if (!t.isBlank()) {
                types.add(t.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new Name(cell.substring(0, at).strip(), Set.copyOf(types));
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<Indicator> spellings() {
        return spellings;
    }

    /** Each other spelling mapped to the first of its line (规上 → 规模以上), longest first. */
    public Map<String, String> spellingFolds() {
        return spellingFolds;
    }

    /** {@code text} with every spelling written in the first form of its line, longest spellings first. */
    public String foldSpellings(String text) {
        return foldSpellings(text, spellingFolds);
    }

    /**
     * {@code text} with each key of {@code folds} (in the map's order, longest first) written as its value; not a key that
     * stands inside its own value (三产 inside 第三产业 stays as it is). The one folding of spellings: check, panel and
     * search all read it.
     */
    public static String foldSpellings(String text, Map<String, String> folds) {
        if (text == null || folds.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        outer:
        while (i < text.length()) {
            for (var e : folds.entrySet()) {
                if (text.startsWith(e.getKey(), i) && !insideItsForm(text, i, e.getKey(), e.getValue())) {
                    out.append(e.getValue());
                    i += e.getKey().length();
                    continue outer;
                }
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }

    /** Whether the spelling at {@code at} is part of {@code form} written out there (规上 never is; 三产 in 第三产业 is). */
    private static boolean insideItsForm(String text, int at, String spelling, String form) {
        for (int from = Math.max(0, at - form.length() + spelling.length()); from <= at; from++) {
            if (text.startsWith(form, from) && from + form.length() >= at + spelling.length()) {
                return true;
            }
        }
        return false;
    }

    /** The indicator one of whose names is {@code name} (spellings folded), if any. */
    public Optional<Indicator> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = foldSpellings(name.strip());
        for (Indicator ind : indicators) {
            for (Name x : ind.names()) {
                if (foldSpellings(x.text()).equalsIgnoreCase(n)) {
                    return Optional.of(ind);
                }
            }
        }
        return Optional.empty();
    }
}
