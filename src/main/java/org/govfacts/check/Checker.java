package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.govfacts.compare.TargetRule;
import org.govfacts.fact.Fact;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.resolve.Places;

/**
 * Cross-checks the figures of a set of reports: within each report (sums, rates, shares, splits,
 * restatements) and between reports (projects, indicators, growth against levels). The same input
 * always gives the same findings in the same order ({@link Finding#ORDER}).
 */
public final class Checker {
    private final CheckWords words;
    private final Places places;
    private final BreakdownCheck breakdowns;
    private final RateCheck rates;
    private final SplitCheck splits;
    private final GapCheck gaps;
    private final ComparedBaseCheck comparedBases;
    private final PlanGapCheck planGaps;
    private final LabelledPartsCheck labelledParts;
    private final ContributionCheck contributions;
    private final BalanceCheck balances;
    private final RunningAccountCheck accounts;
    private final StructureCheck structures;
    private final TableCheck tables = new TableCheck();
    private final TableSumCheck tableSums;
    private final StageSplitCheck stageSplits;
    private final RestatementCheck restatements;
    private final GrowthCheck growth;
    private final CompoundGrowthCheck compoundGrowth;
    private final WeightedGrowthCheck weightedGrowth;
    private final FormerLatterCheck formerLatter;
    private final ShareChangeCheck shareChanges;
    private final ProjectCheck projects;
    private final Predicate<String> projectNames;
    private final TargetCheck targets;
    private final ShareSetCheck shareSets = new ShareSetCheck();
    private final TargetTableCheck targetTables;
    private final IdentityCheck identities;

    public Checker(CheckWords words) {
        this(words, Places.EMPTY, name -> true, new TargetRule(List.of()));
    }

    /**
     * Project names pass {@code projectNames} to enter the register and the project checks; targets
     * are judged against results by {@code rule}.
     */
    private final PartitionShareCheck partitionShares;
    private final AgeLevelsCheck ageLevels;
    private final YieldCheck yields;
    private final ChangeDirectionCheck changeDirections;
    private final RegionSumCheck regionSums;

    private Checker(CheckWords words, Places places, Predicate<String> projectNames, TargetRule rule) {
        this.words = words;
        this.places = places;
        this.projectNames = projectNames;
        this.targets = new TargetCheck(words, rule);
        this.targetTables = new TargetTableCheck(words, rule);
        this.breakdowns = new BreakdownCheck(words);
        this.weightedGrowth = new WeightedGrowthCheck(words, breakdowns.partitions());
        this.formerLatter = new FormerLatterCheck(words);
        this.tableSums = new TableSumCheck(words);
        this.rates = new RateCheck(words);
        this.splits = new SplitCheck(words);
        this.gaps = new GapCheck(words);
        this.comparedBases = new ComparedBaseCheck(words);
        this.planGaps = new PlanGapCheck(words);
        this.labelledParts = new LabelledPartsCheck(words);
        this.contributions = new ContributionCheck(words);
        this.balances = new BalanceCheck(words);
        this.accounts = new RunningAccountCheck(words);
        this.structures = new StructureCheck(words);
        this.stageSplits = new StageSplitCheck(words);
        this.restatements = new RestatementCheck(words);
        this.growth = new GrowthCheck(words);
        this.compoundGrowth = new CompoundGrowthCheck(words);
        this.projects = new ProjectCheck(restatements);
        this.identities = new IdentityCheck(words);
        this.partitionShares = new PartitionShareCheck(words);
        this.ageLevels = new AgeLevelsCheck(words);
        this.shareChanges = new ShareChangeCheck(words);
        this.regionSums = new RegionSumCheck(words, places);
        this.yields = new YieldCheck(words);
        this.changeDirections = new ChangeDirectionCheck(words);
    }

    public Checker(Lexicon lexicon) {
        this(CheckWords.from(lexicon), Places.of(lexicon), new ProjectNameTest(lexicon), TargetRule.from(lexicon));
    }

    public CheckWords words() {
        return words;
    }

    /** The findings over these reports, and the reports whose checks stopped on an error, each with the reason. */
    public record Run(List<Finding> findings, List<String> stopped) {
        public Run {
            findings = List.copyOf(findings);
            stopped = List.copyOf(stopped);
        }
    }

    public List<Finding> check(List<CheckDocument> documents) {
        return run(documents).findings();
    }

