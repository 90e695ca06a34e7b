package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * Accounting identities between indicators ({@code dictionaries/check_identities.txt}): a whole that is by
 * definition the sum of its parts, stated anywhere in one report, with nothing in the text linking the
 * figures (地区生产总值3146.46亿元 in one paragraph, 第一产业增加值756.47亿元…第二产业…第三产业… in another).
 * Figures are matched by their indicator key (the key the other checks compare indicators by, a completion
 * word such as 完成 at either end dropped), as the line spells a term or, failing that, by the canonical
 * name indicator-synonyms.tsv gives it; within one frame: unit, region_norm, period_norm (a year's end
 * counting as the year, since every term of an identity is a stock or every one a flow) and status, all as
 * the resolve stage settled them. Precision comes first: a term stated with two values in the frame leaves
 * the identity unchecked there; so does a part larger than the whole, or one that the text itself makes a
 * part of another, larger total (财政总收入…，其中税收收入…). An identity that fails is not reported when the frame also names the whole for a
 * narrower scope (市本级一般公共预算收入 beside 一般公共预算收入) or another whole the line says its parts may
 * be of (户籍人口 beside 常住人口): the parts could be of either.
 */
final class IdentityCheck {
    /**
     * One term of an identity: its spellings as written (spellings of indicator-synonyms.tsv folded) and their canonical
     * names; {@code subtracted} for one taken away from the others (水资源总量 = 地表水 + 地下水 − 重复计算量).
     */
    record Term(List<String> spellings, List<String> canonical, boolean subtracted) {
        Term negated() {
            return new Term(spellings, canonical, true);
        }
    }

    /**
     * One line of the dictionary: the whole, its parts, every name of the whole (for narrower scopes of it) and
     * the other wholes its parts may be of (after ~).
     */
    record Identity(String line, Term whole, List<Term> parts, List<String> wholeNames, List<String> rivals) {
        List<Term> terms() {
            List<Term> all = new ArrayList<>(List.of(whole));
            all.addAll(parts);
            return all;
        }
    }

    private final CheckWords words;
    private final List<Identity> identities;

    IdentityCheck(CheckWords words) {
        this.words = words;
        List<Identity> out = new ArrayList<>();
        for (String line : words.identities()) {
            Identity i = parse(line);
            if (i != null) {
                out.add(i);
            }
        }
        this.identities = List.copyOf(out);
    }

    /** WHOLE = PART + PART … [~ OTHER WHOLE|…], spellings joined by |; null for a line not of that form. */
    private Identity parse(String line) {
        String[] rivalSplit = line.split("~", 2);
        List<String> rivals = rivalSplit.length > 1 && term(rivalSplit[1]) != null ? term(rivalSplit[1]).spellings() : List.of();
        String[] sides = rivalSplit[0].split("=");
        if (sides.length != 2) {
            return null;
        }
        Term whole = term(sides[0]);
        List<Term> parts = new ArrayList<>();
        for (String t : sides[1].split("\\+")) {
            String[] minus = t.split("\\s[−-]\\s"); // A − B: B is taken away (spaced, so that 0-14岁 stays a spelling)
            for (int i = 0; i < minus.length; i++) {
                Term part = term(minus[i]);
                if (part != null) {
                    parts.add(i == 0 ? part : part.negated());
                }
            }
        }
        if (whole == null || parts.size() < 2) {
            return null;
        }
        List<String> names = new ArrayList<>(whole.spellings());
        for (var e : words.indicatorCanon().entrySet()) {
            if (whole.canonical().contains(e.getValue()) && !names.contains(e.getKey())) {
                names.add(e.getKey()); // 进出口, 外贸进出口 … of 进出口总额
            }
        }
        return new Identity(line.strip(), whole, List.copyOf(parts), List.copyOf(names), rivals);
    }

