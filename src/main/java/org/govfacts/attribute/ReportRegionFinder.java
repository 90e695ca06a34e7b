package org.govfacts.attribute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.ScriptFolding;
import org.govfacts.text.AnalyzedText;

/**
 * Finds a report's title and its own region, the place its 我市/全市 (or 我省/全省) stands for:
 * a region named in the title, else in the file name, else the place whose own words the body writes (本港, 本澳:
 * report-own-places.tsv), else the region the body names most often
 * at the level the body speaks of (cities when it says 全市 or a word of a level below, 全县 or 行署;
 * provinces when it says 全省: report-self-words.tsv).
 */
public final class ReportRegionFinder {
    /** {@code source}: where the region was read (title, file_name, body), null with no region. */
    public record Result(String title, String region, String source) {
    }

    private record Region(String full, String shortName, boolean province) {
    }

    private final List<Region> regions = new ArrayList<>();
    private final org.govfacts.lexicon.Gazetteer gazetteer;
    /** report-issuer-lines.txt: a heading line that names the issuing or delivering government. */
    private final List<java.util.regex.Pattern> issuerLines = new ArrayList<>();
    /** report-self-words.tsv: the words a report uses of itself (全省, 全市, 全县, 行署), by level. */
    private final Map<String, List<String>> selfWords = new LinkedHashMap<>();
    /** report-own-places.tsv: words only a text of one place uses (本港, 本澳, 主计总处), with that place. */
    private final List<String[]> ownPlaceWords = new ArrayList<>();

    public ReportRegionFinder(Lexicon lexicon) {
        this.gazetteer = lexicon.gazetteer();
        for (String p : lexicon.words("report-issuer-lines")) {
            issuerLines.add(java.util.regex.Pattern.compile(p));
        }
        for (String[] row : lexicon.table("report-self-words")) {
            if (row.length >= 2) {
                selfWords.computeIfAbsent(row[1].strip(), k -> new ArrayList<>()).add(row[0].strip());
            }
        }
        for (String[] row : lexicon.table("report-own-places")) {
            if (row.length >= 2) {
                ownPlaceWords.add(new String[] {row[0].strip(), row[1].strip()});
            }
        }
        for (String full : lexicon.words("regions")) {
            regions.add(new Region(full, shortName(full), isProvinceLevel(full)));
        }
        // longer names first so that 吉林省 is tried before 吉林市's short form
        regions.sort((a, b) -> b.full().length() - a.full().length());
    }

    static boolean isProvinceLevel(String full) {
        return full.endsWith("省") || full.endsWith("自治区") || full.endsWith("特别行政区")
                || full.equals("北京市") || full.equals("天津市") || full.equals("上海市") || full.equals("重庆市");
    }

    public static String shortName(String full) {
        for (String suffix : List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")) {
            if (full.endsWith(suffix) && full.length() - suffix.length() >= 2) {
                return full.substring(0, full.length() - suffix.length());
            }
        }
        return full;
    }

    public Result find(AnalyzedText text, Path path) {
        String t = text.text();
        String title = title(t);
        // 新华社北京3月5日电 in a title: the place a story was filed from, not the place it is about
        if (title != null && named(title) != null && !org.govfacts.text.NewsDateline.in(title)) {
            return new Result(title, comparedInTitle(title, t), "title");
        }
        String headline = headline(t);
        if (headline != null && !headline.equals(title) && named(headline) != null && !org.govfacts.text.NewsDateline.in(headline)) {
            // 1-8月石家庄340个重点项目完成投资703.2亿, then 我市通报市重点项目完成情况: a news headline names the place
            // the line of the report's own kind (情况, 报告) leaves as 我市
            return new Result(title, comparedInTitle(headline, t), "title"); // the title stays the line of the report's kind
        }
        // 2025_臺灣省_經濟統計.txt: a file name is read in simplified script, as the text is
        String fileName = path == null || path.getFileName() == null ? null : ScriptFolding.fold(path.getFileName().toString());
        if (fileName != null && named(fileName) != null) {
            return new Result(title, named(fileName), "file_name");
        }
        String heading = namedInHeadingLines(t);
        if (heading != null) {
            return new Result(title, heading, "title");
        }
        String delivering = deliveringGovernment(t);
        if (delivering != null) {
            return new Result(title, delivering, "body");
        }
        String own = ownPlace(t);
        if (own != null) {
            return new Result(title, own, "body");
        }
        String region = mostMentioned(t);
        if (region == null) {
            region = cityOfItsDistricts(t);
        }
        if (region == null) {
            region = soleCity(t);
        }
        if (region == null) {
            region = municipality(t);
        }
        region = ownCountyOf(region, t);
        return new Result(title, region, region == null ? null : "body");
    }

