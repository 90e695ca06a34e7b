package org.govfacts.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * China's administrative divisions (province → prefecture → county, GB/T 2260 codes) from
 * {@code dictionaries/admin-divisions.tsv}: places by full name or short alias (河南省, 河南), the
 * chain of places above one, and the place names in a text. Immutable once built.
 *
 * <p>An alias may name several places (朝阳: 朝阳市 in Liaoning, 朝阳区 in Beijing, 朝阳县 …) and a
 * short alias may also be an everyday word (朝阳产业); look-ups return every place, provinces first,
 * and each match in a text says whether it is a full official name, so callers decide.
 */
public final class Gazetteer {
    public enum Level {
        PROVINCE, PREFECTURE, COUNTY;

        static Level parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** One division: its code, full official name, level, the code of the division above (null for a province). */
    public record Place(String code, String name, Level level, String parentCode, List<String> aliases) {
    }

    /**
     * A place name found in a text at {@code [start, end)}, with every place it may name.
     *
     * @param fullName true when the text gives a full official name (漯河市), false for a short alias (漯河)
     */
    public record Match(int start, int end, String surface, boolean fullName, List<Place> places) {
    }

    private static final Comparator<Place> ORDER = Comparator.comparing(Place::level).thenComparing(Place::code);

    private final Map<String, Place> byCode;
    private final Map<String, List<Place>> byFullName;
    private final Map<String, List<Place>> byAlias;
    private final Node root = new Node();

    /** Trie node of the names and aliases, for the longest match at each position of a text. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        String surface;
    }

    private Gazetteer(Map<String, Place> byCode, Map<String, List<Place>> byFullName, Map<String, List<Place>> byAlias) {
        this.byCode = byCode;
        this.byFullName = byFullName;
        this.byAlias = byAlias;
        for (String s : byFullName.keySet()) {
            add(s);
        }
        for (String s : byAlias.keySet()) {
            add(s);
        }
    }

    private void add(String surface) {
        Node n = root;
        for (int i = 0; i < surface.length(); i++) {
            n = n.next.computeIfAbsent(surface.charAt(i), c -> new Node());
        }
        n.surface = surface;
    }

    /**
     * The gazetteer of the lexicon's {@code admin-divisions.tsv} (generated from the code list) and
     * {@code admin-divisions-added.tsv} (units outside it that report on their own, kept by hand).
     */
    public static Gazetteer from(Lexicon lexicon) {
        List<String[]> rows = new ArrayList<>(lexicon.table("admin-divisions"));
        rows.addAll(lexicon.table("admin-divisions-added"));
        return of(withAliases(rows, lexicon.table("place-aliases")));
    }

    /**
     * The rows with the words of {@code place-aliases.tsv} (alias, full name: 全疆 新疆维吾尔自治区) added to
     * the aliases of the place they name; an alias of a name no row has is refused with its line.
     */
    static List<String[]> withAliases(List<String[]> rows, List<String[]> aliases) {
        Map<String, List<String>> added = new HashMap<>();
        for (String[] a : aliases) {
            if (a.length < 2 || a[0].isEmpty() || a[1].isEmpty()) {
                throw new IllegalArgumentException("place-aliases.tsv: want alias<TAB>full name, got " + String.join("\t", a));
            }
            added.computeIfAbsent(a[1], k -> new ArrayList<>()).add(a[0]);
        }
        List<String[]> out = new ArrayList<>();
        for (String[] r : rows) {
            List<String> more = r.length > 1 ? added.remove(r[1]) : null;
            if (more == null) {
                out.add(r);
                continue;
            }
            String[] withMore = java.util.Arrays.copyOf(r, Math.max(r.length, 5));
            String own = withMore[4] == null ? "" : withMore[4];
            withMore[4] = own.isEmpty() ? String.join(",", more) : own + "," + String.join(",", more);
            for (int i = 0; i < withMore.length; i++) {
                withMore[i] = withMore[i] == null ? "" : withMore[i];
            }
            out.add(withMore);
        }
        if (!added.isEmpty()) {
            throw new IllegalArgumentException("place-aliases.tsv: no division named " + added.keySet());
        }
        return out;
    }

