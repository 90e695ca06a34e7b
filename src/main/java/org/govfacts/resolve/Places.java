package org.govfacts.resolve;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.lexicon.Gazetteer;
import org.govfacts.lexicon.Lexicon;

/**
 * Place names for region resolution, over the administrative-divisions gazetteer: the official
 * name a report's words stand for (河南 → 河南省), a place's level and the places above it, and the
 * places named in a sentence. A short alias in running text is taken only for a province or a
 * prefecture (郑州, 广西): county aliases are too often ordinary words (朝阳产业).
 */
public final class Places {
    public static final String COUNTRY = "全国";
    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");

    /** A place named in a text: {@code place} is its official name. */
    public record Mention(int start, int end, String place) {
    }

    /** No place names at all: every name is its own official name. */
    public static final Places EMPTY = new Places(Gazetteer.of(List.of()));

    private final Gazetteer gazetteer;

    private Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static Places of(Lexicon lexicon) {
        return new Places(lexicon.gazetteer());
    }

    private Gazetteer.Place place(String name) {
        if (name == null) {
            return null;
        }
        List<Gazetteer.Place> found = gazetteer.lookup(name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The official name of a place as a report writes it (河南 → 河南省, 中国 → 全国); unknown names as given. */
    public String official(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        if (n.equals(COUNTRY) || n.equals("中国") || n.equals("国务院") || n.equals("我国")) {
            return COUNTRY;
        }
        Gazetteer.Place p = place(n);
        return p == null ? n : p.name();
    }

    public RegionResolver.Level level(String name) {
        if (name == null) {
            return null;
        }
        if (name.equals(COUNTRY)) {
            return RegionResolver.Level.COUNTRY;
        }
        Gazetteer.Place p = place(name);
        if (p == null) {
            return name.endsWith("省") || name.endsWith("自治区") ? RegionResolver.Level.PROVINCE
                    : name.endsWith("县") || name.endsWith("旗") || name.endsWith("区") ? RegionResolver.Level.COUNTY
                    : RegionResolver.Level.PREFECTURE;
        }
        return switch (p.level()) {
            case PROVINCE -> RegionResolver.Level.PROVINCE;
            case PREFECTURE -> RegionResolver.Level.PREFECTURE;
            case COUNTY -> RegionResolver.Level.COUNTY;
        };
    }

    /** 北京市, 天津市, 上海市, 重庆市: provinces whose reports say 全市. */
    public boolean isMunicipality(String name) {
        return MUNICIPALITIES.contains(name);
    }

    /** The province holding a place (a province is its own); null when unknown. */
    public String province(String name) {
        Gazetteer.Place p = place(name);
        return p == null ? null : gazetteer.province(p).name();
    }

    /** The place directly above; null for a province or an unknown name. */
    public String parent(String name) {
        Gazetteer.Place p = place(name);
        return p == null ? null : gazetteer.parent(p).map(Gazetteer.Place::name).orElse(null);
    }

    /** The official names of the places directly below {@code name} (山西省 → 太原市 … 吕梁市); empty when unknown. */
    public List<String> children(String name) {
        Gazetteer.Place p = place(name);
        return p == null ? List.of() : gazetteer.children(p).stream().map(Gazetteer.Place::name).toList();
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

    /**
     * The places named in {@code s} as {@link #in} finds them, and also counties named by a short alias where one of
     * {@code followers} comes right after it (缙云全县: the alias is then the place's own name, not a word of the same form).
     */
    public List<Mention> in(String s, java.util.Collection<String> followers) {
        List<Mention> out = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(s)) {
            Gazetteer.Place p = m.places().get(0);
            if (m.fullName() || p.level() != Gazetteer.Level.COUNTY || followers.stream().anyMatch(f -> s.startsWith(f, m.end()))) {
                out.add(new Mention(m.start(), m.end(), p.name()));
            }
        }
        return out;
    }

    /** The places named in {@code s}, left to right: full names, and aliases of provinces and prefectures. */
    public List<Mention> in(String s) {
        return in(s, List.of());
    }
}
