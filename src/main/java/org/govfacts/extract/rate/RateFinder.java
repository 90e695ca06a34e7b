package org.govfacts.extract.rate;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FactFinder;
import org.govfacts.extract.FoundFact;
import org.govfacts.extract.numeral.Amount;
import org.govfacts.extract.numeral.Signs;
import org.govfacts.extract.numeral.UnitKind;
import org.govfacts.fact.Basis;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;

/**
 * Percentages and percentage points, told apart into growth rates (增长12.1%, 高于全省4.3个百分点,
 * 拉动…2个百分点) and ratios (占全省的4.39%, 开复工率78.1%, 完成年度计划的109.42%) by the cue
 * word nearest before the figure in its clause. Percentage points are always a change. A list
 * (分别增长13.4%、13.4%、7.2%) shares its first figure's cue. Multiples are percentages too:
 * 增长1.5倍 is growth of 150%, 是全国的2.3倍 a ratio of 230%, 翻两番 growth of 300%.
 */
public final class RateFinder implements FactFinder {
    private final RateCues cues;

    /** Words right after a figure that name it a goal (12%的目标). */
    private final org.govfacts.lexicon.GoalAfterFigure goalAfter;

    /** rate-after-cues.txt: words after a percentage that make it a growth (以12.9%的增速). */
    private final List<String> growthAfter;

    public RateFinder(Lexicon lexicon) {
        this.cues = new RateCues(lexicon);
        List<String> after;
        try {
            after = lexicon.words("rate-after-cues");
        } catch (IllegalStateException missing) {
            after = List.of(); // an older dictionaries folder
        }
        this.growthAfter = after;
        this.goalAfter = new org.govfacts.lexicon.GoalAfterFigure(lexicon);
    }

