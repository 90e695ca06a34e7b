package org.govfacts.extract.project;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.text.Clauses;

/**
 * Where a name ends: a phase or a section after its head word (一期, …段), works cut off its end (改造), and what
 * follows a name that changes its reading (公司, 班列).
 */
final class NameEnd {
    /** 首个, 第一, 两个: a count or an ordinal before a part (首个坝段). */
    private static final Pattern COUNTED_PART = Pattern.compile("首[个座批]|第[一二三四五六七八九十\\d]|[一二两三四五六七八九十\\d]+[个座批]");
    /** (二期), (一期工程): a phase in brackets after a name. */
    static final Pattern BRACKETED_PHASE = Pattern.compile("[(（][一二三四五六七八九十]{1,2}期(?:工程|项目)?[)）]");

    /** (和升路-洞和路), （人民路至解放路）: the two ends of a road's section, in brackets. */
    static final Pattern BRACKETED_ENDS = Pattern.compile("[(（]\\p{IsHan}{2,8}[-－—~～至]\\p{IsHan}{2,8}[)）]");

    /** 二期, 1期 (杨凌麦肯速度项目1期): a phase, in either kind of numeral, or two at once (二、三期工程, 一至三期). */
    static final Pattern PHASE = Pattern.compile(
            "(?:[一二三四五六七八九十]{1,2}|\\d{1,2})(?:[、至和](?:[一二三四五六七八九十]{1,2}|\\d{1,2}))?期(?:工程|项目)?");
    /** 5月底, 2024年, 12日: a date right after a phase, when the phase was built, not a count of its parts. */
    private static final Pattern DATE_AFTER = Pattern.compile("\\d{1,4}[年月日]");
    /** 风电基地二期|25万千瓦: the size of the phase (capacity, length, area, money), not a count of its parts. */
    private static final Pattern SIZE_AFTER = Pattern.compile(
            "\\d+(?:\\.\\d+)?[万亿]?(?:千瓦|兆瓦|吉瓦|千米|公里|平方公里|平方米|米|亩|公顷|吨|立方米|元|千伏安|千伏)");
    /** 二期|3号机组: a unit of the phase, not a count of its parts. */
    private static final Pattern UNIT_NUMBER = Pattern.compile("(?:\\d{1,2}|[一二三四五六七八九十]{1,2})号机组");
    /** (陕西境), (湖北段), (支线): a line's stretch in a place, or its branch, in brackets after it (not (含巴银支线), a part of its own). */
    private static final Pattern BRACKETED_SECTION = Pattern.compile("[(（](?!含|包括)(?:\\p{IsHan}{0,6}?(?:境内?段?|段|支线|复线)"
            // (西线), (1~3标段): one side of a ring road, the lots a road is built in
            + "|[东西南北]线|[0-9一二三四五六七八九十]{1,2}(?:[~～\\-—至、][0-9一二三四五六七八九十]{1,2})?标段?)[)）]");
    /** 北段, 东段: the part of a phase built, right after it (7号线一期北段). */
    private static final Pattern PHASE_SIDE = Pattern.compile("[东西南北中]段(?:工程|项目)?");
    /**
     * (东段), (四川境), (芜湖段), (一期): a section's side, place or phase, in brackets after it (not its ends, (格尔木至拉萨),
     * which spell out its short name: the blind sets' annotators kept them as often as not).
     */
    private static final Pattern SECTION_QUALIFIER = Pattern.compile("[(（](?:[东西南北中]段|(?!含|包括|以下)\\p{IsHan}{1,6}?(?:境内?|段)"
            + "|[一二三四五六七八九十]{1,2}期)[)）]");
    /** (北延), （东延段）: the way a phase extends its line. */
    private static final Pattern BRACKETED_EXTENSION = Pattern.compile("[(（][东西南北]延(?:伸)?(?:段|线)?[)）]");
    /** 4号5号泊位, (9#、10#泊位): the numbered berths of a port area or a wharf, bare or in brackets. */
    private static final String BERTH_NUMBERS = "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})[号#][、和及至-]?){1,6}(?:通用|集装箱|散货)?泊位";
    private static final Pattern BERTHS = Pattern.compile(BERTH_NUMBERS + "|[(（]" + BERTH_NUMBERS + "[)）]");
    private static final Pattern PLACE_BEFORE_PART = Pattern.compile("(?:(?![和与及的至等])\\p{IsHan}){2,4}");

    private final ProjectWords projectWords;

    NameEnd(ProjectWords projectWords) {
        this.projectWords = projectWords;
    }