    private Term term(String text) {
        List<String> spellings = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        for (String s : text.split("\\|")) {
            String k = Figures.foldSpellings(TextForms.bare(TextForms.light(s.strip())), words);
            if (k.length() >= 2 && !spellings.contains(k)) {
                spellings.add(k);
                String c = words.canonical(k);
                if (!canonical.contains(c)) {
                    canonical.add(c);
                }
            }
        }
        return spellings.isEmpty() ? null : new Term(List.copyOf(spellings), List.copyOf(canonical), false);
    }

    /** A figure of a frame under its indicator key. */
    private record Keyed(Placed placed, String key) {
    }

    /**
     * The identities of {@code d} that hold or fail, except those another check's sum of {@code already} sets
     * out over the same figures, or whose parts it or a list of {@code listed} (其中 …) reads as parts of another total.
     */
    List<Finding> check(DocumentView d, List<Breakdown> listed, List<Finding> already) {
        Map<String, List<Keyed>> frames = new LinkedHashMap<>();
        for (Placed p : d.placed()) {
            String key = eligible(p) ? key(p.fact()) : null;
            if (key != null) {
                frames.computeIfAbsent(frame(p), k -> new ArrayList<>()).add(new Keyed(p, key));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Keyed> figures : frames.values()) {
            for (Identity identity : identities) {
                Finding f = judge(identity, figures, listed, already);
                if (f != null) {
                    out.add(f);
                } else if (twoValues(identity, figures)) {
                    // 户籍 rates in one paragraph, 常住 rates in the next: a paragraph that states every term once is a frame of its own
                    Map<Integer, List<Keyed>> paragraphs = new LinkedHashMap<>();
                    for (Keyed k : figures) {
                        paragraphs.computeIfAbsent(k.placed().passage(), x -> new ArrayList<>()).add(k);
                    }
                    for (List<Keyed> paragraph : paragraphs.values()) {
                        Finding g = paragraphs.size() > 1 ? judge(identity, paragraph, listed, already) : null;
                        if (g != null) {
                            out.add(g);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code identity} finding replaces {@code other}: another check's sum over the same figures, or over more or
     * fewer of them (地表水, 地下水 and their 不重复量 after one 其中), that could not tell, where the identity says which parts
     * make the whole.
     */
    static boolean supersedes(Finding identity, Finding other) {
        if (other.kind() != FindingKind.SUM || other.verdict() != Verdict.CANNOT_TELL || identity == other) {
            return false;
        }
        // 地表水 + 地下水 against 水资源总量, which the identity reads with their 重复计算量 taken away
        return other.facts().size() >= identity.facts().size()
                ? identity.facts().stream().allMatch(x -> other.involves(x.doc(), x.start(), x.end()))
                : other.facts().stream().allMatch(x -> identity.involves(x.doc(), x.start(), x.end()));
    }

    private Finding judge(Identity identity, List<Keyed> figures, List<Breakdown> listed, List<Finding> already) {
        List<Term> terms = identity.terms();
        boolean narrower = false;
        for (Keyed k : figures) {
            if (termOf(terms, k.key()) < 0 && CheckWords.firstIn(words.perUnitCues(), k.key()) == null
                    && (identity.wholeNames().stream().anyMatch(n -> k.key().endsWith(n)) || identity.rivals().contains(k.key()))) {
                narrower = true; // 市本级一般公共预算收入; 户籍人口 beside 常住人口
            }
        }
        List<Placed> chosen = new ArrayList<>();
        for (List<Placed> stated : statedByTerm(terms, figures)) {
            Placed p = onlyValue(stated);
            if (p == null) {
                return null;
            }
            chosen.add(p);
        }
        Placed whole = chosen.get(0);
        List<Placed> parts = new ArrayList<>();
        for (int i = 1; i < chosen.size(); i++) {
            Placed p = chosen.get(i);
            // a subtracted term enters the sum below zero, at its own place in the text (so the finding points at it)
            parts.add(terms.get(i).subtracted() ? new Placed(p.fact().withValue(-p.fact().value()), p.sentence(), p.start(), p.end()) : p);
        }
        parts.sort((a, b) -> Finding.FACT_ORDER.compare(a.fact(), b.fact()));
        // a part larger than the whole: of another scope (全口径税收收入 against 一般公共预算收入), not a slip; unless another
        // part is below zero, as a rate's difference may be (出生率6.39‰ = 人口自然增长率﹣2.65‰ + 死亡率9.04‰)
        boolean signedParts = parts.stream().anyMatch(p -> p.fact().value() < 0);
        if (!signedParts && parts.stream().anyMatch(p -> p.fact().value() > whole.fact().value())) {
            return null;
        }
        if (listedUnderAnother(whole, parts, listed) || judgedAlready(whole, parts, already)) {
            return null;
        }
        Finding f = BreakdownCheck.judge(new Breakdown(whole, List.copyOf(parts), Breakdown.Form.IDENTITY), BreakdownCheck.identityWhy(identity.line()));
        if (f != null && f.verdict() != Verdict.CONSISTENT && anotherPartStated(terms, figures, chosen)) {
            return null; // 地表水源…地下水源… beside 其他水源供水量: a part the line leaves out, so the sum cannot be judged by it
        }
        // 常住人口8374万人…其中城镇人口…，乡村人口…: a list under the whole says whose parts they are, whatever
        // other whole (户籍人口) the report names elsewhere
        boolean listedUnderWhole = listedUnder(whole, parts, listed);
        if (f != null && f.verdict() != Verdict.CONSISTENT && !listedUnderWhole && partsNamedUnderRival(identity, parts)) {
            return null; // 全省常住人口中，男性人口…，女性人口…: the line says the parts are of the other whole
        }
        return f == null || narrower && !listedUnderWhole && f.verdict() != Verdict.CONSISTENT ? null : f;
    }

    /** Whether the first part's sentence names one of the identity's other wholes before it, as what it is a part of (常住人口中，). */
    private static boolean partsNamedUnderRival(Identity identity, List<Placed> parts) {
        Placed first = parts.get(0);
        String before = first.sentence().text().substring(0, Math.max(0, Math.min(first.start(), first.sentence().text().length())));
        return identity.rivals().stream().anyMatch(r -> !r.isBlank() && before.contains(r + "中"));
    }

    /**
     * Whether the frame holds a rest category of no term whose key ends as every part's key does (其他水源供水量 beside
     * 地表水源供水量 and 地下水源供水量): a further part of the same whole, which a shorter line of the identity leaves out.
     */
    private boolean anotherPartStated(List<Term> terms, List<Keyed> figures, List<Placed> chosen) {
        List<String> partKeys = new ArrayList<>();
        for (Keyed k : figures) {
            if (chosen.indexOf(k.placed()) > 0) {
                partKeys.add(k.key());
            }
        }
        if (partKeys.isEmpty()) {
            return false;
        }
        String ending = partKeys.get(0);
        for (String k : partKeys) {
            int n = 0;
            while (n < Math.min(ending.length(), k.length()) && ending.charAt(ending.length() - 1 - n) == k.charAt(k.length() - 1 - n)) {
                n++;
            }
            ending = ending.substring(ending.length() - n);
        }
        if (ending.length() < 2) {
            return false;
        }
        for (Keyed k : figures) {
            if (termOf(terms, k.key()) < 0 && k.key().endsWith(ending) && CheckWords.at(words.restCategories(), k.key(), 0) != null) {
                return true;
            }
        }
        return false;
    }

    /** The figures of {@code figures} each term names, in the order of {@code terms}. */
    private List<List<Placed>> statedByTerm(List<Term> terms, List<Keyed> figures) {
        List<List<Placed>> byTerm = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            byTerm.add(new ArrayList<>());
        }
        for (Keyed k : figures) {
            int t = termOf(terms, k.key());
            if (t >= 0) {
                byTerm.get(t).add(k.placed());
            }
        }
        return byTerm;
    }

    /** Whether some term of {@code identity} is stated with two values among {@code figures}. */
    private boolean twoValues(Identity identity, List<Keyed> figures) {
        return statedByTerm(identity.terms(), figures).stream().anyMatch(stated -> !stated.isEmpty() && onlyValue(stated) == null);
    }

    /** The term a key names: one it spells as written, else the one term whose canonical name it has, else -1. */
    private int termOf(List<Term> terms, String key) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).spellings().contains(key)) {
                return i;
            }
        }
        String canonical = words.canonical(key);
        int found = -1;
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).canonical().contains(canonical)) {
                if (found >= 0) {
                    return -1; // 公共预算支出: the whole and a part (地方一般公共预算支出) alike, so neither
                }
                found = i;
            }
        }
        return found;
    }

    /** The indicator key without a completion word at either end (地区生产总值完成, 完成地区生产总值), or null. */
    private String key(Fact f) {
        String k = Figures.indicatorKey(f, words);
        for (boolean cut = k != null; cut; ) {
            cut = false;
            for (String w : words.completionWords()) {
                if (k.length() - w.length() >= 2 && (k.startsWith(w) || k.endsWith(w))) {
                    k = k.startsWith(w) ? k.substring(w.length()) : k.substring(0, k.length() - w.length());
                    cut = true;
                }
            }
        }
        return k;
    }

    /**
     * A level stated as one plain figure: an amount that is no change (比上年增加…), no range, no bound or
     * approximation (约, 以上: an identity of bounds says little) and no rate per unit; or a ratio so stated.
     */
    private boolean eligible(Placed p) {
        Fact f = p.fact();
        boolean plain = f.valueMax() == null && f.qualifier() == null && !Figures.startsAChange(p);
        if (f.type() == FactType.RATIO) {
            // a rate per person (出生率12.17‰, 自然增长率﹣2.65‰): rates of one population add as amounts do, and a
            // difference of two of them may be below zero; the frame's unit keeps ‰ apart from %
            return plain && f.value() != null;
        }
        return Figures.isAddable(p, words) && f.value() > 0 && plain && f.basis() != Basis.CHANGE;
    }

    /**
     * The frame of a figure: unit, place, period and status as the resolve stage settled them. A figure whose place
     * or period it left open (a county bulletin that never names its county) is of the same unknown place and time
     * only as the figures of its own paragraph, so its frame is that paragraph.
     */
    private String frame(Placed p) {
        Fact f = p.fact();
        String period = f.periodNorm() == null ? null : YEAR_END.matcher(f.periodNorm()).replaceFirst("$1");
        String frame = Figures.unitClass(f, words) + "|" + f.regionNorm() + "|" + period + "|" + Measure.statusOf(f).id();
        return period == null || f.regionNorm() == null ? frame + "|passage " + framePassage(p) : frame;
    }

    /**
     * A figure's paragraph, or the one before it when its paragraph opens with a heading of parts (全市地区生产总值完成242.0亿元。 /
     * 分产业看，第一产业增加值27.5亿元…): those parts are of the total just stated.
     */
    private int framePassage(Placed p) {
        SentenceView first = p.sentence();
        while (first.previous() != null) {
            first = first.previous();
        }
        return p.passage() > 0 && words.opensWithBreakdownHeading(first.text()) ? p.passage() - 1 : p.passage();
    }

    /** A stock at a year's end (..2021-12), the year's figure for an identity of stocks. */
    private static final java.util.regex.Pattern YEAR_END = java.util.regex.Pattern.compile("^\\.\\.(\\d{4})-12$");

    /**
     * The first figure stated for a term, when all its figures agree in value (a restatement), or null when there
     * is none or two values (which of them the identity is of cannot be told).
     */
    private static Placed onlyValue(List<Placed> stated) {
        if (stated.isEmpty()) {
            return null;
        }
        Placed first = stated.get(0);
        for (Placed p : stated) {
            if (!first.fact().value().equals(p.fact().value())) {
                return null;
            }
        }
        return first;
    }

    /** Whether the text lists one of the parts under another, larger total (财政总收入…，其中税收收入…). */
    private static boolean listedUnderAnother(Placed whole, List<Placed> parts, List<Breakdown> listed) {
        for (Breakdown b : listed) {
            Fact total = b.total().fact();
            if (isAt(total, whole.fact()) || whole.fact().value().equals(total.value())) {
                continue;
            }
            for (Placed p : parts) {
                if (b.parts().stream().anyMatch(q -> isAt(q.fact(), p.fact())) && total.value() != null && total.value() > p.fact().value()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether another check's sum already reads these parts: against this whole, or a figure of its value (the
     * same sum, not judged twice, unless it could not tell; a list of only some of them is no such sum), or any one of them as a part of another, larger total (城镇人口 and 乡村人口 after
     * 其中 under 户籍人口: the text itself says what they are parts of, and it is not this whole).
     */
    private static boolean judgedAlready(Placed whole, List<Placed> parts, List<Finding> already) {
        for (Finding f : already) {
            if ((f.kind() != FindingKind.SUM && f.kind() != FindingKind.SPLIT) || f.facts().isEmpty()) {
                continue;
            }
            Fact total = f.facts().get(Plausibility.totalIndex(f));
            boolean sameWhole = isAt(total, whole.fact()) || whole.fact().value().equals(total.value());
            int there = 0;
            for (Placed p : parts) {
                if (f.facts().stream().anyMatch(x -> x != total && isAt(x, p.fact()))) {
                    there++;
                    if (!sameWhole && total.value() != null && total.value() > p.fact().value()) {
                        return true;
                    }
                }
            }
            if (sameWhole && there == parts.size() && f.facts().size() == parts.size() + 1) {
                // the same sum; one that could not tell only because its list might be partial is replaced ({@link #supersedes})
                return !(f.verdict() == Verdict.CANNOT_TELL && isAt(total, whole.fact()));
            }
        }
        return false;
    }

    /**
     * Whether the parts are listed under the whole: a breakdown of it, or its own sentence going on after
     * 其中 (年末常住人口8374万人，比上年末增加2万人，其中城镇人口…，乡村人口…), where no other whole stands.
     */
    private boolean listedUnder(Placed whole, List<Placed> parts, List<Breakdown> listed) {
        if (listed.stream().anyMatch(b -> isAt(b.total().fact(), whole.fact()) && b.parts().size() == parts.size()
                && parts.stream().allMatch(p -> b.parts().stream().anyMatch(q -> isAt(q.fact(), p.fact()))))) {
            return true;
        }
        Placed first = parts.stream().min(java.util.Comparator.comparingInt(Placed::start)).orElseThrow();
        if (parts.stream().anyMatch(p -> p.sentence() != first.sentence())) {
            return false;
        }
        // the whole as stated in the parts' sentence (a headline may state it first, elsewhere)
        Placed stated = null;
        for (Placed q : first.sentence().facts()) {
            if (q.end() <= first.start() && whole.fact().value().equals(q.fact().value()) && Figures.sameClass(q.fact(), whole.fact(), words)) {
                stated = q;
            }
        }
        if (stated == null) {
            return false;
        }
        String between = first.sentence().text().substring(stated.end(), first.start());
        return CheckWords.firstIn(words.breakdownCues(), between) != null && !org.govfacts.text.Clauses.breaksGroup(between);
    }

    private static boolean isAt(Fact a, Fact b) {
        return java.util.Objects.equals(a.doc(), b.doc()) && a.start() == b.start() && a.end() == b.end();
    }
}