    @Override
    public List<FoundFact> find(DocumentContext c) {
        List<FoundFact> out = new ArrayList<>();
        String t = c.t();
        for (Amount a : c.amounts()) {
            UnitKind unitKind = a.kind();
            if (unitKind != UnitKind.PERCENT && unitKind != UnitKind.PERMILLE && unitKind != UnitKind.PP && unitKind != UnitKind.TIMES
                    && unitKind != UnitKind.DOUBLING) {
                continue;
            }
            if (c.quoted().anyQuoted(a.numberStart(), a.numberEnd())) {
                continue;
            }
            int clause = clauseStart(t, a.start());
            RateCues.Cue cue = nearestCue(t, clause, a.start());
            if (cue != null && hasOwnFigure(t, cue, a.start())) {
                cue = null;
            }
            RateCues.Kind kind = cue == null ? null : cue.kind();
            if (unitKind == UnitKind.DOUBLING) {
                kind = RateCues.Kind.GROWTH; // 翻两番 says growth by itself
            } else if (unitKind == UnitKind.TIMES) {
                if (cues.timesLevelEndingAt(t, a.start())) {
                    kind = RateCues.Kind.RATIO; // 是全国的2.3倍: a level relative to another
                } else if (kind == null) {
                    continue; // 以十倍的努力, 信心百倍: a multiple with no cue measures nothing
                }
            }
            if (kind == RateCues.Kind.LEVEL) {
                RateCues.Cue earlier = nearestCue(t, clause, cue.start());
                kind = earlier != null && earlier.kind() == RateCues.Kind.GROWTH && earlier.noun()
                        ? RateCues.Kind.GROWTH : RateCues.Kind.RATIO;
                if (kind == RateCues.Kind.GROWTH) {
                    cue = earlier;
                }
            }
            boolean growth = unitKind == UnitKind.PP || kind == RateCues.Kind.GROWTH;
            if (unitKind != UnitKind.PP && a.start() == a.numberStart() && a.start() > clause && t.charAt(a.start() - 1) == '前') {
                growth = false; // 新增ESI全球前1‰学科: the top share of a ranking, whatever verb opens the clause
            } else if (unitKind == UnitKind.PERMILLE) {
                // 出生率12.17‰, 自然增长率为4.98‰: a rate per thousand is a level, whatever rate noun names it; only
                // a change verb governing the figure itself (比上年下降0.35‰) makes it a change
                growth = cue != null && cue.kind() == RateCues.Kind.GROWTH && !cue.noun() && kind == RateCues.Kind.GROWTH;
            }
            Basis afterBasis = null;
            FoundFact result = unitKind == UnitKind.PERCENT && goalAfter.names(t, a.start(), a.end()) ? resultBefore(out, t, a.start()) : null;
            // 好于下降7%的预期: a fall written right before a goal's figure is the goal's own sign
            int goalSign = result != null && cue != null && cue.kind() == RateCues.Kind.GROWTH && cue.basis() != Basis.VS_BENCHMARK
                    && cue.start() + cue.word().length() == a.start() ? cue.sign() : 1;
            if (result != null) {
                // 比上年增长5.2%，实现了5%左右的预期目标; 失业率均值为5.2%…低于5.5%左右的预期目标: a goal named
                // after its figure measures what the result before it in the sentence measures, growth or level
                growth = result.type() == FactType.GROWTH;
                afterBasis = result.basis();
                cue = null;
            } else if (!growth && unitKind == UnitKind.PERCENT && (kind == null || kind == RateCues.Kind.RATIO) && growthNamedAfter(t, a.end())) {
                growth = true; // 湖北省以12.9%的增速领跑: the words after the rate say it is a growth
                afterBasis = t.startsWith("的年均", a.end()) ? Basis.ANNUAL_AVG : null;
            } else if (!growth && unitKind == UnitKind.PERCENT && (kind == null || kind == RateCues.Kind.LEVEL || kind == RateCues.Kind.RATIO)
                    && cues.carriedFromClauseBefore(t, clause, a.start())) {
                growth = true; // 增速最高，均为8.7%: the growth noun ends the clause before
                cue = null;
            }
            // a multiple (1.5倍) is 150%, a doubling's multiple (翻一番: 1) 100%
            java.math.BigDecimal scale = java.math.BigDecimal.valueOf(
                    unitKind == UnitKind.TIMES || unitKind == UnitKind.DOUBLING ? 100 : 1);
            double v = a.value().multiply(scale).doubleValue();
            Double max = a.isRange() ? a.max().multiply(scale).doubleValue() : null;
            if (growth) {
                boolean cued = cue != null && cue.kind() == RateCues.Kind.GROWTH;
                int sign = cued && unitKind != UnitKind.DOUBLING ? cue.sign() : goalSign;
                Basis basis = cued ? cue.basis() : afterBasis;
                if (basis == null && cue != null) {
                    // 拉动全部投资增长3.1个百分点, 年均增长: a basis word earlier in the clause governs the verb
                    for (RateCues.Cue earlier = nearestCue(t, clause, cue.start()); earlier != null;
                         earlier = nearestCue(t, clause, earlier.start())) {
                        if (earlier.kind() == RateCues.Kind.GROWTH && earlier.basis() != null) {
                            if (!hasOwnFigure(t, earlier, a.start())) {
                                basis = earlier.basis();
                            }
                            break;
                        }
                    }
                }
                if (basis == null && cues.hasYoy(t, clause, a.start())) {
                    basis = Basis.YOY;
                }
                int start = a.start();
                if (cued && goalAfter.follows(t, a.end())) {
                    sign = 1; // 低于年初人代会18%的目标: 低于 compares the result with the goal; the goal itself is 18
                }
                int signWidth = cued && a.start() == a.numberStart() ? Signs.minusWidthBefore(t, a.start(), clause) : 0;
                if (signWidth > 0) {
                    sign = -sign; // 比上年同期增长-8.7%: a negative growth written with a minus sign
                    start -= signWidth;
                }
                out.add(FoundFact.numeric(FactType.GROWTH, start, a.end(), sign * v, max == null ? null : sign * max,
                        unitOf(a), a.qualifier(), basis));
            } else {
                // 人口自然增长率为-2.65‰, 负0.13‰: a level below zero
                int signWidth = a.start() == a.numberStart() && !a.isRange() ? Signs.minusWidthBefore(t, a.start(), clause) : 0;
                int sign = signWidth > 0 ? -1 : 1;
                out.add(FoundFact.numeric(FactType.RATIO, a.start() - signWidth, a.end(), sign * v, max, unitOf(a), a.qualifier(), null));
            }
        }
        return out;
    }

