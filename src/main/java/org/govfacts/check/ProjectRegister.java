package org.govfacts.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.resolve.Places;

/**
 * Every project the reports name, each listed once: its name variants linked across reports and
 * scripts ({@link ProjectNames}), and what is said of it in the words after each mention: figures
 * (总投资120亿元的…, 仅用时16个月), stages reached (签约, 开工, 投产) and dates. Only names
 * that pass the extractor's own test enter ({@link ProjectNameTest}), also when read from fact files.
 */
public final class ProjectRegister {
    private static final Pattern DATE = Pattern.compile(
            "((19|20)\\d{2}年)?(去年|今年|明年|上年|当年)?\\d{1,2}月(\\d{1,2}日|底|初|份|中旬|上旬|下旬)?");
    /** Text that may join names of one list: 、 and, or a comma. */
    private static final String LIST_GLUE = "、，,和与及 ";

    private final List<Project> projects;

    private ProjectRegister(List<Project> projects) {
        this.projects = List.copyOf(projects);
    }

    public List<Project> projects() {
        return projects;
    }

    /** What one mention says of its project. */
    private record Said(Placed mention, List<Project.Figure> figures, List<String> statuses, List<String> dates) {
    }

    static ProjectRegister fromViews(List<DocumentView> docs, CheckWords words, Places places, Predicate<String> nameTest) {
        ProjectNames names = new ProjectNames(words);
        List<Said> said = new ArrayList<>();
        for (DocumentView d : docs) {
            for (SentenceView s : d.sentences()) {
                for (Said x : readSentence(s, words)) {
                    if (nameTest.test(nameOf(x.mention().fact()))) {
                        said.add(x); // a name from an older fact file may be a slogan or a category
                    }
                }
            }
        }
        // Link names: union-find over the distinct names, in sorted order so the result never depends on input order.
        // Where each name is: the places it names (南通新机场, 中国(安徽)自贸试验区, 长江国家文化公园(江西段)),
        // else the provinces of the reports naming it. Names whose cores match are one project only where
        // their places agree, judged for whole groups so that a bare 国际陆港 cannot chain 石家庄国际陆港 to
        // 怀化国际陆港; sections of a line (宜涪段, 武宜段) and phases (一期, 二期) are kept apart the same way.
        List<String> saidNames = new ArrayList<>();
        Map<String, Set<String>> provincesOf = new TreeMap<>();
        for (Said x : said) {
            Fact f = x.mention().fact();
            String name = ProjectNames.display(nameOf(f));
            saidNames.add(name);
            String region = f.regionNorm() != null ? f.regionNorm() : f.region(); // a project keeps its report's region
            String province = region == null || region.equals(Places.COUNTRY) ? null : places.province(region);
            Set<String> set = provincesOf.computeIfAbsent(name, k -> new TreeSet<>());
            if (province != null) {
                set.add(province);
            }
        }
        List<String> nameList = new ArrayList<>(provincesOf.keySet());
        Map<String, Integer> indexOf = new HashMap<>();
        List<ProjectNames.Core> cores = new ArrayList<>();
        List<Whereabouts> where = new ArrayList<>();
        for (String name : nameList) {
            indexOf.put(name, cores.size());
            ProjectNames.Core core = names.core(name);
            cores.add(core);
            where.add(Whereabouts.of(name, core.phase(), places, provincesOf.get(name)));
        }
        int[] parent = new int[nameList.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < parent.length; i++) {
            for (int j = i + 1; j < parent.length; j++) {
                if (names.same(cores.get(i), cores.get(j))) {
                    int a = find(parent, i);
                    int b = find(parent, j);
                    boolean exact = cores.get(i).text().equals(cores.get(j).text());
                    if (a != b && where.get(a).agrees(where.get(b), places, exact)) {
                        int root = Math.min(a, b);
                        where.set(root, where.get(a).with(where.get(b)));
                        parent[Math.max(a, b)] = root;
                    }
                }
            }
        }
        Map<Integer, List<Said>> clusters = new TreeMap<>();
        for (int k = 0; k < said.size(); k++) {
            int root = find(parent, indexOf.get(saidNames.get(k)));
            clusters.computeIfAbsent(root, r -> new ArrayList<>()).add(said.get(k));
        }
        List<Project> out = new ArrayList<>();
        for (List<Said> c : clusters.values()) {
            out.add(toProject(c, names));
        }
        out.sort(Comparator.comparing((Project p) -> p.mentions().get(0), Finding.FACT_ORDER));
        return new ProjectRegister(out);
    }

