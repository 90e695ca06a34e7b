package org.govfacts.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.lexicon.Lexicon;

/**
 * Place names for region resolution: official names with their level and parents, and their
 * mentions in text (longest name first). Backed by the word lists of {@code dictionaries/}.
 */
public final class Places {
    public static final String COUNTRY = "全国";
    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");

    /** A place named in a text: {@code place} is its official name. */
    public record Mention(int start, int end, String place) {
    }

    private final Map<String, String> official = new HashMap<>(); // name or alias → official name
    private final List<String> namesLongestFirst;

    private Places(Map<String, String> official) {
        this.official.putAll(official);
        List<String> names = new ArrayList<>(official.keySet());
        names.sort((a, b) -> b.length() - a.length());
        this.namesLongestFirst = names;
    }

    /** No place names at all: every name is its own official name. */
    public static final Places EMPTY = new Places(Map.of());

    public static Places of(Lexicon lexicon) {
        Map<String, String> names = new HashMap<>();
        for (String full : lexicon.words("regions")) {
            names.put(full, full);
            String shortName = org.govfacts.attribute.ReportRegionFinder.shortName(full);
            if (shortName.length() >= 2) {
                names.putIfAbsent(shortName, full);
            }
        }
        return new Places(names);
    }

    public String official(String name) {
        if (name == null) {
            return null;
        }
        if (name.equals(COUNTRY) || name.equals("中国") || name.equals("国务院")) {
            return COUNTRY;
        }
        return official.getOrDefault(name, name);
    }

    public RegionResolver.Level level(String place) {
        if (place == null) {
            return null;
        }
        if (MUNICIPALITIES.contains(place) || place.endsWith("省") || place.endsWith("自治区") || place.endsWith("特别行政区")) {
            return RegionResolver.Level.PROVINCE;
        }
        if (place.endsWith("县") || place.endsWith("旗") || place.endsWith("区")) {
            return RegionResolver.Level.COUNTY;
        }
        return RegionResolver.Level.PREFECTURE;
    }

    public boolean isMunicipality(String place) {
        return MUNICIPALITIES.contains(place);
    }

    public String province(String place) {
        return null;
    }

    public String parent(String place) {
        return null;
    }

    /** The places that hold {@code place}, nearest first, ending with 全国 (漯河市 → 河南省, 全国); empty for 全国. */
    public List<String> holders(String place) {
        List<String> out = new ArrayList<>();
        if (place == null || place.equals(COUNTRY)) {
            return out;
        }
        for (String p = parent(place); p != null && !out.contains(p); p = parent(p)) {
            out.add(p);
        }
        out.add(COUNTRY);
        return out;
    }

    /** The last place named in {@code s}, null when none. */
    public Mention lastIn(String s) {
        Mention best = null;
        for (String n : namesLongestFirst) {
            int at = s.lastIndexOf(n);
            if (at >= 0 && (best == null || at > best.start())) {
                best = new Mention(at, at + n.length(), official.get(n));
            }
        }
        return best;
    }
}