    /**
     * The last figure in per cent found before {@code at} in its sentence (points of a rate left out: 下降0.4个百分点
     * is the result's change, not the result), or null.
     */
    private static FoundFact resultBefore(List<FoundFact> found, String t, int at) {
        for (int i = found.size() - 1; i >= 0; i--) {
            FoundFact f = found.get(i);
            if (f.end() > at) {
                continue;
            }
            if (org.govfacts.text.Clauses.sentenceBreakBetween(t, f.end(), at)) {
                return null;
            }
            if ("%".equals(f.unit())) {
                return f;
            }
        }
        return null;
    }

    private boolean growthNamedAfter(String t, int end) {
        for (String w : growthAfter) {
            if (t.startsWith(w, end) || w.startsWith("的") && t.startsWith("的", end) && namedAfterModifier(t, end + 1, w.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** How many characters may describe the growth between 的 and its noun (以12.9%的两位数增速, 11.2%的高增长). */
    private static final int MODIFIER_REACH = 3;

    /**
     * {@code noun} after a short modifier of words only (no figure, punctuation or second 的) from {@code from},
     * and no amount right after it: in 前1%的学科数量增长两倍 the words are the subject of another growth.
     */
    private static boolean namedAfterModifier(String t, int from, String noun) {
        for (int i = from; i < t.length() && i - from < MODIFIER_REACH; i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) || c == '的') {
                return false;
            }
            if (t.startsWith(noun, i + 1)) {
                int after = i + 1 + noun.length();
                return after >= t.length() || "0123456789０１２３４５６７８９零一二两三四五六七八九十百千".indexOf(t.charAt(after)) < 0;
            }
        }
        return false;
    }

    /**
     * 年均增长10.5%，2015年…实现了8%的增速: a cue whose own figure stands in an earlier clause governs no later
     * figure; a list (分别拉动0.7个、5.1个和6.5个百分点) still shares it.
     */
    private static boolean hasOwnFigure(String t, RateCues.Cue cue, int figureStart) {
        return t.substring(cue.end(), figureStart).matches("(?s).*\\d.*[，,；;].*");
    }


    /** The unit of a rate as output: points of a rate (pp, 千分点) and ‰ as units.tsv names them, every other form in %. */
    private static String unitOf(Amount a) {
        return a.kind() == UnitKind.PP || a.kind() == UnitKind.PERMILLE ? a.unit() : "%";
    }

    /** 增速/增幅/涨幅/增长率: nouns naming a rate, so 增速达到12% and 涨幅回落到2.6% are growth rates. */
    /** Start of the clause holding {@code at}: after the last ，；：。 or line break ('、' joins list items). */
    static int clauseStart(String t, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char ch = t.charAt(i);
            if (ch == '，' || ch == '；' || ch == '。' || ch == '\n' || ch == '：' || ch == '！' || ch == '？'
                    || ch == '(' || ch == '（') {
                return i + 1;
            }
        }
        return 0;
    }

    private RateCues.Cue nearestCue(String t, int from, int to) {
        for (int end = to; end > from; end--) {
            RateCues.Cue cue = cues.endingAt(t, end, from);
            if (cue != null) {
                return cue;
            }
        }
        return null;
    }
}