    /**
     * Builds the gazetteer from rows {@code code, name, level, parent code, aliases}; a row with a
     * bad level, a repeated code or a parent that is not in the table is refused with its code.
     */
    public static Gazetteer of(List<String[]> rows) {
        Map<String, Place> byCode = new LinkedHashMap<>();
        for (String[] r : rows) {
            if (r.length < 3) {
                throw new IllegalArgumentException("admin-divisions.tsv: too few columns in row " + String.join("\t", r));
            }
            Level level;
            try {
                level = Level.parse(r[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("admin-divisions.tsv: bad level '" + r[2] + "' for " + r[0]);
            }
            String parent = r.length > 3 && !r[3].isEmpty() ? r[3] : null;
            List<String> aliases = new ArrayList<>();
            if (r.length > 4 && !r[4].isEmpty()) {
                for (String a : r[4].split(",")) {
                    if (a.strip().length() > 1) {
                        aliases.add(a.strip());
                    }
                }
            }
            Place p = new Place(r[0], r[1], level, parent, List.copyOf(aliases));
            if (byCode.put(p.code(), p) != null) {
                throw new IllegalArgumentException("admin-divisions.tsv: code " + p.code() + " appears twice");
            }
        }
        Map<String, List<Place>> byFullName = new HashMap<>();
        Map<String, List<Place>> byAlias = new HashMap<>();
        for (Place p : byCode.values()) {
            if (p.parentCode() != null && !byCode.containsKey(p.parentCode())) {
                throw new IllegalArgumentException("admin-divisions.tsv: parent " + p.parentCode() + " of " + p.code() + " is not in the table");
            }
            if (p.parentCode() == null && p.level() != Level.PROVINCE) {
                throw new IllegalArgumentException("admin-divisions.tsv: " + p.code() + " has no parent");
            }
            byFullName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
            for (String a : p.aliases()) {
                byAlias.computeIfAbsent(a, k -> new ArrayList<>()).add(p);
            }
        }
        return new Gazetteer(Map.copyOf(byCode), frozen(byFullName), frozen(byAlias));
    }

    private static Map<String, List<Place>> frozen(Map<String, List<Place>> m) {
        Map<String, List<Place>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().sorted(ORDER).toList()));
        return Map.copyOf(out);
    }

    public int size() {
        return byCode.size();
    }

    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every place of one level, in code order. */
    public List<Place> places(Level level) {
        return byCode.values().stream().filter(p -> p.level() == level).sorted(ORDER).toList();
    }

    /**
     * The places a name stands for: those whose full official name it is and, when none, those
     * whose alias it is (漯河 → 漯河市); provinces first, then prefectures, then counties.
     */
    public List<Place> lookup(String name) {
        List<Place> full = byFullName.get(name);
        if (full != null) {
            return full;
        }
        return byAlias.getOrDefault(name, List.of());
    }

    public Optional<Place> parent(Place place) {
        return place.parentCode() == null ? Optional.empty() : byCode(place.parentCode());
    }

    /** The places directly below {@code place}, in code order (山西省 → 太原市 … 吕梁市). */
    public List<Place> children(Place place) {
        return byCode.values().stream().filter(p -> place.code().equals(p.parentCode())).sorted(ORDER).toList();
    }

    /** The place and every place above it: 扶沟县 → 周口市 → 河南省. */
    public List<Place> chain(Place place) {
        List<Place> out = new ArrayList<>();
        for (Place p = place; p != null; p = parent(p).orElse(null)) {
            out.add(p);
        }
        return List.copyOf(out);
    }

    /** The province a place lies in (a province is its own). */
    public Place province(Place place) {
        List<Place> c = chain(place);
        return c.get(c.size() - 1);
    }

    /**
     * The place names in a text, left to right, each the longest name or alias starting where it
     * stands (河南省漯河市 → 河南省, 漯河市); matches do not overlap.
     */
    public List<Match> find(CharSequence text) {
        List<Match> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            Node node = root;
            String longest = null;
            for (int j = i; j < n; j++) {
                node = node.next.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.surface != null) {
                    longest = node.surface;
                }
            }
            if (longest == null) {
                i++;
                continue;
            }
            boolean full = byFullName.containsKey(longest);
            out.add(new Match(i, i + longest.length(), longest, full, lookup(longest)));
            i += longest.length();
        }
        return List.copyOf(out);
    }
}
