package org.govfacts.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.govfacts.lexicon.Lexicon;

/**
 * The place a figure is about (FACTS.md v2 {@code region_norm}): the nearest scope word or place
 * name before it in its sentence that stands as a subject (全省…, 郑州市…), not as a benchmark
 * (居全省第1位, 高于全国平均水平); else the report's own region. 全省 in a city's report is the
 * city's province, 全国/我国 is 全国; a national report's figures are 全国's.
 */
public final class RegionResolver {
    /** A scope word or place preceded by these compares with it rather than speaks of it. */
    private static final Pattern BENCHMARK_BEFORE = Pattern.compile("(?:居|于|占|比|较|超|超过|超出|高出|低于|高于|快于|慢于|列|为|在|与|及|和|同|对|向|赴|到|至|从|、)\\s*$");
    private static final Pattern BENCHMARK_AFTER = Pattern.compile("^\\s*(?:平均|第|前列|排名|前[0-9一二三四五六七八九十]|首位|同类|的比重|比重|总量的|的)");

    public enum Level { COUNTRY, PROVINCE, PREFECTURE, COUNTY, OWN }

    /**
     * 国内 before it is part of the name 国内生产总值, which provinces and cities used for their own product
     * until the late 1990s (四川 1996: 全省…国内生产总值2985亿元): in a report of a place below the country
     * it is that place's product, not the country as subject.
     */
    static final String GDP_TAIL = "生产总值";

    /** A time phrase or connective that may stand before a clause's subject: 今年上半年, 2023年, 截至9月底, 其中, 特别是. */
    private static final Pattern TIME_HEAD = Pattern.compile(
            "(?:其中|同时|另外|特别是|尤其是)?(?:截至|截止)?[0-9一二三四五六七八九十〇零两今昨去上本前近过当年月日季度半以来底末全]{0,12}(?:其中)?");

    /** A newspaper's or broadcaster's name after a place (广州日报珠海讯): the paper, not the place, heads the line. */
    private static final Pattern MEDIA_AFTER = Pattern.compile("^(?:日报|晚报|商报|时报|都市报|电视台|广播电视台|新闻网|广播电台)");

    private final Map<String, Level> scopes = new HashMap<>();
    /** Province -> what the country's words name in its reports (country-word-places.tsv: 台湾省's 我國 is 台湾省). */
    private final Map<String, String> countryWordPlaces = new HashMap<>();
    private final Places places;
    /** region-groupings.txt: several places taken together (东部地区, 长三角地区), no place of their own. */
    private final java.util.List<String> groupings;

    public RegionResolver(Lexicon lexicon) {
        this.groupings = lexicon.words("region-groupings");
        for (String[] row : lexicon.table("region-scopes")) {
            scopes.put(row[0].strip(), Level.valueOf(row[1].strip().toUpperCase(java.util.Locale.ROOT)));
        }
        for (String[] row : lexicon.table("country-word-places")) {
            if (row.length > 1) {
                countryWordPlaces.put(row[0].strip(), row[1].strip());
            }
        }
        this.places = Places.of(lexicon);
    }

    public Places places() {
        return places;
    }

    /**
     * @param before the figure's sentence up to the figure (normalised text)
     * @param report the report's context
     */
    public String resolve(String before, ReportContext report) {
        return resolve(before, "", report);
    }

