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
    private static final Pattern NATIONAL_HEAD = Pattern.compile("全国人民代表大会|全国人大|国务院总理|总理代表国务院|国家统计局");
    /** A file name that names the national government or its statistics office (2023_国务院_政府工作报告_解读.txt). */
    private static final Pattern NATIONAL_FILE = Pattern.compile("国务院|全国人大|国家统计局");
    private static final Pattern LOCAL_CONGRESS = Pattern.compile("[省市县区州盟旗]\\s*第[一二三四五六七八九十]+届");
    /** 上海市第十六届人大二次会议, 在XX县第十八届人民代表大会第三次会议上: the place whose congress hears the report. */
    private static final Pattern CONGRESS = Pattern.compile("第[一二三四五六七八九十]+届(?:人大|人民代表大会)");

    private final ReportRegionFinder regions;
    private final ReportDateFinder dates;
    private final Places places;
    private final Manifest manifest;

    public ReportContextFinder(Lexicon lexicon, Places places, Manifest manifest) {
        this.regions = new ReportRegionFinder(lexicon);
        this.dates = new ReportDateFinder(lexicon);
        this.places = places;
        this.manifest = manifest == null ? Manifest.EMPTY : manifest;
    }

    public ReportContext find(AnalyzedText text, Path path) {
        ReportRegionFinder.Result r = regions.find(text, path);
        String t = text.text();
        ReportDate date = dates.find(t, r.title(), path);
        String region = r.region();
        String regionSource = r.source();
        String head = t.substring(0, Math.min(t.length(), 400));
        String fileName = path == null || path.getFileName() == null ? "" : path.getFileName().toString();
        if ((NATIONAL_HEAD.matcher(head).find() && !LOCAL_CONGRESS.matcher(head).find())
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
        return new ReportContext(r.title(), date, region == null ? null : places.official(region),
                region == null ? null : regionSource);
    }
}
