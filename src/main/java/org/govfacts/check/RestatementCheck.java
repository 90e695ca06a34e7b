package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * The same figure stated more than once: within a report (kind DUPLICATE) and between reports
 * (kind CROSS_DOCUMENT). Two figures are taken to state the same thing when either
 * <ul>
 * <li>they have one indicator and one period (between reports: one region and a period that names
 *     its year, since 今年 in two reports may be two different years), or</li>
 * <li>they are worded alike: the same words before and after the figure (全市共收集企业问题 … 条),
 *     long and specific enough to name what is counted, and no conflicting period or region.</li>
 * </ul>
 * Items of one list (分别增长13.4%、13.4%、7.2%) and figures after a semicolon (a new subject) are
 * not restatements of each other, and indicators that name no subject (总投资, 开工建设) are
 * never compared between sentences.
 */
final class RestatementCheck {
    /** Han characters the words before a figure need to count as a wording of their own. */
    static final int MIN_WORDING = 6;

    private final CheckWords words;

    RestatementCheck(CheckWords words) {
        this.words = words;
    }

    private String indicatorGroup(Fact f) {
        String indicator = Figures.indicatorKey(f, words);
        if (indicator == null || f.type() == FactType.PROJECT || Figures.number(f) == null || !Figures.isSpecific(indicator, words)) {
            return null;
        }
        return Figures.unitClass(f, words) + "|" + indicator;
    }

    /** The words around a figure with digits masked, or null when they are too short or too generic to identify it. */
    private String wording(Placed p) {
        Fact f = p.fact();
        if (f.type() == FactType.PROJECT || f.type() == FactType.RANKING || Figures.number(f) == null) {
            return null;
        }
        String label = TextForms.bare(p.label());
        int han = 0;
        for (int i = 0; i < label.length(); i++) {
            if (TextForms.isHan(label.charAt(i))) {
                han++;
            }
        }
        if (han < MIN_WORDING || label.contains("分别") || !Figures.isSpecific(label, words)) {
            return null;
        }
        return Figures.unitClass(f, words) + "|" + mask(label) + "#" + mask(TextForms.bare(p.tail()));
    }

    private static String mask(String s) {
        return s.replaceAll("[0-9][0-9.,]*", "#");
    }