    /**
     * @param before        the figure's sentence up to the figure (normalised text)
     * @param paragraphLead the figure's paragraph before its sentence: a place it names as a subject is
     *                      what a scope word of that place's level stands for (临汾市…开幕。…全市地区生产总值…
     *                      in a news story of several cities)
     * @param report        the report's context
     */
    public String resolve(String before, String paragraphLead, ReportContext report) {
        String own = report.region();
        Bracketed bracketed = bracketedAfterPlace(before, own);
        if (bracketed != null) {
            return bracketed.place();
        }
        // the last subject before the figure: a scope word or a place name heading its clause
        int best = -1;
        String found = null;
        for (Map.Entry<String, Level> e : scopes.entrySet()) {
            for (int at = before.lastIndexOf(e.getKey()); at > best; at = at == 0 ? -1 : before.lastIndexOf(e.getKey(), at - 1)) {
                if (isSubject(before, at, e.getKey().length())
                        && !(report.local() && before.startsWith(GDP_TAIL, at + e.getKey().length()))) {
                    best = at;
                    found = placeOfScope(paragraphLead + before.substring(0, at), e.getValue(), own);
                    break;
                }
            }
        }
        for (Places.Mention m : places.in(before)) {
            if (org.govfacts.text.Clauses.asideClosedBefore(before, m.end(), before.length())) {
                continue; // 居全国第2位(山东37211公里)；…占总里程的比例为23.55%: a place in an aside closed before the figure is not its subject
            }
            if (m.start() > best && isSubject(before, m.start(), m.end() - m.start())) {
                best = m.start();
                found = m.place();
            }
        }
        for (String g : groupings) {
            int at = before.lastIndexOf(g);
            if (at > best && isSubject(before, at, g.length())) {
                best = at;
                found = null; // 东部地区103家国家级经开区…: a grouping of places, whose figures are of no one place
            }
        }
        if (best >= 0) {
            return found;
        }
        String opening = paragraphSubject(paragraphLead);
        if (opening != null) {
            return opening; // 2014年，河北地区生产总值29421.2亿元…。其中，第一产业增加值…: the paragraph speaks of 河北
        }
        // a text that names no place of its own (a yearbook entry, a news item) speaks of the place its
        // paragraph last named as a subject (1986年，鸡西市国民生产总值…。1987年国民生产总值…)
        return own != null ? own : lastSubjectPlace(paragraphLead, null);
    }

    /** A place written right before the bracket that opens the figure, its level mean allowed (全国平均水平(5.5%)). */
    private static final Pattern BEFORE_BRACKET = Pattern.compile("(?:平均)?(?:水平|增速|增幅)?\\s*[(（]\\s*$");

    /**
     * 增速分别高于全国(5.5%)、全区(6.5%), 郑州市(5.1%)、洛阳市(4.8%): a figure in brackets right after a place is
     * that place's own, though the place stands as a benchmark; null where the bracket follows no place.
     */
    private Bracketed bracketedAfterPlace(String before, String own) {
        java.util.regex.Matcher b = BEFORE_BRACKET.matcher(before);
        if (!b.find()) {
            return null;
        }
        String head = before.substring(0, b.start());
        for (Map.Entry<String, Level> e : scopes.entrySet()) {
            if (head.endsWith(e.getKey())) {
                return new Bracketed(placeOfScope(head.substring(0, head.length() - e.getKey().length()), e.getValue(), own));
            }
        }
        List<Places.Mention> mentions = places.in(head);
        if (!mentions.isEmpty() && mentions.get(mentions.size() - 1).end() == head.length()) {
            return new Bracketed(mentions.get(mentions.size() - 1).place());
        }
        return null;
    }

    /** The place a figure in brackets after a place word is of; null inside where that word names no known place. */
    private record Bracketed(String place) {
    }

    /**
     * What a scope word of {@code level} stands for after {@code textBefore}: the last place of that level the text
     * names as a subject (临汾市…全市), else what the word means in a report of {@code own}.
     */
    private String placeOfScope(String textBefore, Level level, String own) {
        String named = namedPlaceOfLevel(textBefore, level, own);
        return named != null ? named : scopeRegion(level, own);
    }

    /**
     * The last place of the scope word's level ({@code 全市}: a prefecture) that heads a clause of
     * the text before it and is not the report's own place; null where none (or the level is the country's).
     */
    private String namedPlaceOfLevel(String text, Level level, String own) {
        if (level == Level.COUNTRY || level == Level.OWN || text.isEmpty()) {
            return null;
        }
        String named = lastSubjectPlace(text, level);
        return named == null || named.equals(own) ? null : named;
    }

    /**
     * The place a paragraph opens with as its subject, after at most a time phrase (2014年，河北地区生产总值…); null
     * where it opens otherwise. Its sentences after the first that name no place speak of it, whatever the report's own place.
     */
    private String paragraphSubject(String lead) {
        // only the paragraph's first sentence can open it (and places are sought there only, not in every figure's whole lead)
        int sentenceEnd = lead.indexOf('。');
        String first = sentenceEnd >= 0 ? lead.substring(0, sentenceEnd + 1) : lead;
        List<Places.Mention> mentions = places.in(first).stream().filter(x -> !namesMedia(first, x.end())).toList();
        if (mentions.isEmpty()) {
            return null;
        }
        Places.Mention m = mentions.get(0);
        for (int k = 1; k < mentions.size() && mentions.get(k).start() == m.end(); k++) {
            m = mentions.get(k); // 吐鲁番市高昌区: the last of places written together is the one spoken of
        }
        String head = lead.substring(0, mentions.get(0).start()).replaceAll("[\\s,，]", "");
        return TIME_HEAD.matcher(head).matches() && !isBenchmark(lead, m.start(), m.end() - m.start()) ? m.place() : null;
    }

