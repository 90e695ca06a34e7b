package org.govfacts.extract.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FactFinder;
import org.govfacts.extract.FoundFact;
import org.govfacts.extract.QuotedSpans;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.segment.Token;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.Clauses;

/**
 * Names of specific projects, parks and facilities, found two ways:
 * <ul>
 * <li>in a list that the text itself calls projects: every item of {@code A、B、C等(11个重大)项目};</li>
 * <li>by a name's last word ({@code project-suffixes.txt}: 项目, 产业园, 工业园 …), the name running
 *     back to the start of its clause, less the words that lead up to it (推进, 开创了, …的) and
 *     less a label before it (铜基新材料产业链|荣煜铜基新材料项目); such a name must begin with a
 *     proper noun (a company, brand or place) so that 重大项目 or 技术改造项目 are not taken.</li>
 * </ul>
 * Names in {@code projects.txt} are always taken. Generic phrases ({@code project-generic-words.txt})
 * and programme names in quotation marks (“三个一批”项目) are never projects.
 *
 * <p>This class composes the stages: the finders ({@link ListedNames}, {@link SeriesNames}, {@link ShapedNames},
 * {@link HeadWordNames}, and a trained tagger's proposals) each hand their candidates to one {@link NameAcceptance},
 * which trims them with {@link NameStart} and {@link NameEnd} and tests them with {@link NameTests}; all of them read
 * one {@link ProjectWords}. Overlapping candidates are then resolved, the longest first.
 */
public final class ProjectFinder implements FactFinder {
    /**
     * Spans a trained tagger proposes (models/README.md), or null: each one the rules' candidates leave free goes through
     * the same acceptance as theirs, so the tagger adds names whose context the rules do not know but never a slogan, a
     * category or a cut name the rules would refuse.
     */
    private final java.util.function.Function<AnalyzedText, List<int[]>> proposer;

    /** A voltage's units (750千伏, 220kV), which name a line or a substation's class, not a size. */
    public static final String VOLTAGE_UNITS = "千伏|[kK][vV]";

    private final HeadWordNames headWordNames;
    private final ListedNames listedNames;
    private final NameAcceptance acceptance;
    private final NameEnd nameEnds;
    private final NameTests nameTests;
    private final ProjectWords projectWords;
    private final SeriesNames seriesNames;
    private final ShapedNames shapedNames;

    public ProjectFinder(Lexicon lexicon) {
        this(lexicon, null);
    }

    public ProjectFinder(Lexicon lexicon, java.util.function.Function<AnalyzedText, List<int[]>> proposer) {
        this.proposer = proposer;
        this.projectWords = new ProjectWords(lexicon);
        NameStart nameStarts = new NameStart(projectWords);
        this.nameEnds = new NameEnd(projectWords);
        this.nameTests = new NameTests(projectWords);
        ListParts listParts = new ListParts(nameEnds, nameTests, projectWords);
        this.acceptance = new NameAcceptance(nameEnds, nameStarts, nameTests, projectWords);
        this.listedNames = new ListedNames(listParts, acceptance, nameEnds, nameStarts, projectWords);
        this.seriesNames = new SeriesNames(listParts, nameEnds, nameStarts, nameTests, projectWords);
        this.headWordNames = new HeadWordNames(listParts, acceptance, nameEnds, nameStarts, nameTests, projectWords);
        this.shapedNames = new ShapedNames(acceptance, nameEnds, nameStarts, nameTests, projectWords);
    }

    @Override
    public List<FoundFact> find(DocumentContext c) {
        String t = c.t();
        List<FoundFact> candidates = new ArrayList<>();
        findKnown(t, candidates);
        listedNames.findListed(c, candidates);
        listedNames.findCountClosed(c, candidates);
        listedNames.findInstitutionsListed(c, candidates);
        listedNames.findIntroduced(c, candidates);
        listedNames.findEnumerated(c, candidates);
        seriesNames.findSeries(c, candidates);
        shapedNames.findRouteLines(c, candidates);
        shapedNames.findBracketedInitials(c, candidates);
        shapedNames.findCodedSections(c, candidates);
        shapedNames.findExtendedRoads(c, candidates);
        shapedNames.findSizedPlants(c, candidates);
        shapedNames.findDiversions(c, candidates);
        shapedNames.findDefinedShortNames(c, candidates);
        listedNames.findDescribedItems(c, candidates);
        listedNames.findCompletedLists(c, candidates);
        listedNames.findCountedColonLists(c, candidates);
        listedNames.findCountedBracketLists(c, candidates);
        listedNames.findInvestedItems(c, candidates);
        headWordNames.findBySuffix(c, candidates);
        findProposed(c, candidates);
        List<FoundFact> resolved = resolve(candidates);
        List<FoundFact> peers = new ArrayList<>();
        listedNames.findPeers(c, resolved, peers);
        if (!peers.isEmpty()) {
            candidates.addAll(peers);
            resolved = resolve(candidates);
        }
        List<FoundFact> found = new ArrayList<>(laterMentions(c, resolved));
        // 浦东新区, 滨海新区: a known name that is a district of the gazetteer keeps its words whole against a route's end
        // (北辰至滨海新区段), but it governs; it is no works
        found.removeIf(f -> projectWords.specific.isFullDivisionName(f.name()));
        return withHeadAfterQuote(t, found);
    }