    /**
     * A government's full official name in one of the short lines that head a text (a page's breadcrumb,
     * then 内蒙古自治区人民政府关于下达2020年 / 自治区国民经济和社会发展计划的通知; the delivery line of a work report,
     * 在浦东新区第七届人民代表大会…; report-issuer-lines.txt): the issuer of a document whose title line names no place. Only a full name (内蒙古自治区, 南宁市) counts, and only before the first
     * line of body text.
     */
    private String namedInHeadingLines(String t) {
        int lines = 0;
        for (String line : t.split("\n", 20)) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (++lines > 8 || s.length() > 60 || s.endsWith("。")) {
                return null;
            }
            boolean issuer = false;
            String named = null; // a place the gazetteer of today's divisions does not know (海门市, now a district)
            for (java.util.regex.Pattern p : issuerLines) {
                java.util.regex.Matcher m = p.matcher(s);
                if (m.find()) {
                    issuer = true;
                    if (named == null && m.groupCount() >= 1 && m.group(1) != null) {
                        named = m.group(1);
                    }
                }
            }
            if (issuer) {
                String best = mostSpecificFullName(s);
                if (best != null || named != null) {
                    return best != null ? best : named;
                }
            }
        }
        return null;
    }

    /** A report's name, then a space and the body on the same line. */
    private static final java.util.regex.Pattern GLUED_TITLE = java.util.regex.Pattern.compile(
            "(\\S{6,58}(?:公报|报告|公報|報告))[ \u3000]+\\S");

    /**
     * The text's first line when it is short enough to head it (6 to 60 characters, no closing 。) and no page's
     * breadcrumb (首页 > 新闻 > 河北要闻, which names the site's place, not the story's); null otherwise.
     */
    static String headline(String t) {
        for (String line : t.split("\n", 40)) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean heads = s.length() >= 6 && s.length() <= 60 && !s.endsWith("。")
                    && !s.contains(">") && !s.contains("＞") && !s.contains("首页") && !s.contains("位置");
            return heads ? s : null;
        }
        return null;
    }

    /** The first line that looks like a title: a report's name, or the first substantial line. */
    static String title(String t) {
        String firstSubstantial = null;
        boolean firstSeen = false;
        int lines = 0;
        for (String line : t.split("\n", 40)) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (++lines > 30) {
                break;
            }
            if (s.length() >= 6 && s.length() <= 60 && !s.endsWith("。") && (s.contains("报告") || s.contains("综述")
                    || s.contains("总结") || s.contains("情况") || s.contains("工作"))) {
                return s;
            }
            // the first substantial line is a title only if it is short; a long one is body text, unless
            // a page flattened the title into it (2020年六盘水市六枝特区国民经济和社会发展统计公报 2020年是…)
            if (!firstSeen && s.length() >= 6) {
                firstSeen = true;
                java.util.regex.Matcher glued = GLUED_TITLE.matcher(s);
                firstSubstantial = s.length() <= 60 ? s : glued.lookingAt() ? glued.group(1) : null;
            }
        }
        return firstSubstantial;
    }

    /**
     * The region a title or file name names: the most specific full official name in it (湖州市南浔区
     * → 南浔区, 玉环市), else a province or city of the word list, in full or short.
     */
    private String named(String s) {
        String full = mostSpecificFullName(s);
        return full != null ? full : listed(s);
    }

    /** 现在，我代表常熟市人民政府，向大会报告工作: the government whose report it is, in a work report's opening words. */
    private static final java.util.regex.Pattern DELIVERING = java.util.regex.Pattern.compile(
            "我(?:代表|受)(\\p{IsHan}{2,14}?)人民政府");

    /**
     * The government a report is delivered for, named in full in the first lines of its body (我代表常熟市人民政府); null
     * where none is named so (我代表市人民政府) or the name is not a full name of the gazetteer.
     */
    private String deliveringGovernment(String t) {
        java.util.regex.Matcher m = DELIVERING.matcher(t.substring(0, Math.min(t.length(), 800)));
        return m.find() ? mostSpecificFullName(m.group(1)) : null;
    }

    /** The most specific full official name in {@code s} (湖州市南浔区 → 南浔区), or null. */
    private String mostSpecificFullName(String s) {
        org.govfacts.lexicon.Gazetteer.Place best = null;
        for (org.govfacts.lexicon.Gazetteer.Match m : gazetteer.find(s)) {
            if (m.fullName()) {
                org.govfacts.lexicon.Gazetteer.Place p = m.places().get(m.places().size() - 1);
                if (best == null || p.level().compareTo(best.level()) >= 0) {
                    best = p;
                }
            }
        }
        return best == null ? null : best.name();
    }

    /**
     * The region of a title that names two places of the word list side by side (福建GDP首超上海, 甘肃与青海):
     * the one the body names more often, the first named on a tie; a title naming one gives that one.
     */
    private String comparedInTitle(String title, String body) {
        List<Region> named = new java.util.ArrayList<>();
        for (Region r : regions) {
            if (title.contains(r.shortName()) && named.stream().noneMatch(n -> n.full().equals(r.full()))) {
                named.add(r);
            }
        }
        if (named.size() < 2) {
            return named(title);
        }
        if (named.stream().map(Region::province).distinct().count() > 1) {
            // 山东省济南市, (河南省)2015年洛阳水资源公报: a city in its province, not two places; the city is the report's
            // (not 吉林, the province's short name that 吉林市 shares; not 金昌 inside 海南日報記者 金昌波, a city of another province)
            List<Region> provinces = named.stream().filter(Region::province).toList();
            List<Region> cities = named.stream().filter(r -> !r.province()
                    && provinces.stream().noneMatch(p -> p.shortName().equals(r.shortName())) && inProvinceOf(r, provinces)).toList();
            String full = mostSpecificFullName(title);
            return full != null ? full : cities.size() == 1 ? cities.get(0).full() : listed(title);
        }
        Region best = null;
        for (Region r : named) {
            if (best == null || count(body, r.shortName()) > count(body, best.shortName())
                    || count(body, r.shortName()) == count(body, best.shortName()) && title.indexOf(r.shortName()) < title.indexOf(best.shortName())) {
                best = r;
            }
        }
        return best.full();
    }

    /** Whether {@code city} lies in one of {@code provinces} by the gazetteer. */
    private boolean inProvinceOf(Region city, List<Region> provinces) {
        for (org.govfacts.lexicon.Gazetteer.Place c : gazetteer.lookup(city.full())) {
            String province = gazetteer.province(c).name();
            if (provinces.stream().anyMatch(r -> r.full().equals(province))) {
                return true;
            }
        }
        return false;
    }

    private String listed(String s) {
        for (Region r : regions) {
            if (s.contains(r.full())) {
                return r.full();
            }
        }
        for (Region r : regions) {
            if (s.contains(r.shortName())) {
                return r.full();
            }
        }
        return null;
    }

    /** How often {@code t} speaks of itself at {@code level} (report-self-words.tsv). */
    private int selfCount(String t, String level) {
        int n = 0;
        for (String w : selfWords.getOrDefault(level, List.of())) {
            n += count(t, w);
        }
        return n;
    }

    private String mostMentioned(String t) {
        // a county's or a prefecture's report (全县, 行署) speaks below a province as a city's does; a place named with its
        // units (列汕尾各县(市区)第一) is the group the report's own place ranks in, not that place
        int below = selfCount(t, "city") + selfCount(t, "below_city");
        boolean cityLevel = below >= selfCount(t, "province");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Region r : regions) {
            int n = mentions(t, r.shortName());
            if (n > 0) {
                counts.put(r.full(), n);
            }
        }
        String best = null;
        int bestCount = 0;
        boolean saysCity = below > 0;
        // a news story of a province's report (广东省省长…作《政府工作报告》) may say neither 全省 nor 全市: any level then
        boolean saysLevel = saysCity || selfCount(t, "province") > 0;
        for (Region r : regions) {
            Integer n = counts.get(r.full());
            // one passing mention (中科院合肥…) does not make a report a city's own; a report that says
            // 我市 may still rank itself in 全省 more often than it says 全市
            boolean level = !saysLevel || r.province() != cityLevel || (!r.province() && saysCity);
            if (n != null && n >= 2 && level && (n > bestCount || n == bestCount && best != null && r.province() != cityLevel)) {
                best = r.full();
                bestCount = n;
            }
        }
        // no region of the level the report speaks of: better none than a place it only visited
        return best;
    }

    /**
     * A county-level city's text (昆山 in 苏州, saying 全市 or 我市) names its own city more often than the prefecture above
     * it: a county-level city (a 市 of the gazetteer's county level) of {@code city} named at least twice and more often
     * than {@code city} is the report's own. {@code city} where none is.
     */
    private String ownCountyOf(String city, String t) {
        if (city == null || selfCount(t, "city") == 0) {
            return city;
        }
        List<org.govfacts.lexicon.Gazetteer.Place> places = gazetteer.lookup(city);
        if (places.size() != 1 || places.get(0).level() != org.govfacts.lexicon.Gazetteer.Level.PREFECTURE) {
            return city;
        }
        int cityCount = count(t, shortName(city));
        String best = city;
        int bestCount = Math.max(cityCount, 1);
        for (org.govfacts.lexicon.Gazetteer.Place child : gazetteer.children(places.get(0))) {
            if (!child.name().endsWith("市")) {
                continue;
            }
            int n = count(t, shortName(child.name()));
            if (n >= 2 && n > bestCount) {
                best = child.name();
                bestCount = n;
            }
        }
        return best;
    }

    /**
     * A city's report that names its city once (习近平总书记…嘱托大连要勇当…) and no other city: where the text speaks as a
     * city (全市, 我市) and names no place of the word list but that city and its own province, the city is the report's.
     * A text that also speaks as a county (全县) may be a county's naming the city above it, and gets none.
     */
    private String soleCity(String t) {
        if (selfCount(t, "city") == 0 || selfCount(t, "below_city") > 0) {
            return null;
        }
        List<Region> named = regions.stream().filter(r -> mentions(t, r.shortName()) > 0).toList();
        List<Region> cities = named.stream().filter(r -> !r.province()).toList();
        if (cities.size() != 1) {
            return null;
        }
        Region city = cities.get(0);
        Map<String, Integer> below = new LinkedHashMap<>();
        for (org.govfacts.lexicon.Gazetteer.Match m : gazetteer.find(t)) {
            org.govfacts.lexicon.Gazetteer.Place p = m.places().get(m.places().size() - 1);
            if (m.fullName() && p.level() == org.govfacts.lexicon.Gazetteer.Level.COUNTY && below.merge(p.name(), 1, Integer::sum) >= 2) {
                return null; // 东区认真贯彻…全年东区实现…: a district's own report, which names its city once
            }
        }
        for (Region n : named) {
            if (n != city && !inProvinceOf(city, List.of(n))) {
                return null; // another province named: the city may be a place the report only compares itself with
            }
        }
        return city.full();
    }

    /**
     * 直辖市重庆…全市…: a text that says 全市 and names no city twice, nor a city's districts, may be a municipality's
     * (北京, 天津, 上海, 重庆: provinces that say 全市 of themselves), named more often than any other, three times at least.
     */
    private String municipality(String t) {
        if (selfCount(t, "city") == 0) {
            return null;
        }
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (Region r : regions) {
            if (!r.province()) {
                continue;
            }
            int n = mentions(t, r.shortName());
            if (n > bestCount) {
                second = bestCount;
                best = r.full();
                bestCount = n;
            } else {
                second = Math.max(second, n);
            }
        }
        return best != null && best.endsWith("市") && bestCount >= 3 && bestCount > second ? best : null;
    }

    /**
     * A city's report that never names its city (a masked "xx市") still names its districts,
     * counties and the firms named after them (金川集团 of 金昌市's 金川区). Where the report speaks
     * as a city (我市, 全市) and names its province, the prefecture of that province whose own name
     * or whose districts' names recur (twice or more, more than any other) is taken; else none.
     */
    private String cityOfItsDistricts(String t) {
        if (selfCount(t, "city") == 0) {
            return null;
        }
        List<org.govfacts.lexicon.Gazetteer.Match> matches = gazetteer.find(t);
        java.util.Set<String> provinces = new java.util.HashSet<>();
        for (org.govfacts.lexicon.Gazetteer.Match m : matches) {
            for (org.govfacts.lexicon.Gazetteer.Place p : m.places()) {
                if (p.level() == org.govfacts.lexicon.Gazetteer.Level.PROVINCE) {
                    provinces.add(p.code());
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (org.govfacts.lexicon.Gazetteer.Match m : matches) {
            if (!m.fullName() && org.govfacts.segment.HanLpRuntime.isEverydayWord(m.surface())) {
                continue; // 东北振兴, 乡村振兴: the everyday word, not 丹东's 振兴区
            }
            for (org.govfacts.lexicon.Gazetteer.Place p : m.places()) {
                if (p.level() == org.govfacts.lexicon.Gazetteer.Level.PROVINCE
                        || !provinces.contains(gazetteer.province(p).code())) {
                    continue;
                }
                org.govfacts.lexicon.Gazetteer.Place city = p.level() == org.govfacts.lexicon.Gazetteer.Level.PREFECTURE ? p
                        : gazetteer.parent(p).filter(q -> q.level() == org.govfacts.lexicon.Gazetteer.Level.PREFECTURE).orElse(null);
                if (city != null) {
                    counts.merge(city.name(), 1, Integer::sum);
                }
            }
        }
        return soleMost(counts, 2);
    }

    /** The place whose own words (report-own-places.tsv) the text writes most often; null where none, or two places tie. */
    private String ownPlace(String t) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] w : ownPlaceWords) {
            int n = count(t, w[0]);
            if (n > 0) {
                counts.merge(w[1], n, Integer::sum);
            }
        }
        return soleMost(counts, 1);
    }

    /** The key counted most often, at least {@code least} times; null where none is, or two tie. */
    private static String soleMost(Map<String, Integer> counts, int least) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return bestCount >= least && !tie ? best : null;
    }

    /** The units a place's 各 names (列汕尾各县(市区)第一): the group a report's own place ranks in. */
    private static final java.util.regex.Pattern UNITS_OF_A_PLACE = java.util.regex.Pattern.compile("各[县区市乡镇州盟旗省]");

    /** Whether the words at {@code end}, right after a place's name, are 各 and a kind of its units (汕尾|各县; not 新疆|各族). */
    public static boolean namesItsUnits(String t, int end) {
        return UNITS_OF_A_PLACE.matcher(t).region(end, t.length()).lookingAt();
    }

    /** How often a place is named as itself, not as the group of units the report's own place ranks in. */
    private static int mentions(String t, String place) {
        int n = 0;
        for (int i = t.indexOf(place); i >= 0; i = t.indexOf(place, i + place.length())) {
            n += namesItsUnits(t, i + place.length()) ? 0 : 1;
        }
        return n;
    }

    private static int count(String t, String w) {
        int n = 0;
        for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + w.length())) {
            n++;
        }
        return n;
    }
}