    public Run run(List<CheckDocument> documents) {
        List<String> stopped = new ArrayList<>();
        List<DocumentView> views = new ArrayList<>();
        for (CheckDocument d : merged(documents)) {
            views.add(DocumentView.of(d));
        }
        List<Finding> out = new ArrayList<>();
        List<Finding> goals = new ArrayList<>(); // after the targets paired by measure, whose findings say more
        for (DocumentView d : views) {
            int first = out.size();
            int goalsBefore = goals.size();
            try {
                checkOne(d, out, goals, first);
            } catch (RuntimeException e) {
                // one report's text that a check cannot read loses that report's findings, not the run's
                out.subList(first, out.size()).clear();
                goals.subList(goalsBefore, goals.size()).clear();
                stopped.add(d.doc() + ": its checks stopped (" + e + "); its own findings are left out");
            }
        }
        out.addAll(restatements.betweenDocuments(views));
        out.addAll(growth.check(views));
        out.addAll(gaps.betweenDocuments(views, out));
        out.addAll(targets.check(views));
        out.addAll(goals);
        out.addAll(projects.check(ProjectRegister.fromViews(views, words, places, projectNames)));
        return new Run(dedupe(Plausibility.apply(out)), stopped);
    }

    /** The checks within one report, in order, their findings added to {@code out} (and goals beside results to {@code goals}). */
    private void checkOne(DocumentView d, List<Finding> out, List<Finding> goals, int first) {
        List<Breakdown> found = breakdowns.find(d);
        out.addAll(breakdowns.check(found));
        List<Finding> weighted = weightedGrowth.check(found);
        out.addAll(weighted);
        out.addAll(weightedGrowth.bounds(d, weighted));
        List<Finding> rated = rates.check(d, found);
        out.addAll(rated);
        out.addAll(shareSets.check(d, rated));
        out.addAll(yields.check(d));
        out.addAll(formerLatter.check(d));
        out.addAll(splits.check(d));
        out.addAll(gaps.check(d));
        out.addAll(comparedBases.check(d));
        out.addAll(planGaps.check(d));
        List<LabelledPartsCheck.ScopedRun> scopedRuns = labelledParts.scopedRuns(d);
        out.addAll(labelledParts.check(d, scopedRuns));
        out.addAll(contributions.check(d));
        out.addAll(compoundGrowth.check(d));
        out.addAll(balances.check(d));
        out.addAll(accounts.check(d));
        out.addAll(structures.check(d, found));
        out.addAll(partitionShares.check(d));
        out.addAll(ageLevels.check(d));
        out.addAll(regionSums.check(d));
        out.addAll(shareChanges.check(d));
        out.addAll(changeDirections.check(d));
        out.addAll(tables.check(d));
        out.addAll(tableSums.check(d, List.copyOf(out.subList(first, out.size()))));
        out.addAll(targetTables.check(d));
        goals.addAll(targets.goalsBesideResults(d));
        out.addAll(stageSplits.check(d, found));
        out.addAll(restatements.withinDocument(d, found, scopedRuns));
        // last: an identity's figures may already be judged together by a check above
        List<Finding> identical = identities.check(d, found, List.copyOf(out.subList(first, out.size())));
        out.removeIf(f -> identical.stream().anyMatch(i -> IdentityCheck.supersedes(i, f)));
        out.addAll(identical);
    }

    public ProjectRegister register(List<CheckDocument> documents) {
        List<DocumentView> views = new ArrayList<>();
        for (CheckDocument d : merged(documents)) {
            views.add(DocumentView.of(d));
        }
        return ProjectRegister.fromViews(views, words, places, projectNames);
    }

    /** Documents with one id are one document (facts read from several files); sorted by id. */
    private static List<CheckDocument> merged(List<CheckDocument> documents) {
        Map<String, List<Fact>> facts = new java.util.TreeMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (CheckDocument d : documents) {
            facts.computeIfAbsent(d.doc(), k -> new ArrayList<>()).addAll(d.facts());
            if (d.originalText() != null) {
                texts.putIfAbsent(d.doc(), d.originalText());
            }
        }
        List<CheckDocument> out = new ArrayList<>();
        for (var e : facts.entrySet()) {
            List<Fact> unique = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Fact f : e.getValue()) {
                if (seen.add(f.type() + ":" + f.start() + ":" + f.end() + ":" + f.value() + ":" + f.name() + ":" + f.rank())) {
                    unique.add(f);
                }
            }
            out.add(new CheckDocument(e.getKey(), unique, texts.get(e.getKey())));
        }
        return out;
    }

    /** One finding per kind and set of figures; sorted. */
    private static List<Finding> dedupe(List<Finding> findings) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Finding f : findings) {
            StringBuilder k = new StringBuilder(f.kind().name());
            for (Fact x : f.facts()) {
                k.append('|').append(x.doc()).append(':').append(x.start()).append(':').append(x.end()).append(':').append(x.type());
            }
            unique.putIfAbsent(k.toString(), f);
        }
        List<Finding> out = new ArrayList<>(unique.values());
        out.sort(Finding.ORDER);
        return List.copyOf(out);
    }
}