    /** 柳青南路|延伸, 虹南公路|改造: the works done on a road are no part of its name. */
    int cutWorksOff(String t, int start, int end) {
        int e = end;
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String w : projectWords.worksWordsLongestFirst) {
                if (e - w.length() > start && t.startsWith(w, e - w.length())) {
                    e -= w.length();
                    cut = true;
                    break;
                }
            }
        }
        return e;
    }

    /** 项目库, 项目保障指标: here 项目 modifies what follows and ends no name. */
    static boolean blockedAfter(String t, int end, List<String> blockers) {
        while (end < t.length() && "”’\"』」".indexOf(t.charAt(end)) >= 0) {
            end++; // “西电东送”|累计送电量
        }
        for (String b : blockers) {
            if (t.startsWith(b, end)) {
                return true;
            }
        }
        return false;
    }

    /** 中环线浦东段, 二期: a name that ends in a section or a phase is complete. */
    static boolean endsInSectionOrPhase(String t, int end) {
        if (end > 1 && (t.charAt(end - 1) == ')' || t.charAt(end - 1) == '）')) {
            end--; // 京唐城际铁路(北京段), 工厂项目(一期): the section or phase in brackets
        }
        return end > 0 && "段期".indexOf(t.charAt(end - 1)) >= 0;
    }

    /** Whether a list's mark (、 和 及 与) stands in the clause before {@code start}: the name is a list's last item. */
    static boolean lastOfList(String t, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char ch = t.charAt(i);
            if (org.govfacts.text.Clauses.endsClause(ch)) {
                return false;
            }
            if (org.govfacts.text.Clauses.LIST_JOINERS.indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }

    boolean serviceFollows(String t, int end) {
        return ProjectWords.startsAt(projectWords.serviceFollowers, t, end);
    }

    boolean companyFollows(String t, int end) {
        Matcher business = projectWords.companyBusiness.matcher(t).region(end, t.length());
        return ProjectWords.startsAt(projectWords.companyEndings, t, end) || business.lookingAt() && ProjectWords.startsAt(projectWords.companyEndings, t, business.end());
    }

    /**
     * 成渝高速公路|扩容, 隆黄铁路隆昌至叙永段|扩能改造: the works done on a facility, written without
     * 项目 or 工程, are no part of its name.
     */
    int cutTrailingWorks(String t, int start, int end) {
        int e = cutWorksOff(t, start, end);
        return e < end && (projectWords.headEndingAt(t, e) != null || sectionEndingAt(t, start, e) || bareEndAt(t, start, e)) ? e : end;
    }

    /** 滨江东路|拓宽延伸, 迎幸桥|改造: a road's or a bridge's last word (project-bare-ends.txt) ends the name before the works. */
    boolean bareEndAt(String t, int start, int end) {
        return projectWords.bareEnds.stream().anyMatch(h -> end - h.length() > start && t.startsWith(h, end - h.length()));
    }

    /** 新建铁路|朱家窑至中川线: the words that open a route line's official name, taken in. */
    int withLineOpener(String t, int start, int end) {
        if (end - start >= 5 && t.charAt(end - 1) == '线' && NameAcceptance.ROUTE.matcher(t).region(start, end).lookingAt()) {
            for (String w : projectWords.lineOpeners) {
                if (start >= w.length() && t.startsWith(w, start - w.length())) {
                    return start - w.length();
                }
            }
        }
        return start;
    }

    /** 配套工程|部分子项目: part of the work named before, after its head word, is no part of its name. */
    int cutTrailingPart(String t, int start, int end) {
        for (String p : projectWords.trailingParts) {
            int at = end - p.length();
            if (at > start && t.startsWith(p, at) && projectWords.headEndingAt(t, at) != null) {
                return at;
            }
        }
        return end;
    }

    /** 公路|160公里, 前哨农场段|166公里: a length written after a line, how long it is, not part of its name. */
    private static final java.util.regex.Pattern TRAILING_LENGTH = java.util.regex.Pattern.compile("[0-9]+(?:\\.[0-9]+)?(?:公里|千米|km|KM)(?:共计|合计)?$");
    /** 乌什塔拉至紫泥泉|112km: a route between two places, which a length may follow. */
    private static final java.util.regex.Pattern ROUTE_BEFORE = java.util.regex.Pattern.compile("\\p{IsHan}{2,8}至\\p{IsHan}{2,8}$");

    /** The name without a length written after its head word, section, phase or route (…二级公路160公里 → …二级公路). */
    int cutTrailingLength(String t, int start, int end) {
        java.util.regex.Matcher m = TRAILING_LENGTH.matcher(t).region(start, end);
        if (!m.find() || m.start() - start < 4) {
            return end;
        }
        int at = m.start();
        return projectWords.headEndingAt(t, at) != null || t.charAt(at - 1) == '段' || t.charAt(at - 1) == '线'
                || endsInSectionOrPhase(t, at) || ROUTE_BEFORE.matcher(t).region(start, at).find() ? at : end; // 库拜玉一期|51km
    }

    /**
     * 全省重点旅游公路工程(文昌龙楼至昌洒滨海旅游公路): a kind of works by rank (KIND_LABEL), its one work named in the
     * brackets after it; the name is what the brackets hold.
     */
    int[] workNamedInBrackets(String t, int start, int end) {
        if (end - start < 6 || ")）".indexOf(t.charAt(end - 1)) < 0) {
            return new int[] {start, end};
        }
        int open = openingBracketBefore(t, end);
        if (open <= start || end - 1 - (open + 1) < 4) {
            return new int[] {start, end};
        }
        String outer = t.substring(start, open).replaceAll("\\s+", "");
        Matcher kind = NameStart.KIND_LABEL.matcher(outer);
        boolean kindOnly = false;
        while (kind.find()) {
            kindOnly |= kind.end() == outer.length();
        }
        return kindOnly && projectWords.hasFacilityWord(t.substring(open + 1, end - 1)) ? new int[] {open + 1, end - 1} : new int[] {start, end};
    }

    /** Where the bracket that closes at {@code end - 1} opens (ASCII or full-width), or -1. */
    private static int openingBracketBefore(String t, int end) {
        return Math.max(t.lastIndexOf('(', end - 1), t.lastIndexOf('（', end - 1));
    }

    /** 株六复线(部分): a bracket that says how much of the work is meant is no part of its name. */
    int cutBracketedQualifier(String t, int start, int end) {
        if (end - start < 4 || ")）".indexOf(t.charAt(end - 1)) < 0) {
            return end;
        }
        int open = openingBracketBefore(t, end);
        return open > start && projectWords.bracketQualifiers.contains(t.substring(open + 1, end - 1)) ? open : end;
    }

    private static boolean sectionEndingAt(String t, int start, int end) {
        return end > start && (t.charAt(end - 1) == '段' || PHASE.matcher(t.substring(start, end)).find()
                && t.substring(start, end).endsWith("期"));
    }

    /** 润泽智算中心三期, 恒力重工二期工程, 沿江高铁武宜段: a phase or a section continues the name. */
    int extendByPhase(String t, int end) {
        int to = extendByPhaseOnly(t, end);
        Matcher qualifier = SECTION_QUALIFIER.matcher(t).region(to, Math.min(t.length(), to + 20));
        if (to > 0 && t.charAt(to - 1) == '段' && qualifier.lookingAt()) {
            return qualifier.end(); // 德阳至简阳段(东段), 西昌至香格里拉段(四川境): the section's side or place, in brackets
        }
        // 蒲津路改造工程二期工程(邕宁区人民医院-五合大桥): the two ends of the stretch, in brackets, close the name
        Matcher ends = BRACKETED_ENDS.matcher(t).region(to, Math.min(t.length(), to + 20));
        // not an aside that says what is done between them (S1线(今年开通石门营至金安桥): project-cut-words.txt)
        if (ends.lookingAt() && t.charAt(to - 1) != '段' && !projectWords.cutWordWithin(t, to, ends.end())) {
            // 沪通铁路(南通—安亭)|上海段: the line's ends, then the section of it built
            Matcher sec = ShapedNames.SECTION.matcher(t).region(ends.end(), Math.min(t.length(), ends.end() + 16));
            String head = projectWords.headEndingAt(t, to);
            boolean section = head != null && projectWords.lineHeads.contains(head) && sec.lookingAt()
                    && Character.isIdeographic(t.charAt(ends.end())) && !ProjectWords.startsAt(projectWords.partWords, t, ends.end());
            return section ? sec.end() : ends.end();
        }
        Matcher berths = BERTHS.matcher(t).region(to, Math.min(t.length(), to + 20));
        if (!berths.lookingAt() || t.startsWith("工程", to - 2) || t.startsWith("项目", to - 2)) {
            return to; // 码头四期工程|3#、4#泊位: the berths a project has built are its parts, the name ends with the project
        }
        // 集装箱码头(9号10号泊位), 大榄坪作业区|4号5号泊位, and the works on them (…9号和10号泊位|扩建工程)
        int at = berths.end();
        if (t.startsWith("工程", at) || t.startsWith("项目", at)) {
            return at + 2; // 石井作业区11号、12号泊位|工程: the project of building them
        }
        for (String w : projectWords.worksWordsLongestFirst) {
            if (t.startsWith(w, at) && (t.startsWith("工程", at + w.length()) || t.startsWith("项目", at + w.length()))) {
                return at + w.length() + 2;
            }
        }
        return at;
    }

    private int extendByPhaseOnly(String t, int end) {
        for (String w : projectWords.buildWords) {
            if (t.startsWith(w, end) && PHASE.matcher(t).region(end + w.length(), Math.min(t.length(), end + w.length() + 6)).lookingAt()
                    && extendByPhaseOnly(t, end + w.length()) > end + w.length()) {
                return extendByPhaseOnly(t, end + w.length()); // 甘肃中医药大学和平校区|建设|一期: the phase of the building
            }
        }
        Matcher section = BRACKETED_SECTION.matcher(t).region(end, Math.min(t.length(), end + 10));
        if (section.lookingAt() && projectWords.headEndingAt(t, end) != null && projectWords.lineHeads.contains(projectWords.headEndingAt(t, end))) {
            return section.end(); // 准格尔至神木铁路(陕西境), 柠条塔至神木西铁路(支线): the stretch or branch of the line built
        }
        Matcher bracketed = BRACKETED_PHASE.matcher(t).region(end, Math.min(t.length(), end + 6));
        if (bracketed.lookingAt()) {
            // 临沧支线(一期), 永安还建点（一期）, and the project of the phase (生物医药大健康产业园(一期)|项目)
            return t.startsWith("项目", bracketed.end()) || t.startsWith("工程", bracketed.end()) ? bracketed.end() + 2 : bracketed.end();
        }
        Matcher m = PHASE.matcher(t).region(end, Math.min(t.length(), end + 6));
        if (m.lookingAt()) {
            // 双汇第三工业园一期5个子项目: a phase followed by a count describes the park's parts (not a date: 18号线二期|5月底)
            boolean countFollows = m.end() < t.length() && (Character.isDigit(t.charAt(m.end()))
                    || "一二三四五六七八九十两".indexOf(t.charAt(m.end())) >= 0)
                    && !UNIT_NUMBER.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 6)).lookingAt()
                    && !DATE_AFTER.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 6)).lookingAt()
                    && !SIZE_AFTER.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 12)).lookingAt();
            if (countFollows) {
                return end;
            }
            Matcher extension = BRACKETED_EXTENSION.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 6));
            if (extension.lookingAt()) {
                return extension.end(); // 13号线二期(北延)
            }
            Matcher side = PHASE_SIDE.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 4));
            return side.lookingAt() ? side.end() : m.end(); // 7号线一期|北段
        }
        Matcher route = projectWords.routePart.matcher(t).region(end, Math.min(t.length(), end + 16));
        if (route.lookingAt()) {
            end = route.end(); // 青藏铁路西宁至格尔木|增建二线工程: the part follows
        }
        Matcher line = projectWords.linePart.matcher(t).region(end, Math.min(t.length(), end + 9));
        if (line.lookingAt()) {
            end = line.end(); // 兰州至武威南铁路二线, 大宋铁路延伸线, 石太高速北线(石家庄段)
        } else {
            // 太中银铁路|银川|联络线: a part of three characters or more (a branch, not a direction) at a place
            Matcher placed = PLACE_BEFORE_PART.matcher(t).region(end, Math.min(t.length(), end + 5));
            for (int p = Math.min(t.length(), end + 4); p >= end + 2; p--) {
                Matcher part = projectWords.linePart.matcher(t).region(p, Math.min(t.length(), p + 9));
                // (南疆铁路|库阿|二线: a second track between two places, 库尔勒 and 阿克苏, named by their initials)
                if (placed.region(end, p).matches() && part.lookingAt() && t.startsWith("线", part.end() - 1)
                        && (part.end() - p >= 3 || "二三四复".indexOf(t.charAt(p)) >= 0)) {
                    end = part.end();
                    break;
                }
            }
        }
        Matcher sec = ShapedNames.SECTION.matcher(t).region(end, Math.min(t.length(), end + 16));
        if (sec.lookingAt() && COUNTED_PART.matcher(t).region(end, sec.end()).lookingAt()) {
            return end; // 天角潭水利枢纽|首个坝段封顶: one of its parts, counted, is no section of its name
        }
        if (!sec.lookingAt()) {
            // 辽中环线抚顺萨尔浒大道|段: the section a line's stretch, named by its head word, makes
            String head = projectWords.headEndingAt(t, end);
            return head != null && (projectWords.lineHeads.contains(head) || projectWords.cityRoadHeads.contains(head)) && end + 1 < t.length()
                    && t.charAt(end) == '段' && !Character.isIdeographic(t.charAt(end + 1)) ? end + 1 : end;
        }
        // 南昆铁路南宁至百色段|增建二线: a part of the line built on the section
        Matcher onSection = projectWords.linePart.matcher(t).region(sec.end(), Math.min(t.length(), sec.end() + 9));
        return onSection.lookingAt() ? onSection.end() : sec.end();
    }

    /** True when a name's head word follows in the same phrase, within a few characters. */
    boolean nameFollows(String t, int end) {
        for (int next = end; next < t.length() && next < end + 12 && Character.isIdeographic(t.charAt(next)); next++) {
            if (projectWords.suffixAt(t, next) != null) {
                return true;
            }
        }
        return false;
    }
}
