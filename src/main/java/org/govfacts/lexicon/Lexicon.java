package org.govfacts.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language resources under {@code dictionaries/}: plain-text word lists ({@code NAME.txt},
 * one entry a line) and tables ({@code NAME.tsv}, tab-separated). Lines starting with {@code #}
 * and blank lines are ignored, so a researcher can annotate and edit the files freely.
 *
 * <p>Files in the dictionaries folder on disk win; the copies packed into the jar are the fallback,
 * so the tool runs from the jar alone and an edit takes effect on the next run without rebuilding.
 */
public final class Lexicon {
    /** System property naming the dictionaries folder. */
    public static final String PROPERTY = "govfacts.dictionaries";

    private final Path dir;
    private final Map<String, List<String[]>> cache = new ConcurrentHashMap<>();
    private volatile Gazetteer gazetteer;
    private volatile IndicatorNames indicatorNames;

    private Lexicon(Path dir) {
        this.dir = dir;
    }

    /** The folder given, or null for the copies inside the jar. */
    public static Lexicon at(Path dir) {
        return new Lexicon(dir);
    }

    /**
     * Locates the dictionaries: the {@value #PROPERTY} property, then {@code $GOVFACTS_HOME/dictionaries},
     * then {@code ./dictionaries}, then the jar's own copy.
     */
    public static Lexicon locate() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return new Lexicon(Paths.get(prop));
        }
        String home = System.getenv("GOVFACTS_HOME");
        if (home != null && Files.isDirectory(Paths.get(home, "dictionaries"))) {
            return new Lexicon(Paths.get(home, "dictionaries"));
        }
        if (Files.isDirectory(Paths.get("dictionaries"))) {
            return new Lexicon(Paths.get("dictionaries"));
        }
        return new Lexicon(null);
    }

    /** Where the files are read from, for messages. */
    public String origin() {
        return dir == null ? "built-in dictionaries" : dir.toString();
    }

    /** The entries of {@code NAME.txt}: first column of each non-comment line. */
    public List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(name + ".txt")) {
            out.add(row[0]);
        }
        return out;
    }

    /** The rows of {@code NAME.tsv}, split on tabs. */
    public List<String[]> table(String name) {
        return rows(name + ".tsv");
    }

    /** The administrative divisions of {@code admin-divisions.tsv}, built once. */
    public Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            synchronized (this) {
                if (gazetteer == null) {
                    gazetteer = Gazetteer.from(this);
                }
                g = gazetteer;
            }
        }
        return g;
    }

    /** What indicators mean ({@code indicator-synonyms.tsv}): names, spellings, look-alikes kept apart. */
    public IndicatorNames indicatorNames() {
        IndicatorNames n = indicatorNames;
        if (n == null) {
            n = IndicatorNames.from(this);
            indicatorNames = n;
        }
        return n;
    }

    /**
     * The indicators where a lower result is better ({@code lower-is-better.txt}: 失业率, 居民消费价格,
     * 能耗 …), words matched as substrings of an indicator: the one list of which way is better, read
     * by {@code compare.TargetRule} for check and panel alike.
     */
    public List<String> lowerIsBetter() {
        return words("lower-is-better");
    }

    /**
     * The qualifier words that stand before a figure ({@code qualifiers.tsv}, position "before": 超过,
     * 近, 约 …): the one list of them, read where a check looks past a qualifier to the word before it.
     */
    public List<String> qualifiersBefore() {
        List<String> out = new ArrayList<>();
        for (String[] row : table("qualifiers")) {
            if (row.length >= 3 && row[2].strip().equals("before")) {
                out.add(row[0].strip());
            }
        }
        return out;
    }

    /**
     * The growth cues of {@code rate-cues.tsv} (增长, 下降, 年增 …) of a plain change, on the year before or a yearly
     * average: not a gap against a benchmark (高于) nor a contribution (拉动). {@code sign} "+" or "-" picks the rising
     * or falling ones, null both. The one reading of the table's columns for the stages that cut a cue off a phrase
     * or read a change's direction.
     */
    public List<String> growthCues(String sign) {
        List<String> out = new ArrayList<>();
        for (String[] row : table("rate-cues")) {
            if (row.length >= 4 && row[1].strip().equals("growth") && (sign == null || row[2].strip().equals(sign))
                    && List.of("-", "yoy", "annual_avg").contains(row[3].strip())) {
                out.add(row[0].strip());
            }
        }
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }

    /**
     * What may stand between a change word and its amount (减少了, 增加约, 增加超过): the qualifiers before a
     * figure and the words of {@code change-links.txt}, longest first, so the longest is looked past.
     */
    public List<String> changeLinks() {
        List<String> out = union(qualifiersBefore(), words("change-links"));
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }

    /**
     * The words of {@code indicator-fillers.tsv} at one {@code position} (leading, inner, trailing, opener): words
     * around an indicator phrase that are not part of what is measured, read by the attributor and the check alike.
     */
    public List<String> indicatorFillers(String position) {
        return withReachWords(wordsAt("indicator-fillers", List.of("leading", "inner", "trailing", "opener"), position), position);
    }

    /**
     * {@code indicator-reach-words.txt}: words between what a figure measures and the figure (达到, 突破, 不低于, 仍), none
     * of them part of what is measured; the trailing words of both indicator tables and the checker's subject fillers
     * read this one list, so that a word added to it reaches all three.
     */
    public List<String> indicatorReachWords() {
        return words("indicator-reach-words");
    }

    private List<String> withReachWords(List<String> words, String position) {
        return position.equals("trailing") ? List.copyOf(union(words, indicatorReachWords())) : words;
    }

    /** The words of {@code first}, then those of {@code second} not among them, in order. */
    private static List<String> union(List<String> first, List<String> second) {
        List<String> out = new ArrayList<>(first);
        for (String w : second) {
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The words of {@code now-words.tsv} of one {@code use} (current, running, dateline, opener): words of the present,
     * kept in one file for the period resolver, the report date finder and check, which read them for different jobs.
     */
    public List<String> nowWords(String use) {
        return wordsAt("now-words", List.of("current", "running", "dateline", "opener"), use);
    }

    /**
     * The words of {@code indicator-name-edges.tsv} at one {@code position} (leading, trailing, introducer): words at
     * the ends of an indicator phrase that do not change which indicator it is, read by panel and check alike.
     */
    public List<String> indicatorNameEdges(String position) {
        return withReachWords(wordsAt("indicator-name-edges", List.of("leading", "trailing", "introducer"), position), position);
    }

    /**
     * {@code indicator-removals.txt}: phrases removed from an indicator wherever they stand (比上年, 在…的情况下),
     * read by the attributor and the check's subjects alike.
     */
    public List<java.util.regex.Pattern> indicatorRemovals() {
        return words("indicator-removals").stream().map(java.util.regex.Pattern::compile).toList();
    }

    /**
     * 高于, 低于, 好于 …: words that set a figure against another stated right after them, to where the first stands (above,
     * below, better, worse), longest first (comparison-words.tsv).
     */
    public Map<String, String> comparisonWords() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        table("comparison-words").stream().filter(r -> r.length >= 2 && !r[0].isEmpty())
                .sorted(java.util.Comparator.comparingInt((String[] r) -> r[0].length()).reversed())
                .forEach(r -> {
                    if (!List.of("above", "below", "better", "worse").contains(r[1])) {
                        throw new IllegalArgumentException("comparison-words.tsv: '" + r[1] + "' is none of above, below, better, worse");
                    }
                    out.putIfAbsent(r[0], r[1]);
                });
        return out;
    }

    /** 分产业看, 按行业分: the words of a line that only opens the parts of the total before it (breakdown-headings.txt). */
    public BreakdownHeadings breakdownHeadings() {
        return new BreakdownHeadings(words("breakdown-headings").stream().map(java.util.regex.Pattern::compile).toList());
    }

    /** The words of a two-column table (word, position) at one {@code position}; a position not in {@code positions} is an error. */
    private List<String> wordsAt(String file, List<String> positions, String position) {
        List<String> out = new ArrayList<>();
        for (String[] row : table(file)) {
            if (row.length < 2 || row[0].isEmpty()) {
                continue;
            }
            if (!positions.contains(row[1])) {
                throw new IllegalArgumentException(file + ".tsv: position '" + row[1] + "' is none of " + positions
                        + " (word " + row[0] + ")");
            }
            if (row[1].equals(position)) {
                out.add(row[0]);
            }
        }
        return List.copyOf(out);
    }

    private List<String[]> rows(String file) {
        return cache.computeIfAbsent(file, this::load);
    }

    private List<String[]> load(String file) {
        try (InputStream in = open(file)) {
            if (in == null) {
                throw new IllegalStateException("dictionary file " + file + " not found in " + origin());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parseTable(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file + " in " + origin(), e);
        }
    }

    /** Lines in the form of these files: comments and blank lines dropped, the rest split on tabs. */
    public static List<String[]> parseTable(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            out.add(cols);
        }
        return List.copyOf(out);
    }

    private InputStream open(String file) throws IOException {
        if (dir != null) {
            Path p = dir.resolve(file);
            if (Files.isRegularFile(p)) {
                return Files.newInputStream(p);
            }
        }
        return Lexicon.class.getClassLoader().getResourceAsStream("dictionaries/" + file);
    }
}
