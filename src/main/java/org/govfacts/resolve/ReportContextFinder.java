package org.govfacts.resolve;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.govfacts.attribute.ReportRegionFinder;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.AnalyzedText;

/**
 * Finds a report's context once per document: its title, date and own region. A manifest entry
 * wins; a national report (delivered to the 全国人民代表大会, or by the 国务院) speaks for 全国.
 */
public final class ReportContextFinder {
    // 国家统计局甘肃调查总队 is the statistics office's team in one province, which signs that province's bulletin
    // (经)国家统计局审定: the office approved a province's own figures (经初步核算并经国家统计局审定，2005年该省…), which speaks for no country
    private static final Pattern NATIONAL_HEAD = Pattern.compile(
            "全国人民代表大会|全国人大|国务院总理|总理代表国务院|(?<![经据])国家统计局(?!\\p{IsHan}{2,6}?调查(?:总队|队)|(?:统一)?(?:审定|核定|反馈|核算))");
    /** A file name that names the national government or its statistics office (2023_国务院_政府工作报告_解读.txt). */
    private static final Pattern NATIONAL_FILE = Pattern.compile("国务院|全国人大|国家统计局");
    private static final Pattern LOCAL_CONGRESS = Pattern.compile("[省市县区州盟旗]\\s*第[一二三四五六七八九十]+届");
    /** 上海市第十六届人大二次会议, 在XX县第十八届人民代表大会第三次会议上: the place whose congress hears the report. */
    private static final Pattern CONGRESS = Pattern.compile("第[一二三四五六七八九十]+届(?:人大|人民代表大会)");

    /** The words a report names its own place by (region-scopes.tsv, marked self), with their level. */
    private final java.util.Map<String, RegionResolver.Level> selfWords = new java.util.LinkedHashMap<>();
    private final ReportRegionFinder regions;
    private final ReportDateFinder dates;
    private final Places places;
    private final Manifest manifest;
    /** report-national-offices.txt: the central government's offices, whose releases are the country's. */
    private final java.util.List<String> nationalOffices;

    public ReportContextFinder(Lexicon lexicon, Places places, Manifest manifest) {
        this.regions = new ReportRegionFinder(lexicon);
        this.dates = new ReportDateFinder(lexicon);
        this.nationalOffices = lexicon.words("report-national-offices");
        this.places = places;
        this.manifest = manifest == null ? Manifest.EMPTY : manifest;
        for (String[] row : lexicon.table("region-scopes")) {
            if (row.length >= 3 && row[2].strip().equals("self")) {
                selfWords.put(row[0].strip(), RegionResolver.Level.valueOf(row[1].strip().toUpperCase(java.util.Locale.ROOT)));
            }
        }
    }

    public ReportContext find(AnalyzedText text, Path path) {
        ReportRegionFinder.Result r = regions.find(text, path);
        String t = text.text();
        ReportDate date = dates.find(t, r.title(), path);
        String region = r.region();
        String regionSource = r.source();
        if (region == null && nationalOffices.stream().anyMatch(t::contains)) {
            // 记者从国家邮政局获悉: a text whose title, file name and body name no place but a central office is a national release
            region = Places.COUNTRY;
            regionSource = "body";
        }
        String head = t.substring(0, Math.min(t.length(), 400));
        String fileName = path == null || path.getFileName() == null ? "" : path.getFileName().toString();
        if ((NATIONAL_HEAD.matcher(head).find() && !LOCAL_CONGRESS.matcher(head).find() && !speaksAsTitlePlace(r, t))
                || (r.title() != null && r.title().contains("国务院"))
                || (region == null && NATIONAL_FILE.matcher(fileName).find())) {
            region = Places.COUNTRY;
            regionSource = "dateline";
        }
        if (region == null) {
            // No title, file name or dateline named the place: the local congress the report goes to does
            // (a news write-up: 上海市第十六届人大二次会议…开幕。上海市市长…作《政府工作报告》).
            java.util.regex.Matcher c = CONGRESS.matcher(head);
            if (c.find() && !NATIONAL_HEAD.matcher(head.substring(Math.max(0, c.start() - 2), c.end())).find()) {
                for (Places.Mention m : places.in(head.substring(0, c.start()))) {
                    if (head.substring(m.end(), c.start()).isBlank()) {
                        region = m.place();
                        regionSource = "dateline";
                    }
                }
            }
        }
        RegionResolver.Level self = null;
        if (region == null) {
            self = selfLevel(t);
            region = byOwnScope(self, t);
            regionSource = region == null ? null : "body";
        }
        Manifest.Entry e = manifest.lookup(path);
        if (e != null) {
            if (e.date() != null) {
                date = e.date();
            }
            if (e.region() != null) {
                region = places.official(e.region());
                regionSource = "manifest";
            }
        }
        String official = region == null ? null : places.official(region);
        // below the country: a named place other than 全国, or, unnamed, a report whose self words are a lower level's
        boolean local = official != null ? !official.equals(Places.COUNTRY) : self != null && self != RegionResolver.Level.COUNTRY;
        return new ReportContext(r.title(), date, official, official == null ? null : regionSource, local);
    }

