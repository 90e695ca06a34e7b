package org.govfacts.extract.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FactFinder;
import org.govfacts.extract.FoundFact;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.AnalyzedText;

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
        NameTests nameTests = new NameTests(projectWords);
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
        listedNames.findInstitutionsListed(c, candidates);
        listedNames.findIntroduced(c, candidates);
        listedNames.findEnumerated(c, candidates);
        seriesNames.findSeries(c, candidates);
        shapedNames.findRouteLines(c, candidates);
        shapedNames.findBracketedInitials(c, candidates);
        shapedNames.findCodedSections(c, candidates);
        shapedNames.findExtendedRoads(c, candidates);
        shapedNames.findSizedPlants(c, candidates);
        listedNames.findDescribedItems(c, candidates);
        listedNames.findCompletedLists(c, candidates);
        listedNames.findCountedColonLists(c, candidates);
        listedNames.findCountedBracketLists(c, candidates);
        listedNames.findInvestedItems(c, candidates);
        headWordNames.findBySuffix(c, candidates);
        findProposed(c, candidates);
        return resolve(candidates);
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