    /**
     * Where a group of linked names is: the places the names themselves name, the provinces of the
     * reports naming those that name none, and the sections of a line they name (宜涪段).
     */
    private record Whereabouts(Set<String> named, Set<String> reportProvinces, Set<String> sections, Set<String> phases) {
        private static final Pattern SECTION = Pattern.compile("([\\p{IsHan}A-Za-z0-9]{1,8}?)段");

        static Whereabouts of(String name, String phase, Places places, Set<String> reportProvinces) {
            Set<String> named = new TreeSet<>();
            for (Places.Mention m : places.in(name)) {
                if (!m.place().equals(Places.COUNTRY)) {
                    named.add(m.place());
                }
            }
            Set<String> sections = new TreeSet<>();
            Matcher m = SECTION.matcher(name);
            while (m.find()) {
                sections.add(m.group(1));
            }
            return new Whereabouts(named, named.isEmpty() && reportProvinces != null ? reportProvinces : Set.of(), sections,
                    phase.isEmpty() ? Set.of() : Set.of(phase));
        }

        /**
         * Whether two groups can be one project: no two places or sections that exclude each other; {@code exact}
         * where their names' cores are equal, not only alike.
         * Names that place nothing and are only alike (崖州湾国家实验室粮油作物实验基地 in 黑龙江's report,
         * …油菜试验基地 in 重庆's) are two works where their reports lie in different provinces; the same name in
         * reports of two provinces (川藏铁路 in 四川's and 西藏's) is one.
         */
        boolean agrees(Whereabouts o, Places places, boolean exact) {
            if (excludes(sections, o.sections) || excludes(phases, o.phases)) {
                return false; // 宜涪段 and 武宜段, 一期 and 二期 of one line are two projects
            }
            if (!named.isEmpty() && !o.named.isEmpty()) {
                return everyRelated(named, o.named, places) && everyRelated(o.named, named, places);
            }
            if (named.isEmpty() && o.named.isEmpty()) {
                return exact || !excludes(reportProvinces, o.reportProvinces);
            }
            Set<String> placed = named.isEmpty() ? o.named : named;
            Set<String> reported = named.isEmpty() ? reportProvinces : o.reportProvinces;
            if (reported.isEmpty()) {
                return true;
            }
            for (String p : placed) {
                if (reported.contains(places.province(p))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean excludes(Set<String> a, Set<String> b) {
            return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
        }

        private static boolean everyRelated(Set<String> xs, Set<String> ys, Places places) {
            for (String x : xs) {
                boolean related = false;
                for (String y : ys) {
                    related |= x.equals(y) || places.holders(x).contains(y) || places.holders(y).contains(x);
                }
                if (!related) {
                    return false;
                }
            }
            return true;
        }

        Whereabouts with(Whereabouts o) {
            return new Whereabouts(union(named, o.named), union(reportProvinces, o.reportProvinces), union(sections, o.sections),
                    union(phases, o.phases));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> out = new TreeSet<>(a);
            out.addAll(b);
            return out;
        }
    }

    private static String nameOf(Fact f) {
        return f.name() != null ? f.name() : f.text() == null ? "" : f.text();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Project toProject(List<Said> c, ProjectNames names) {
        c.sort(Comparator.comparing((Said x) -> x.mention().fact(), Finding.FACT_ORDER));
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> docs = new TreeSet<>();
        List<Fact> mentions = new ArrayList<>();
        List<Project.Figure> figures = new ArrayList<>();
        Set<String> seenFigures = new LinkedHashSet<>();
        List<Project.Said> statuses = new ArrayList<>();
        List<Project.Said> dates = new ArrayList<>();
        Set<String> seenSaid = new LinkedHashSet<>();
        for (Said x : c) {
            Fact m = x.mention().fact();
            counts.merge(ProjectNames.display(nameOf(m)), 1, Integer::sum);
            docs.add(m.doc());
            mentions.add(m);
            for (Project.Figure f : x.figures()) {
                if (seenFigures.add(f.fact().doc() + ":" + f.fact().start() + ":" + f.fact().end())) {
                    figures.add(f);
                }
            }
            for (String s : x.statuses()) {
                if (seenSaid.add("s|" + s + "|" + m.doc() + "|" + m.sentenceStart())) {
                    statuses.add(new Project.Said(s, m.doc(), m.sentence()));
                }
            }
            for (String s : x.dates()) {
                if (seenSaid.add("d|" + s + "|" + m.doc() + "|" + m.sentenceStart())) {
                    dates.add(new Project.Said(s, m.doc(), m.sentence()));
                }
            }
        }
        String name = counts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
        name = wholeOf(name, counts.keySet());
        name = fullestForm(name, counts.keySet(), names);
        figures.sort(Comparator.comparing(Project.Figure::fact, Finding.FACT_ORDER));
        return new Project(name, List.copyOf(counts.keySet()), List.copyOf(docs), mentions, figures, statuses, dates);
    }

    /**
     * The longest variant that holds {@code name} whole and adds only words that change no core
     * (a leading place, 工程, 项目, 产业园): 宁电入湘 is shown as 宁电入湘工程, 石油志丹LNG二期 as
     * 延长石油志丹LNG二期. A variant that adds a section, a line or an aside in brackets (渝昆高铁(渝宜段),
     * 南水北调中线工程) names a part, not the whole, and is never shown for it.
     */
    static String fullestForm(String name, Set<String> variants, ProjectNames names) {
        ProjectNames.Core core = names.core(name);
        String best = name;
        for (String v : variants) {
            int at = v.indexOf(name);
            if (at < 0 || v.length() <= best.length()) {
                continue;
            }
            String added = v.substring(0, at) + v.substring(at + name.length());
            if (PART_MARK.matcher(added).find()) {
                continue;
            }
            ProjectNames.Core other = names.core(v);
            if (other.text().equals(core.text()) && other.phase().equals(core.phase())) {
                best = v;
            }
        }
        return best;
    }

    /**
     * 西安咸阳国际机场 for 西安咸阳国际机场T5航站楼: when the name chosen adds a building of the facility (FACILITY_PART) to another
     * variant, the longest such variant, the whole, is shown (a phase or a section, 二期 or 格拉段, is a work of its own, kept).
     */
    static String wholeOf(String name, Set<String> variants) {
        String whole = null;
        for (String v : variants) {
            int at = name.indexOf(v);
            if (at < 0 || v.equals(name) || whole != null && v.length() <= whole.length()) {
                continue;
            }
            String added = name.substring(0, at) + name.substring(at + v.length());
            if (FACILITY_PART.matcher(added).find()) {
                whole = v;
            }
        }
        return whole == null ? name : whole;
    }

    /** A building of a facility (T5航站楼, 东二跑道), never shown for the facility. */
    private static final Pattern FACILITY_PART = Pattern.compile("航站楼|跑道|站房|码头|泊位|[A-Z]\\d");
    /** What marks a part of a work: a bracketed aside, a section, a line, a phase, a building of a facility. */
    private static final Pattern PART_MARK = Pattern.compile("[(（)）段线期]|" + FACILITY_PART.pattern());

    /** The project mentions of a sentence and what the words after each say of it. */
    private static List<Said> readSentence(SentenceView s, CheckWords words) {
        List<Placed> mentions = new ArrayList<>();
        for (Placed p : s.facts()) {
            if (p.fact().type() != FactType.PROJECT) {
                continue;
            }
            // A name inside another name (金大地 inside 金大地联碱…) is not a mention of its own.
            if (!mentions.isEmpty() && p.start() < mentions.get(mentions.size() - 1).end()) {
                continue;
            }
            mentions.add(p);
        }
        List<Said> out = new ArrayList<>();
        String text = s.text();
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size() && isGlue(text.substring(mentions.get(j).end(), Math.max(mentions.get(j).end(), mentions.get(j + 1).start())))) {
                j++;
            }
            Placed last = mentions.get(j);
            int tailStart = Math.min(last.end(), text.length());
            int tailEnd = j + 1 < mentions.size() ? mentions.get(j + 1).start() : text.length();
            for (int k = tailStart; k < tailEnd; k++) {
                char c = text.charAt(k);
                if (c == '；' || c == ';' || c == '。') {
                    tailEnd = k;
                    break;
                }
            }
            tailEnd = Math.max(tailStart, tailEnd);
            String tail = text.substring(tailStart, tailEnd);
            boolean single = i == j && !tail.startsWith("等");
            List<String> statuses = statuses(tail, words);
            List<String> dates = new ArrayList<>();
            Matcher m = DATE.matcher(tail);
            while (m.find()) {
                dates.add(m.group());
            }
            for (int k = i; k <= j; k++) {
                Placed mention = mentions.get(k);
                List<Project.Figure> figures = single ? figures(s, mention, tailStart, tailEnd, words) : List.of();
                out.add(new Said(mention, figures, statuses, dates));
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean isGlue(String between) {
        if (between.length() > 3) {
            return false;
        }
        for (int k = 0; k < between.length(); k++) {
            if (LIST_GLUE.indexOf(between.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> statuses(String tail, CheckWords words) {
        Set<String> found = new LinkedHashSet<>();
        for (int k = 0; k < tail.length(); k++) {
            String w = CheckWords.at(words.statusWords(), tail, k);
            if (w != null) {
                boolean negated = k > 0 && tail.charAt(k - 1) == '未';
                if (!negated) {
                    found.add(w);
                }
                k += w.length() - 1;
            }
        }
        return List.copyOf(found);
    }

    /**
     * Figures said of a single mention: in its own clause (双汇第三工业园一期5个子项目), durations and
     * investment anywhere up to the end of the sentence or semicolon (…项目,仅用时16个月就实现了开工),
     * and one written right before it with 的 (总投资120亿元的…).
     */
    private static List<Project.Figure> figures(SentenceView s, Placed mention, int tailStart, int tailEnd, CheckWords words) {
        List<Project.Figure> out = new ArrayList<>();
        int clauseEnd = tailStart;
        while (clauseEnd < tailEnd && "，,；;。".indexOf(s.text().charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        Placed before = null;
        for (Placed q : s.facts()) {
            if (q.fact().type() == FactType.PROJECT || Figures.number(q.fact()) == null) {
                continue;
            }
            if (q.end() <= mention.start()) {
                before = q;
            } else if (q.start() >= tailStart && q.start() < tailEnd && q.start() >= mention.end()) {
                String role = role(q, words);
                if (q.start() < clauseEnd || !role.equals("other")) {
                    out.add(new Project.Figure(role, q.fact()));
                }
            }
        }
        if (before != null) {
            String between = s.text().substring(before.end(), mention.start());
            if (between.equals("的")) {
                out.add(0, new Project.Figure(role(before, words), before.fact()));
            }
        }
        return out;
    }

    static String role(Placed q, CheckWords words) {
        String label = q.label();
        if (Figures.months(q.fact(), words) != null && CheckWords.firstIn(words.durationCues(), label) != null) {
            return "duration";
        }
        if (q.fact().type() == FactType.MONEY && label.contains("总投资")) {
            return "investment";
        }
        return "other";
    }
}