    /**
     * A story on a national congress or release about one place (政府工作报告里的辽宁“亮点”, whose body says 全省): its
     * title names the place, and its body names that place or itself at that place's level at least as often as it
     * says 全国 of itself.
     */
    private boolean speaksAsTitlePlace(ReportRegionFinder.Result r, String t) {
        if (r.region() == null || !"title".equals(r.source())) {
            return false;
        }
        String place = places.official(r.region());
        if (place == null || place.equals(Places.COUNTRY)) {
            return false;
        }
        java.util.Map<RegionResolver.Level, Integer> uses = selfWordUses(t);
        int own = 0;
        for (var u : uses.entrySet()) {
            if (u.getKey() != RegionResolver.Level.COUNTRY && ofLevel(place, u.getKey())) {
                own += u.getValue();
            }
        }
        // 今年一季度吉林省GDP增幅8.2%…国家统计局4月18日发布…以来，各省份陆续发布本地数据。2023年一季度，吉林省实现…: a story
        // of one place's own release names that place, not only its self words
        for (Places.Mention m : places.in(t)) {
            if (m.place().equals(place) && !RegionResolver.isBenchmark(t, m.start(), m.end() - m.start())) {
                own++;
            }
        }
        return own > 0 && own >= uses.getOrDefault(RegionResolver.Level.COUNTRY, 0);
    }

    /**
     * The place of a report that names none in its title, file name or dateline, by the words it names
     * itself with (region-scopes.tsv, marked self), benchmarks (高于全国平均) left out: one that speaks only
     * of 我国/全国 is national; one whose self words are mostly of one level (全省 five times, 全市 once in
     * 高于全省和全市…) is of the one place of that level it names (2001-2007年浙江省生产总值 in a bulletin that
     * says 全省; 城中区完成地区生产总值 in one that says 全区). Two places of that level, or none: no region.
     */
    private String byOwnScope(RegionResolver.Level top, String t) {
        if (top == null || top == RegionResolver.Level.COUNTRY) {
            return top == null ? null : Places.COUNTRY;
        }
        java.util.Set<String> named = new java.util.TreeSet<>();
        // 缙云全县: a county's short name right before the report's own self word of that level names the county
        java.util.List<String> ownWords = selfWords.entrySet().stream().filter(w -> w.getValue() == top).map(java.util.Map.Entry::getKey).toList();
        for (Places.Mention m : places.in(t, ownWords)) {
            if (ReportRegionFinder.namesItsUnits(t, m.end())) {
                continue; // 列汕尾各县(市区)第一: the group the report's own place ranks in, not that place
            }
            if (ofLevel(m.place(), top) || top == RegionResolver.Level.OWN && prefectureCalledDistrict(t, m)) {
                named.add(m.place());
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /**
     * The level a report speaks of itself at by its self words, benchmarks left out: the country when it
     * uses only 我国/全国; else the level of most of them (twice at least, more than all others); null otherwise.
     */
    private RegionResolver.Level selfLevel(String t) {
        java.util.Map<RegionResolver.Level, Integer> uses = selfWordUses(t);
        int total = uses.values().stream().mapToInt(Integer::intValue).sum();
        // 国内生产总值 as a subject speaks of the country in a report that names no place below it (a news page of
        // the national targets), and counts as one use against a province's 全省 in a 1990s bulletin
        String gdp = "国内" + RegionResolver.GDP_TAIL;
        for (int at = t.indexOf(gdp); at >= 0; at = t.indexOf(gdp, at + gdp.length())) {
            if (!countrySelfWordEndsAt(t, at) && !RegionResolver.isBenchmark(t, at, gdp.length())) {
                uses.merge(RegionResolver.Level.COUNTRY, 1, Integer::sum);
                total++;
            }
        }
        RegionResolver.Level top = null;
        for (var u : uses.entrySet()) {
            if (top == null || u.getValue() > uses.get(top)) {
                top = u.getKey();
            }
        }
        if (top == null) {
            return null;
        }
        int n = uses.get(top);
        if (top == RegionResolver.Level.COUNTRY) {
            return n == total ? top : null;
        }
        // one self word in all (a short write-up that says 全省 once) is enough where it is the only one
        return n < 2 && total > 1 || total - n >= n ? null : top;
    }

    /** How often the text names itself by the self words of each level, benchmarks (高于全国平均) left out. */
    private java.util.Map<RegionResolver.Level, Integer> selfWordUses(String t) {
        java.util.Map<RegionResolver.Level, Integer> uses = new java.util.EnumMap<>(RegionResolver.Level.class);
        for (var w : selfWords.entrySet()) {
            String word = w.getKey();
            for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + word.length())) {
                if (!RegionResolver.isBenchmark(t, at, word.length())) {
                    uses.merge(w.getValue(), 1, Integer::sum);
                }
            }
        }
        return uses;
    }

    /** Whether a self word of the country (我国, 全国) ends at {@code at}: it was counted already. */
    private boolean countrySelfWordEndsAt(String t, int at) {
        for (var w : selfWords.entrySet()) {
            if (w.getValue() == RegionResolver.Level.COUNTRY && t.startsWith(w.getKey(), at - w.getKey().length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 畢節地區…全区: a prefecture named as a 地区 (what many were before they became cities) calls itself 全区, as a
     * district does; its place is the city it became (毕节市).
     */
    private boolean prefectureCalledDistrict(String t, Places.Mention m) {
        return places.level(m.place()) == RegionResolver.Level.PREFECTURE
                && (t.startsWith("地区", m.end()) || t.substring(m.start(), m.end()).endsWith("地区"));
    }

    /** Whether a place is of the kind a self word names: 全市 a prefecture or any city, 全区 a district or an autonomous region. */
    private boolean ofLevel(String place, RegionResolver.Level level) {
        return switch (level) {
            case PROVINCE -> places.level(place) == RegionResolver.Level.PROVINCE && !places.isMunicipality(place);
            case PREFECTURE -> places.level(place) == RegionResolver.Level.PREFECTURE || place.endsWith("市");
            case COUNTY -> places.level(place) == RegionResolver.Level.COUNTY && (place.endsWith("县") || place.endsWith("旗"));
            case OWN -> place.endsWith("区");
            default -> false;
        };
    }
}