    /** Within one report. */
    List<Finding> withinDocument(DocumentView d) {
        List<Placed> all = d.placed();
        List<String> groups = new ArrayList<>();
        List<String> wordings = new ArrayList<>();
        for (Placed p : all) {
            groups.add(indicatorGroup(p.fact()));
            wordings.add(wording(p));
        }
        List<Finding> out = new ArrayList<>();
        for (int j = 1; j < all.size(); j++) {
            for (int i = j - 1; i >= 0; i--) {
                boolean sameIndicator = groups.get(j) != null && groups.get(j).equals(groups.get(i));
                boolean sameWording = wordings.get(j) != null && wordings.get(j).equals(wordings.get(i));
                if (!sameIndicator && !sameWording) {
                    continue;
                }
                Finding f = compareWithin(all.get(i), all.get(j), sameIndicator, sameWording);
                if (f != null) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    private Finding compareWithin(Placed a, Placed b, boolean sameIndicator, boolean sameWording) {
        if (a.start() == b.start() && a.sentence() == b.sentence() || !Figures.sameClass(a.fact(), b.fact(), words)) {
            return null;
        }
        String pa = Figures.periodKey(a.fact());
        String pb = Figures.periodKey(b.fact());
        if (pa != null && pb != null && !pa.equals(pb)) {
            return null;
        }
        boolean sameSentence = a.sentence() == b.sentence();
        if (sameSentence) {
            if (!(ownsLabel(a) && ownsLabel(b))) {
                return null; // 分别增长13.4%、13.4%、7.2%: items of one list, not restatements
            }
            String between = a.sentence().text().substring(Math.min(a.end(), b.start()), Math.max(a.end(), b.start()));
            if (between.contains("；") || between.contains(";")) {
                return null; // …，开工建设3个；50亿级项目…，开工建设10个: a new subject after the semicolon
            }
        }
        boolean periodsKnownEqual = pa != null && pa.equals(pb);
        boolean bothOpen = pa == null && pb == null;
        boolean samePeriod = sameWording || periodsKnownEqual || bothOpen && a.passage() == b.passage() || sameSentence;
        if (!samePeriod) {
            return null; // not known to be the same period: neither agreement nor disagreement means anything
        }
        Comparison c = compare(a.fact(), b.fact());
        String what = describe(a.fact(), a);
        if (c.agree) {
            if (!sameStatement(a.fact(), b.fact())) {
                return null; // 5亿元以上 and 3亿元以上 overlap without saying the same thing
            }
            return new Finding(FindingKind.DUPLICATE, Verdict.CONSISTENT, List.of(a.fact(), b.fact()), c.expected, c.stated,
                    c.tolerance, c.unit, what + " is stated twice in this report, both times as " + c.shownA + ".");
        }
        return new Finding(FindingKind.DUPLICATE, Verdict.INCONSISTENT, List.of(a.fact(), b.fact()), c.expected, c.stated,
                c.tolerance, c.unit, what + " is stated twice in this report with different values: "
                        + c.shownA + " and then " + c.shownB + BreakdownCheck.tolerancePhrase(c.tolerance, c.unit) + ".");
    }

    /** The same figure written the same way: equal value (or rank) and qualifier. */
    private static boolean sameStatement(Fact a, Fact b) {
        return Objects.equals(Figures.number(a), Figures.number(b)) && a.qualifier() == b.qualifier()
                && Objects.equals(a.top(), b.top());
    }

    /** Whether the words before a figure name its indicator, rather than it being the next item of a list. */
    private boolean ownsLabel(Placed p) {
        String label = TextForms.bare(p.label());
        String key = Figures.indicatorKey(p.fact(), words);
        if (label.contains("分别") || key == null) {
            return false;
        }
        for (int i = 0; i + 2 <= key.length(); i++) {
            if (label.contains(key.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Between reports: one indicator, region and absolute period, or the same wording. */
    List<Finding> betweenDocuments(List<DocumentView> docs) {
        Map<String, Map<String, Placed>> groups = new TreeMap<>();
        for (DocumentView d : docs) {
            for (Placed p : d.placed()) {
                Fact f = p.fact();
                String period = Figures.periodKey(f);
                String k = indicatorGroup(f);
                if (k != null && f.region() != null && Figures.isAbsolute(period)) {
                    String region = TextForms.bare(TextForms.light(f.region()));
                    groups.computeIfAbsent("i|" + k + "|" + region + "|" + period, x -> new TreeMap<>()).putIfAbsent(d.doc(), p);
                }
                String w = wording(p);
                if (w != null) {
                    groups.computeIfAbsent("w|" + w + "|" + period, x -> new TreeMap<>()).putIfAbsent(d.doc(), p);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            Map<String, Placed> byDoc = e.getValue();
            if (byDoc.size() < 2) {
                continue;
            }
            boolean byWording = e.getKey().startsWith("w|");
            List<Placed> reps = new ArrayList<>(byDoc.values());
            Placed first = reps.get(0);
            for (int i = 1; i < reps.size(); i++) {
                Placed other = reps.get(i);
                Fact a = first.fact();
                Fact b = other.fact();
                if (a.region() != null && b.region() != null
                        && !TextForms.bare(TextForms.light(a.region())).equals(TextForms.bare(TextForms.light(b.region())))) {
                    continue;
                }
                Comparison c = compare(a, b);
                if (c.agree && byWording && !sameStatement(a, b)) {
                    continue;
                }
                String what = describe(a, first) + (a.region() == null ? "" : " for " + a.region())
                        + (a.period() == null ? "" : ", " + a.period()) + (byWording ? ", in the same words," : ",");
                if (c.agree) {
                    out.add(new Finding(FindingKind.CROSS_DOCUMENT, Verdict.CONSISTENT, List.of(a, b), c.expected, c.stated,
                            c.tolerance, c.unit, what + " is " + c.shownA + " in " + a.doc() + " and " + c.shownB + " in "
                                    + b.doc() + ": they agree."));
                } else {
                    out.add(new Finding(FindingKind.CROSS_DOCUMENT, Verdict.INCONSISTENT, List.of(a, b), c.expected, c.stated,
                            c.tolerance, c.unit, what + " is " + c.shownA + " in " + a.doc() + " but " + c.shownB + " in "
                                    + b.doc() + BreakdownCheck.tolerancePhrase(c.tolerance, c.unit) + "."));
                }
            }
        }
        return out;
    }

    /** The figure's name for a message: its indicator, else the words before it. */
    static String describe(Fact f, Placed p) {
        String name = f.indicator() != null ? TextForms.light(f.indicator()) : p == null ? null : TextForms.bare(p.label());
        String indicator = name == null || name.isEmpty() ? "The figure" : "“" + name + "”";
        return f.type() == FactType.RANKING ? "The ranking of " + indicator : indicator;
    }

    /** Two statements of one quantity: do they agree, and by how much do they differ. */
    record Comparison(boolean agree, Double expected, Double stated, double tolerance, String unit, String shownA, String shownB) {
    }

    Comparison compare(Fact a, Fact b) {
        if (a.type() == FactType.RANKING) {
            boolean agree = Objects.equals(a.rank(), b.rank()) && Objects.equals(a.top(), b.top());
            return new Comparison(agree, Figures.number(a), Figures.number(b), 0, "rank", rankText(a), rankText(b));
        }
        Double ma = Figures.months(a, words);
        Double mb = Figures.months(b, words);
        if (ma != null && mb != null) {
            double ka = ma / a.value();
            double kb = mb / b.value();
            Interval ia = Amounts.interval(a).times(ka);
            Interval ib = Amounts.interval(b).times(kb);
            return new Comparison(ia.meets(ib), ma, mb, ia.halfWidth() + ib.halfWidth(), "月",
                    TextForms.light(a.text()) + durationInMonths(a, ma), TextForms.light(b.text()) + durationInMonths(b, mb));
        }
        Interval ia = Amounts.interval(a);
        Interval ib = Amounts.interval(b);
        double scale = Amounts.displayScale(a);
        return new Comparison(ia.meets(ib), a.value() / scale, b.value() / scale, (ia.halfWidth() + ib.halfWidth()) / scale,
                Amounts.displayUnit(a), Amounts.show(a.value(), a) + RateCheck.boundWord(a), Amounts.show(b.value(), a) + RateCheck.boundWord(b));
    }

    private static String durationInMonths(Fact f, double months) {
        String unit = f.unit() == null ? "" : TextForms.light(f.unit());
        return unit.equals("月") || unit.equals("个月") ? "" : " (" + Amounts.format(months) + "个月)";
    }

    private static String rankText(Fact f) {
        if (f.rank() != null) {
            return "No. " + f.rank() + (f.scope() == null ? "" : " in " + TextForms.light(f.scope()));
        }
        return f.top() != null ? "top " + f.top() + (f.scope() == null ? "" : " in " + TextForms.light(f.scope())) : TextForms.light(f.text());
    }
}