    /** The last place that heads a clause of {@code text}, of {@code level} where one is given; null where none. */
    private String lastSubjectPlace(String text, Level level) {
        String named = null;
        for (Places.Mention m : places.in(text)) {
            if ((level == null || places.level(m.place()) == level) && isSubject(text, m.start(), m.end() - m.start())) {
                named = m.place();
            }
        }
        return named;
    }

    /**
     * A place word heads its clause (after at most a time phrase: 今年上半年全市…, 2023年，郑州市…)
     * and is not compared with (居全省第1位, 高于全国平均水平).
     */
    private static boolean isSubject(String s, int at, int length) {
        if (isBenchmark(s, at, length) || namesMedia(s, at + length)) {
            return false;
        }
        int clause = org.govfacts.text.Clauses.start(s, at, 0);
        String head = s.substring(clause, at).strip();
        // one character may join it to the clause before (而, 并, 但); two are a verb it is the object of (打造贵阳…)
        return head.isEmpty() || head.length() <= 1 && !head.matches(".*[居于占比较超列为在与及和同对向赴到至从]$")
                || TIME_HEAD.matcher(head).matches();
    }

    /** Whether a place name ending at {@code end} is part of a newspaper's or broadcaster's name (广州日报珠海讯). */
    private static boolean namesMedia(String s, int end) {
        return MEDIA_AFTER.matcher(s.substring(end)).lookingAt();
    }

    static boolean isBenchmark(String s, int at, int length) {
        return BENCHMARK_BEFORE.matcher(s.substring(Math.max(0, at - 2), at)).find()
                || BENCHMARK_AFTER.matcher(s.substring(at + length, Math.min(s.length(), at + length + 4))).find();
    }

    /** What a scope word means in a report of region {@code own}. */
    private String scopeRegion(Level level, String own) {
        if (level == Level.COUNTRY) {
            String province = own == null || own.equals(Places.COUNTRY) ? null : places.province(own);
            return province != null ? countryWordPlaces.getOrDefault(province, Places.COUNTRY) : Places.COUNTRY;
        }
        if (own == null || own.equals(Places.COUNTRY)) {
            return null;
        }
        Level ownLevel = places.level(own);
        if (sameKind(level, own)) {
            return own; // 全市 in a county-level city's report (玉环市) is that city
        }
        return switch (level) {
            // 全区 in a city's or county's report of an autonomous region (银川市, 全区五地市) is the region
            case OWN -> ownLevel == Level.PROVINCE || own.endsWith("区") || !isAutonomousRegion(places.province(own)) ? own
                    : places.province(own);
            case PROVINCE -> ownLevel == Level.PROVINCE ? own : places.province(own);
            case PREFECTURE -> ownLevel == Level.PREFECTURE || places.isMunicipality(own) ? own
                    : ownLevel == Level.COUNTY ? places.parent(own) : null;
            case COUNTY -> ownLevel == Level.COUNTY ? own : null;
            default -> null;
        };
    }

    private static boolean isAutonomousRegion(String province) {
        return province != null && province.endsWith("自治区");
    }

    /** A county-level city says 全市 of itself, a district 全区, an autonomous prefecture 全州. */
    private static boolean sameKind(Level level, String own) {
        return switch (level) {
            case PREFECTURE -> own.endsWith("市") || own.endsWith("州") || own.endsWith("盟");
            case COUNTY -> own.endsWith("县") || own.endsWith("旗");
            default -> false;
        };
    }

    /** Names the place a report's words stand for, as the gazetteer writes it: 河南 → 河南省. */
    public String official(String name) {
        return places.official(name);
    }

    static List<String> levels() {
        return List.of("country", "province", "prefecture", "county", "own");
    }
}
