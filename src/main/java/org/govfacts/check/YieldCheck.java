package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.text.Words;

/**
 * An output per unit of land against the output and the area it comes from (粮食播种面积53.38万亩，粮食总产量25.4242万吨，
 * 粮食亩产476.29公斤): the yield's words are check_yield_words.tsv's, the crop is what they follow (粮食), and the output
 * (产量, 总产) and the area (面积), by that file's words too, are the nearest figures before or after it, in its sentence or the two before, whose
 * indicators name that crop. Units are brought to tonnes and hectares by check_unit_conversions.tsv, each figure with
 * its rounding (or its bound: 不足50公斤).
 */
final class YieldCheck {
    private static final String WEIGHT = "吨";
    private static final String AREA = "公顷";
    private static final String MU = "亩";
    /** Sentences back a yield that names its crop may reach for that crop's output and area. */
    private static final int NAMED_REACH = 6;
    /** Sentences back a yield that names no crop may reach for an area and an output that name none. */
    private static final int UNNAMED_REACH = 2;
    /** 吉林省, 扶余市: a place before a yield's words is whose land it is, not a crop. */
    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("\\p{IsHan}{1,6}[省市县旗]");

    private final CheckWords words;

    YieldCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed y : d.placed()) {
            Fact f = y.fact();
            String label = TextForms.bare(y.label());
            String yieldWord = CheckWords.firstIn(words.yieldWords().yields(), label);
            if (f.type() != FactType.QUANTITY || f.value() == null || yieldWord == null || !WEIGHT.equals(conversion(f).base())) {
                continue;
            }
            String crop = cropBefore(label, yieldWord);
            Placed output;
            Placed area;
            if (!crop.isEmpty()) {
                // 粮食平均亩产: the crop's own output and area, stated as far back as the text's lead paragraph
                output = nearest(d, y, q -> isOutput(q, crop), NAMED_REACH);
                area = nearest(d, y, q -> isArea(q, crop), NAMED_REACH);
            } else {
                // 早稻播种面积为1207.8万亩…；亩产为394.7公斤…；总产量为476.8万吨: in its own sentence, the crop of the area nearest,
                // its output nearest
                // 吉林省播种面积为5825.6千公顷,总产量4186.5万吨…。…吉林省单位面积产量7186.4公斤/公顷: a yield of a place's
                // whole land (no crop) may reach back for an area and an output that name no crop either
                area = nearest(d, y, q -> isArea(q, ""), 0);
                int reach = 0;
                if (area == null) {
                    reach = UNNAMED_REACH;
                    area = nearest(d, y, q -> isArea(q, "") && cropOf(q, words.yieldWords().areas()).isEmpty(), reach);
                }
                String areaCrop = area == null ? "" : cropOf(area, words.yieldWords().areas());
                output = area == null ? null : nearest(d, y, q -> isOutput(q, areaCrop) || isOutput(q, "") && cropOf(q, words.yieldWords().outputs()).isEmpty(), reach);
            }
            if (output == null || area == null || !samePeriod(f, output.fact()) || !samePeriod(f, area.fact())) {
                continue;
            }
            out.add(judge(y, output.fact(), area.fact(), perUnitArea(y)));
        }
        return out;
    }

    /** The crop a yield's words follow (粮食|亩产 → 粮食), its last word only where a clause of several leads in. */
    private String cropBefore(String label, String yieldWord) {
        return crop(label.substring(0, label.indexOf(yieldWord)));
    }

    /**
     * The crop the words before a yield's, an output's or an area's words name: the last clause's, past the scope words that
     * lead up to it (我市粮食 is of 粮食) and without a word its output and area leave out (粮食作物 is 粮食).
     */
    private String crop(String before) {
        int cut = Math.max(before.lastIndexOf('，'), Math.max(before.lastIndexOf(','), before.lastIndexOf('、')));
        String crop = before.substring(cut + 1);
        leading:
        for (int i = 0; i < crop.length(); i++) {
            for (String lead : words.yieldWords().leads()) {
                if (crop.startsWith(lead, i)) {
                    crop = crop.substring(i + lead.length());
                    break leading;
                }
            }
        }
        for (String suffix : words.yieldWords().suffixes()) {
            if (crop.endsWith(suffix)) {
                crop = crop.substring(0, crop.length() - suffix.length());
                break;
            }
        }
        return PLACE.matcher(crop.strip()).matches() ? "" : crop.strip();
    }

    private boolean isOutput(Placed q, String crop) {
        Fact f = q.fact();
        String label = named(q);
        return f.type() == FactType.QUANTITY && f.value() != null && f.basis() != Basis.CHANGE && WEIGHT.equals(conversion(f).base())
                // not 单产 (总产和单产再创新高…总产量 is an output)
                && Words.startOfLast(label, words.yieldWords().outputs()) > Words.startOfLast(label, words.yieldWords().yields())
                && (crop.isEmpty() || label.contains(crop));
    }

    /**
     * A figure's words before it, and after it those that name it (以2230.3千公顷|的播种面积, 1291.5万吨|的粮食总产量), up to the
     * next mark.
     */
    private static String named(Placed q) {
        String after = TextForms.bare(q.tail());
        java.util.regex.Matcher m = NAMED_AFTER.matcher(after);
        return TextForms.bare(q.label()) + (m.lookingAt() ? m.group(1) : "");
    }

    /** 的 and the words up to the next mark or figure, after a figure. */
    private static final java.util.regex.Pattern NAMED_AFTER = java.util.regex.Pattern.compile("的([^，,。；;、\\d]{2,12})");

    /** The crop an output's or an area's indicator names before its words (粮食|总产量, 早稻|播种面积); empty where none. */
    private String cropOf(Placed q, List<String> ending) {
        String label = named(q);
        for (String w : ending) {
            int at = label.indexOf(w);
            if (at >= 0) {
                return crop(label.substring(0, at));
            }
        }
        return "";
    }

    private boolean isArea(Placed q, String crop) {
        Fact f = q.fact();
        String label = named(q);
        if (CheckWords.firstIn(words.yieldWords().damaged(), label) != null) {
            return false; // 绝产面积达78万亩: no crop's sown area
        }
        return f.type() == FactType.QUANTITY && f.value() != null && f.basis() != Basis.CHANGE && AREA.equals(conversion(f).base())
                && CheckWords.firstIn(words.yieldWords().areas(), label) != null && (crop.isEmpty() || label.contains(crop));
    }

    /**
     * The figure passing {@code test} nearest the yield in its sentence, either side, else the nearest before it up to
     * {@code sentencesBack} sentences back, across paragraphs.
     */
    private static Placed nearest(DocumentView d, Placed y, java.util.function.Predicate<Placed> test, int sentencesBack) {
        Placed best = null;
        for (Placed q : y.sentence().facts()) {
            if (q != y && test.test(q) && (best == null || Math.abs(q.start() - y.start()) < Math.abs(best.start() - y.start()))) {
                best = q;
            }
        }
        if (best != null) {
            return best;
        }
        SentenceView s = y.sentence();
        for (int back = 0; back < sentencesBack && (s = d.sentenceBefore(s)) != null; back++) {
            List<Placed> fs = s.facts();
            for (int i = fs.size() - 1; i >= 0; i--) {
                if (test.test(fs.get(i))) {
                    return fs.get(i);
                }
            }
        }
        return null;
    }

    private static boolean samePeriod(Fact a, Fact b) {
        return a.periodNorm() == null || b.periodNorm() == null || a.periodNorm().equals(b.periodNorm());
    }

    /** The land a yield is per: a hectare where its words say so (公斤/公顷, 每公顷), else a 亩. */
    private static String perUnitArea(Placed y) {
        String around = TextForms.bare(y.label()) + TextForms.light(y.fact().text()) + TextForms.bare(y.tail());
        return around.contains(AREA) ? AREA : MU;
    }

    private CheckWords.UnitConversion conversion(Fact f) {
        return words.conversion(f.unit() == null ? "" : TextForms.light(f.unit()));
    }

    /** A measured figure's last digit: a whole number is rounded to it too (378公斤, 3390吨), never exact. */
    private static double measuredUlp(Fact f) {
        double ulp = Amounts.ulp(f);
        return ulp > 0 ? ulp : 1;
    }

    private static Interval measured(Fact f) {
        return Amounts.interval(f, measuredUlp(f));
    }

    private Finding judge(Placed y, Fact output, Fact area, String perArea) {
        Fact yield = y.fact();
        double outputPer = conversion(output).per();
        double areaPer = conversion(area).per();
        double yieldPer = conversion(yield).per();
        double landPer = words.conversion(perArea).per();
        // tonnes per hectare, then in the yield's own unit per its own land
        Interval perHectare = measured(output).times(1 / outputPer).over(measured(area).times(1 / areaPer));
        double toYield = yieldPer / landPer;
        Interval computed = perHectare.times(toYield);
        Interval stated = measured(yield);
        double exact = output.value() / outputPer / (area.value() / areaPer) * toYield;
        String unit = TextForms.light(yield.unit());
        String parts = TextForms.light(output.text()) + " over " + TextForms.light(area.text()) + " is " + Amounts.format(exact) + unit
                + " per " + perArea;
        String head = "The yield " + TextForms.light(yield.text());
        double tolerance = computed.halfWidth() + stated.halfWidth();
        List<Fact> facts = List.of(output, area, yield);
        if (computed.meets(stated)) {
            return new Finding(FindingKind.RATE, Verdict.CONSISTENT, facts, exact, yield.value(), tolerance, unit,
                    head + " agrees with the output and the area it comes from: " + parts + BreakdownCheck.tolerancePhrase(tolerance, unit) + ".");
        }
        double gap = Math.max(computed.lo() - stated.hi(), stated.lo() - computed.hi());
        if (yield.qualifier() == null && gap <= measuredUlp(yield)) {
            return new Finding(FindingKind.RATE, Verdict.CANNOT_TELL, facts, exact, yield.value(), tolerance, unit,
                    head + " is one unit of its last digit from the output and the area: " + parts + "; too close to call an error.");
        }
        return new Finding(FindingKind.RATE, Verdict.INCONSISTENT, facts, exact, yield.value(), tolerance, unit,
                head + " does not agree with the output and the area it comes from: " + parts + BreakdownCheck.allowance(tolerance, unit)
                        + ". Compared because the yield's words (" + CheckWords.firstIn(words.yieldWords().yields(), TextForms.bare(y.label()))
                        + ") name the same crop as the output's and the area's (or, as theirs, none: a place's whole land), stated beside"
                        + " it or just before for the same period.");
    }
}
