package org.govfacts.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.govfacts.lexicon.IndicatorNames;
import org.govfacts.lexicon.Lexicon;

/**
 * The words the checker reads structure by, from {@code dictionaries/check_*} so a researcher can
 * add a cue without recompiling. Word lists are sorted longest first, so the longest cue wins.
 */
public record CheckWords(List<String> breakdownCues, List<String> totalCues, List<String> remainingCues,
                         List<String> statusWords, List<String> completionWords, List<String> durationCues,
                         Map<String, Double> monthsPerUnit, Map<String, String> countUnits, List<String> perUnitCues, List<String> planCues, List<String> projectGenericWords,
                         List<String> indicatorPrefixes, Map<String, String> indicatorSynonyms, List<String> genericIndicatorWords,
                         List<String> regions, List<String> subjectFillers, List<String> realGrowthWords,
                         List<String> comparisonHeads, Map<String, String> baseSpellings, Map<String, String> meanToMedian,
                         Map<String, String> gapCues, List<String> rateCountHeads, List<String[]> stageSplits,
                         List<String[]> partitions, List<String> rateVerbSuffixes, java.util.Set<String> knownIndicators,
                         List<String> decreaseCues, List<String[]> balances, List<String[]> completionRates,
                         List<String> targetVerbSuffixes, List<String> changeLinks, List<String> changeCues,
                         List<String> shareHeads, Map<String, String> indicatorCanon, List<String> measureHeads,
                         List<java.util.regex.Pattern> classificationCues, List<String> nominalGrowthWords,
                         List<String> identities, List<String> continuationOpeners,
                         List<String> progressOpeners, List<String[]> respectiveScopes, List<String> nameTrailingEdges,
                         List<String> partitionShareWords, Map<String, String> typedCanon, List<String> indicatorOpeners,
                         List<java.util.regex.Pattern> indicatorRemovals, List<String[]> tableColumns,
                         List<String> shareChangeBlockers, List<String> contributionWords,
                         Map<String, UnitConversion> unitConversions, List<String> previousPeriodCues, List<String> yearOnYearCues,
                         List<String> goalReachedVerbs, org.govfacts.compare.SpanLevels spanLevels, List<String> statementVerbs,
                         List<String[]> goalGaps, List<String> levelScopes, List<String> planBases, Map<String, List<String>> shareVerbsByRole,
                         org.govfacts.lexicon.GoalAfterFigure goalAfterFigure, List<String> populationBases, List<String> planGapWords,
                         List<String> planCeilingWords, List<String> adjustedBasisWords,
                         List<String> breadthRates, List<String> topicMarkers, List<String> genericBases,
                         List<String> runningTimeWords, List<String[]> stockStartRates,
                         RunningAccountWords runningAccounts, List<String> overlappingTotals,
                         List<String> adjustedTotalOpeners, Map<String, Integer> planGapSigns, List<String> headlineAggregates,
                         List<String> populationParts, YieldWords yieldWords, List<String> scopeExclusions,
                         List<String> listHeadingCounts, List<String> budgetAmountBases, Map<String, String> rateStemVariants,
                         Map<String, String> changeDirections, List<String> growthWords,
                         org.govfacts.lexicon.BreakdownHeadings breakdownHeadings, Map<String, String> comparisonWords,
                         List<java.util.regex.Pattern> formerLatterLabels, List<String> signedParts,
                         Map<String, List<String>> comparisonFrames, List<String> restCategories) {

    /**
     * Whether a sentence opens with a heading that only introduces the parts of a total stated before it (分产业看，第一产业…;
     * breakdown-headings.txt), a comma or colon after it.
     */
    boolean opensWithBreakdownHeading(String sentence) {
        for (int i = 1; i < Math.min(sentence.length(), 14); i++) {
            if ("，,：:".indexOf(sentence.charAt(i)) >= 0) {
                return breakdownHeadings.matches(sentence.substring(0, i).strip());
            }
        }
        return false;
    }

    /** Whether a unit converts to another (亩 to 公顷) or another to it (公顷): check_unit_conversions.tsv names it. */
    boolean converts(String unit) {
        return unitConversions.containsKey(unit) || unitConversions.values().stream().anyMatch(c -> c.base().equals(unit));
    }

    /** A unit as a number of its base unit (亩: 15 to the 公顷); a unit no conversion names is its own base, 1 to 1. */
    UnitConversion conversion(String unit) {
        return unitConversions.getOrDefault(unit, new UnitConversion(unit, 1));
    }

    /** True when a decrease word (减少, 下降 …) ends within a few characters before {@code at}, a qualifier or 了 between. */
    boolean decreaseBefore(String text, int at) {
        // 同比减少 6014.46 元: a PDF's spaces stand between the word and the figure
        String before = text.substring(Math.max(0, at - 8), at).stripTrailing();
        for (String link : changeLinks) {
            if (before.endsWith(link)) {
                before = before.substring(0, before.length() - link.length()).stripTrailing();
                break;
            }
        }
        for (String cue : decreaseCues) {
            if (before.endsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word of check_plan_gap_words.tsv that ends a figure's label (完成预算的85.0%，短收|7431万元), or null: the figure is a
     * gap against a plan, neither a level nor its change.
     */
    String planGapWordOf(String label) {
        return endingIn(planGapWords, TextForms.bare(TextForms.light(label)));
    }

    /** Whether {@code text} opens, past white space, with a cue of a list of parts (其中，税收收入…). */
    boolean opensWithBreakdownCue(String text) {
        return at(breakdownCues, text.strip(), 0) != null;
    }

    /** The verbs of one role in check_share_verbs.tsv (opener: 完成…的; copula: 占…为), in the file's order. */
    public List<String> shareVerbs(String role) {
        return shareVerbsByRole.getOrDefault(role, List.of());
    }

    /**
     * The words of one role in check_comparison_frames.tsv, which frame a figure set against the next (涨幅|略|高于…的;
     * 较…的…|低), in the file's order.
     */
    List<String> comparisonFrame(String role) {
        return comparisonFrames.getOrDefault(role, List.of());
    }

    /** A table of role and word read once: role → its words, in the file's order. */
    private static Map<String, List<String>> wordsByRole(Lexicon lexicon, String name) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (String[] row : optionalRows(lexicon, name)) {
            if (row.length >= 2) {
                out.computeIfAbsent(row[0].strip(), k -> new java.util.ArrayList<>()).add(row[1].strip());
            }
        }
        out.replaceAll((role, verbs) -> List.copyOf(verbs));
        return Map.copyOf(out);
    }

    /** How many of a unit make one of its base unit (15 亩 to the 公顷): check_unit_conversions.tsv. */
    public record UnitConversion(String base, double per) {
    }

    public static CheckWords from(Lexicon lexicon) {
        Map<String, Double> months = new LinkedHashMap<>();
        for (String[] row : lexicon.table("check_duration_units")) {
            if (row.length >= 2) {
                months.put(row[0], Double.parseDouble(row[1]));
            }
        }
        // spellings of one word part (规上 = 规模以上), from the one list of indicator names
        Map<String, String> synonyms = new LinkedHashMap<>(lexicon.indicatorNames().spellingFolds());
        // Each count unit maps to the first unit of its line: units with one group count one kind of thing.
        Map<String, String> counts = new java.util.TreeMap<>();
        for (String[] row : lexicon.table("check_count_units")) {
            for (String u : row) {
                if (!u.isEmpty()) {
                    counts.putIfAbsent(u, row[0]);
                }
            }
        }
        List<String> regions;
        try {
            regions = longestFirst(lexicon.words("regions"));
        } catch (IllegalStateException missing) {
            regions = List.of();
        }
        Map<String, Integer> planGapSigns = planGapSigns(lexicon); // its words read once, for both fields
        return new CheckWords(longestFirst(lexicon.words("check_breakdown_cues")), longestFirst(lexicon.words("check_total_cues")),
                longestFirst(lexicon.words("check_remaining_cues")), longestFirst(lexicon.words("check_status_words")),
                longestFirst(lexicon.words("check_completion_words")), longestFirst(lexicon.words("check_duration_cues")),
                Map.copyOf(months), Map.copyOf(counts), longestFirst(lexicon.words("check_per_unit_cues")),
                longestFirst(lexicon.words("check_plan_cues")),
                longestFirst(lexicon.words("check_project_generic_words")), longestFirst(lexicon.words("check_indicator_prefixes")),
                java.util.Collections.unmodifiableMap(synonyms), longestFirst(lexicon.words("check_generic_indicator_words")), regions,
                longestFirst(concat(optional(lexicon, "check_subject_fillers"), optional(lexicon, "indicator-threshold-words"), lexicon.indicatorReachWords())), optional(lexicon, "check_real_growth_indicators"),
                optional(lexicon, "check_comparison_heads"), optionalPairs(lexicon, "check_base_spellings", false),
                optionalPairs(lexicon, "check_median_words", true), optionalPairs(lexicon, "check_gap_cues", false),
                optional(lexicon, "check_rate_count_heads"), optionalRows(lexicon, "check_stage_splits"),
                optionalRows(lexicon, "check_partitions"), optional(lexicon, "check_rate_verb_suffixes"), knownIndicators(lexicon, synonyms),
                longestFirst(lexicon.growthCues("-")), optionalRows(lexicon, "check_balances"),
                optionalRows(lexicon, "check_completion_rates"), optional(lexicon, "check_target_verb_suffixes"),
                longestFirst(lexicon.changeLinks()), optional(lexicon, "change-cues"), optional(lexicon, "check_share_heads"),
                indicatorCanon(lexicon, synonyms), optional(lexicon, "check_measure_heads"),
                optional(lexicon, "check_classification_cues").stream().map(java.util.regex.Pattern::compile).toList(),
                optional(lexicon, "check_nominal_growth_cues"), optionalLines(lexicon, "check_identities"),
                longestFirst(optional(lexicon, "check_continuation_openers")),
                longestFirst(lexicon.nowWords("opener")),
                optionalRows(lexicon, "check_respective_scopes"),
                longestFirst(lexicon.indicatorNameEdges("trailing")),
                longestFirst(optional(lexicon, "check_partition_share_words")), typedCanon(lexicon, synonyms),
                longestFirst(lexicon.indicatorFillers("opener")),
                lexicon.indicatorRemovals(),
                optionalRows(lexicon, "check_table_columns"), optional(lexicon, "check_share_change_blockers"),
                longestFirst(optional(lexicon, "check_contribution_words")), unitConversions(lexicon),
                longestFirst(lexicon.words("check_previous_period_cues")), longestFirst(lexicon.words("yoy-cues")),
                longestFirst(optional(lexicon, "check_goal_reached_verbs")), org.govfacts.compare.SpanLevels.of(lexicon),
                longestFirst(optional(lexicon, "check_statement_verbs")), optionalRows(lexicon, "check_goal_gaps"),
                longestFirst(optional(lexicon, "check_level_scopes")), optional(lexicon, "check_plan_bases"), wordsByRole(lexicon, "check_share_verbs"),
                new org.govfacts.lexicon.GoalAfterFigure(lexicon), longestFirst(optional(lexicon, "check_population_bases")),
                longestFirst(List.copyOf(planGapSigns.keySet())), longestFirst(optional(lexicon, "check_plan_ceiling_words")),
                longestFirst(optional(lexicon, "check_adjusted_basis_words")), optional(lexicon, "check_breadth_rates"),
                optional(lexicon, "check_topic_markers"), optional(lexicon, "check_generic_bases"),
                longestFirst(lexicon.nowWords("running")), optionalRows(lexicon, "check_stock_start_rates"),
                RunningAccountWords.of(optionalRows(lexicon, "check_running_accounts")), optional(lexicon, "check_overlapping_totals"),
                longestFirst(optional(lexicon, "check_adjusted_total_openers")), planGapSigns, optional(lexicon, "check_headline_aggregates"),
                optional(lexicon, "check_population_parts"), YieldWords.of(optionalRows(lexicon, "check_yield_words")),
                optional(lexicon, "check_scope_exclusions"), longestFirst(optional(lexicon, "check_list_heading_counts")),
                optional(lexicon, "check_budget_amount_bases"), optionalPairs(lexicon, "check_rate_stem_variants", false),
                optionalPairs(lexicon, "check_change_directions", false),
                lexicon.growthCues(null), lexicon.breakdownHeadings(), lexicon.comparisonWords(),
                optional(lexicon, "check_former_latter").stream().map(java.util.regex.Pattern::compile).toList(),
                optional(lexicon, "check_signed_parts"), wordsByRole(lexicon, "check_comparison_frames"),
                longestFirst(optional(lexicon, "check_rest_categories")));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    /** check_plan_gap_words.tsv: +1 for a word of a result above its plan (超收), −1 below it (短收). */
    private static Map<String, Integer> planGapSigns(Lexicon lexicon) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String[] row : optionalRows(lexicon, "check_plan_gap_words")) {
            out.put(row[0], "-".equals(row[1]) ? -1 : 1);
        }
        return Map.copyOf(out);
    }

    private static Map<String, UnitConversion> unitConversions(Lexicon lexicon) {
        Map<String, UnitConversion> out = new LinkedHashMap<>();
        for (String[] row : optionalRows(lexicon, "check_unit_conversions")) {
            if (row.length >= 3) {
                out.put(row[0].strip(), new UnitConversion(row[1].strip(), Double.parseDouble(row[2].strip())));
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Whether an indicator key says what is measured: a known indicator, or a name holding a word of
     * check_measure_heads (产量, 增加值, 失业率). 两年平均, 高出全市 or a list item (铁路) do not.
     */
    boolean namesMeasure(String indicatorKey) {
        if (indicatorKey == null) {
            return false;
        }
        return knowsIndicator(indicatorKey) || firstIn(measureHeads, indicatorKey) != null;
    }

    /** The first name of the indicator's row in indicator-synonyms.tsv (GDP → 地区生产总值), the key itself, or "" for none. */
    String canonical(String indicatorKey) {
        return indicatorKey == null ? "" : indicatorCanon.getOrDefault(indicatorKey, indicatorKey);
    }

    /** Whether an indicator key is a name of indicator-synonyms.tsv (spellings folded). */
    boolean knowsIndicator(String indicatorKey) {
        return knownIndicators.contains(indicatorKey) || indicatorCanon.containsKey(indicatorKey);
    }

    /** Every plain name of an indicator of indicator-synonyms.tsv, spellings folded as indicator keys fold them. */
    private static java.util.Set<String> knownIndicators(Lexicon lexicon, Map<String, String> synonyms) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (var ind : lexicon.indicatorNames().indicators()) {
            for (String n : ind.plainNames()) {
                out.add(fold(n, synonyms));
            }
        }
        return java.util.Set.copyOf(out);
    }

    /**
     * Each plain name of indicator-synonyms.tsv (生产总值, 公共财政预算收入), spellings folded as indicator keys
     * fold them, to the first name of its row: what a target and its result are paired by, where the two
     * reports name one indicator two ways (地区生产总值 in the goals, 生产总值 in the results).
     */
    private static Map<String, String> indicatorCanon(Lexicon lexicon, Map<String, String> synonyms) {
        Map<String, String> out = new java.util.HashMap<>();
        for (var ind : lexicon.indicatorNames().indicators()) {
            String canon = fold(ind.canonical(), synonyms);
            out.putIfAbsent(canon, canon);
            for (String n : ind.plainNames()) {
                out.putIfAbsent(fold(n, synonyms), canon);
            }
        }
        return Map.copyOf(out);
    }

    /** Each typed name of indicator-synonyms.tsv (经济@growth) as "type:name" to the first name of its row. */
    private static Map<String, String> typedCanon(Lexicon lexicon, Map<String, String> synonyms) {
        Map<String, String> out = new java.util.HashMap<>();
        for (var ind : lexicon.indicatorNames().indicators()) {
            for (var n : ind.names()) {
                for (String type : n.types()) {
                    out.putIfAbsent(type + ":" + fold(n.text(), synonyms), fold(ind.canonical(), synonyms));
                }
            }
        }
        return Map.copyOf(out);
    }

    private static String fold(String name, Map<String, String> synonyms) {
        return IndicatorNames.foldSpellings(name.strip(), synonyms);
    }

    /** The rows of a table of two or more columns (each stripped) an older dictionaries folder may not have yet: none then. */
    private static List<String[]> optionalRows(Lexicon lexicon, String name) {
        List<String[]> out = new ArrayList<>();
        try {
            for (String[] row : lexicon.table(name)) {
                if (row.length >= 2 && !row[0].isBlank() && !row[1].isBlank()) {
                    out.add(java.util.Arrays.stream(row).map(String::strip).toArray(String[]::new));
                }
            }
        } catch (IllegalStateException missing) {
            // none
        }
        return List.copyOf(out);
    }

    /** Two-column table as a map (first column to second, or second to first when {@code reversed}); empty when absent. */
    private static Map<String, String> optionalPairs(Lexicon lexicon, String name, boolean reversed) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (String[] row : lexicon.table(name)) {
                if (row.length >= 2 && !row[0].isEmpty() && !row[1].isEmpty()) {
                    out.putIfAbsent(reversed ? row[1] : row[0], reversed ? row[0] : row[1]);
                }
            }
        } catch (IllegalStateException missing) {
            // an older dictionaries folder
        }
        // longest first, so 目标任务 is read before 目标
        List<Map.Entry<String, String>> entries = new ArrayList<>(out.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        Map<String, String> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(sorted);
    }

    /** The lines of a list in the order written (a line may hold spaces), or none when an older dictionaries folder lacks it. */
    private static List<String> optionalLines(Lexicon lexicon, String name) {
        try {
            return List.copyOf(lexicon.words(name));
        } catch (IllegalStateException missing) {
            return List.of();
        }
    }

    /** A word list that an older dictionaries folder may not have yet: empty then. */
    private static List<String> optional(Lexicon lexicon, String name) {
        try {
            return longestFirst(lexicon.words(name));
        } catch (IllegalStateException missing) {
            return List.of();
        }
    }

    static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(new TreeSet<>(words));
        out.removeIf(String::isEmpty);
        out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(out);
    }

    /** The first word of {@code words} that {@code text} contains, or null. */
    static String firstIn(List<String> words, String text) {
        for (String w : words) {
            if (text.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * A completion rate's name ending a label: a stem of check_completion_rates.tsv, then {@code naming} (a pattern: 率 in
     * 投资完成率, 比例 in 完成投资比例), then at most a copula of check_share_verbs.tsv. Null when the file has no stems.
     */
    java.util.regex.Pattern completionRateName(String naming) {
        List<String> stems = completionRates().stream().filter(r -> r.length >= 3).map(r -> r[0]).toList();
        if (stems.isEmpty()) {
            return null;
        }
        return java.util.regex.Pattern.compile("(?:" + alternation(stems) + ")(?:" + naming + ")(?:" + alternation(shareVerbs("copula")) + ")?$");
    }

    /** The words as alternatives of a pattern, longest first (达到 before 达). */
    static String alternation(java.util.Collection<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).toList());
    }

    /** The word of {@code words} that ends {@code text}, in the list's order (longest first where sorted so), or null. */
    static String endingIn(List<String> words, String text) {
        for (String w : words) {
            if (text.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    /** The word of {@code words} that starts at {@code at} in {@code text}, longest first, or null. */
    static String at(List<String> words, String text, int at) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }
}