    /**
     * “川气东送”工程, “西气东输”项目: a name quoted whole with 工程 or 项目 right after the closing quote is the works of that name;
     * the span takes the quotes and the head, the name the head without the quotes.
     */
    private static List<FoundFact> withHeadAfterQuote(String t, List<FoundFact> found) {
        List<FoundFact> out = new ArrayList<>(found.size());
        for (FoundFact f : found) {
            int s = f.start();
            int e = f.end();
            if (s > 0 && e + 3 <= t.length() && QuotedSpans.opensQuotation(t.charAt(s - 1)) && QuotedSpans.closesQuotation(t.charAt(e))
                    && (t.startsWith("工程", e + 1) || t.startsWith("项目", e + 1)) && f.name() != null && !f.name().endsWith("工程")
                    && !f.name().endsWith("项目")) {
                out.add(FoundFact.project(s - 1, e + 3, f.name() + t.substring(e + 1, e + 3)));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Whether a name repeated at {@code start} stands after no word that could begin a longer name or point back
     * (青山|长江大桥, 这座|长江大桥): after punctuation, the text's start, a verb, preposition, conjunction, particle, adverb or
     * time word, or a kind of works it is in apposition to.
     */
    private boolean standsAlone(DocumentContext c, int start) {
        if (start == 0 || !Character.isIdeographic(c.t().charAt(start - 1))) {
            return true;
        }
        Token before = c.text().tokenEndingAt(start);
        // 世界第一大斜拉桥|苏通大桥, 综合交通工程|虹桥枢纽: after a kind of works the name stands in apposition
        return before != null && (before.pos().matches("[vpcudwt].*") || projectWords.headEndingAt(c.t(), start) != null);
    }

    /** The longest a section's words after its line may run (揭阳段, 广州至汕尾段). */
    private static final int SECTION_WORDS = 8;

    /**
     * The line a section found is of (汕汕高铁 of 汕汕高铁揭阳段), which the text may name again alone (汕汕高铁、广汕高铁贯通后);
     * null where the name is no section of a line (project-line-heads.txt) or its line is too short to be one. For a name
     * written in the text as it is named (laterMentions takes no other), so the line's words are the text's.
     */
    private String lineOfSection(String t, FoundFact f) {
        if (!t.startsWith("段", f.end() - 1)) {
            return null;
        }
        for (int at = f.end() - 2; at >= f.start() + 3 && f.end() - at <= SECTION_WORDS; at--) {
            String head = projectWords.headEndingAt(t, at);
            if (head != null && projectWords.lineHeads.contains(head) && at - f.start() > head.length() + 1) {
                return t.substring(f.start(), at);
            }
        }
        return null;
    }

    /**
     * 南防线 of 南防铁路, 沙鲅线 of 沙鲅铁路: a railway named by its places' initials is called by the same initials and 线,
     * which the text may use later; null for any other name.
     */
    private String lineByInitials(String name) {
        if (name.length() == 4 && name.endsWith("铁路") && projectWords.specific.namedByInitials(name)) {
            return name.substring(0, 2) + "线";
        }
        return null;
    }

    /** Whether a head word begins at {@code end} or one or two characters after it, in its clause (萧曹运河|拱桥, 燕房线|支线). */
    private boolean headSoonAfter(String t, int end) {
        for (int i = end; i <= end + 2 && i < t.length(); i++) {
            if (i > end && Clauses.endsClause(t.charAt(i - 1))) {
                return false;
            }
            if (projectWords.suffixAt(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** 已建成长江大桥24座: a count right after the words counts things of that kind; no one work is named there. */
    private static final java.util.regex.Pattern COUNT_AFTER = java.util.regex.Pattern.compile("\\s*[0-9一二三四五六七八九十两]");

    /** The shortest name taken again wherever the document repeats it. */
    private static final int REPEATED_NAME = 3;

    /**
     * The names found, with each other place the document writes a name found elsewhere in it as whole words
     * (…建成开通燕房线、西郊线…。燕房线为本市首条全自动驾驶线路): a name proved once is the same name where the text
     * repeats it, whatever the words around it there. Not inside a longer name (燕房线|支线, 萧曹运河|拱桥: a head word follows),
     * nor in quotes (a slogan's 南连粤港).
     */
    private List<FoundFact> laterMentions(DocumentContext c, List<FoundFact> found) {
        String t = c.t();
        Set<String> names = new java.util.LinkedHashSet<>();
        for (FoundFact f : found) {
            String name = f.name();
            // a name that ends in its head word, a road's or line's last word (燕房线), section or phase (not 林浆纸, not 年产10万吨…项目 that opens on a size, not
            // 这条铁路 that points back)
            if (f.end() - f.start() >= REPEATED_NAME && t.substring(f.start(), f.end()).equals(name) && !nameTests.isRole(name)
                    && !Character.isDigit(name.charAt(0))
                    && (projectWords.headEndingAt(t, f.end()) != null || projectWords.bareEnds.stream().anyMatch(name::endsWith)
                            || NameEnd.endsInSectionOrPhase(t, f.end()))) {
                names.add(name);
                String line = lineOfSection(t, f);
                if (line != null) {
                    names.add(line);
                }
                String alias = lineByInitials(name);
                if (alias != null) {
                    names.add(alias);
                }
            }
        }
        List<FoundFact> out = new ArrayList<>(found);
        for (String name : names) {
            for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
                int start = i;
                int end = i + name.length();
                if (out.stream().anyMatch(f -> f.start() < end && start < f.end())
                        || c.text().tokenStartingAt(start) == null || c.text().tokenEndingAt(end) == null
                        || headSoonAfter(t, end) || !standsAlone(c, start) || COUNT_AFTER.matcher(t).region(end, t.length()).lookingAt()
                        || c.quoted().anyQuoted(start, end)
                        || NameEnd.blockedAfter(t, end, projectWords.headBlockers) || nameEnds.companyFollows(t, end)
                        || nameEnds.serviceFollows(t, end)) {
                    continue;
                }
                out.add(FoundFact.project(start, end, name));
            }
        }
        out.sort(Comparator.comparingInt(FoundFact::start));
        return out;
    }

    private void findProposed(DocumentContext c, List<FoundFact> out) {
        if (proposer == null) {
            return;
        }
        List<FoundFact> rules = List.copyOf(out);
        for (int[] span : proposer.apply(c.text())) {
            if (rules.stream().noneMatch(r -> r.start() < span[1] && span[0] < r.end())
                    && headIn(c.t(), span[0], span[1])) {
                acceptance.accept(c, span[0], span[1], false, out);
            }
        }
    }

    /** Whether a head word of project-suffixes.txt stands inside {@code [start, end)}. */
    private boolean headIn(String t, int start, int end) {
        for (int i = start; i < end; i++) {
            String h = projectWords.suffixAt(t, i);
            if (h != null && i + h.length() <= end) {
                return true;
            }
        }
        return false;
    }

    private void findKnown(String t, List<FoundFact> out) {
        List<int[]> hits = new ArrayList<>();
        for (String name : projectWords.known) {
            for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + name.length())) {
                // “西电东送”|累计送电量: a measure, not the works; 引江济淮|集团: the company named after it
                if (!NameEnd.blockedAfter(t, i + name.length(), projectWords.headBlockers) && !nameEnds.companyFollows(t, i + name.length())
                        && !NameAcceptance.farEndOfSection(t, i, i + name.length())) {
                    hits.add(new int[] {i, i + name.length()});
                }
            }
        }
        // 香港国际机场 + 机场三跑道系统: known names that share characters are one name
        hits.sort(Comparator.comparingInt((int[] h) -> h[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] h : hits) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && h[0] < last[1] && h[0] > last[0] && h[1] > last[1]) {
                merged.add(new int[] {last[0], h[1]});
            }
            merged.add(h);
        }
        for (int[] h : merged) {
            int end = h[1];
            String head = projectWords.suffixAt(t, end);
            if (head != null && head.length() == 1 && ProjectWords.isFacilityHead(head)) {
                end += head.length(); // 江门中微子实验|站: the facility built for a known work, a one-character head its own
            }
            end = nameEnds.extendByPhase(t, end);
            out.add(FoundFact.project(h[0], end, t.substring(h[0], end).replaceAll("\\s+", "")));
        }
    }

    /** Overlapping candidates: the longest wins; exact duplicates collapse. */
    private static List<FoundFact> resolve(List<FoundFact> candidates) {
        candidates.sort(Comparator.comparingInt((FoundFact f) -> f.end() - f.start()).reversed()
                .thenComparingInt(FoundFact::start));
        List<FoundFact> kept = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (FoundFact f : candidates) {
            boolean clash = false;
            for (FoundFact k : kept) {
                if (k.overlaps(f)) {
                    clash = true;
                    break;
                }
            }
            if (!clash && seen.add(((long) f.start() << 32) | f.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(FoundFact::start));
        return kept;
    }
}
