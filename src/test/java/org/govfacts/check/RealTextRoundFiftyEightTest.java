package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventy-seventh blind round: the rest of a list (其他, 其它) is no part still to be done; shares
 * of a split stated at two times (从1949年的…下降到1978年的…); a headline's bare figure over the body's estimate; a figure
 * stated three times, the third differently.
 */
class RealTextRoundFiftyEightTest {

    @Test
    void theRestOfAListIsNoPartStillToBeDone() {
        // 其他公路投资项目 is the rest of the projects, not what remains of the total investment before it
        String text = "2017年1-11月高速公路建设情况\n5个集团所辖项目总投资1925.8亿元。5个集团所辖建设投资项目自开工累计完成投资216.8亿元"
                + "（其中4个新千公里项目投资211.2亿元，1个其他公路投资项目自开工累计完成投资5.6亿元）。\n";
        List<Finding> found = check("2017_重庆_交通.txt", text);
        assertTrue(of(found, FindingKind.SPLIT, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // a part still to be done is: 剩余 makes the split
        String split = "2017年项目建设情况\n全年计划建设项目120个。已开工项目85个，剩余%s个项目年底前开工。\n";
        assertTrue(of(check("2017_某县_项目.txt", split.formatted("45")), FindingKind.SPLIT, Verdict.INCONSISTENT).stream()
                .anyMatch(f -> involving("45个").test(f)), check("2017_某县_项目.txt", split.formatted("45")).toString());
        assertTrue(of(check("2017_某县_项目.txt", split.formatted("35")), FindingKind.SPLIT, Verdict.INCONSISTENT).isEmpty());
    }

    @Test
    void aFigureSetBelowAnotherByTheWordsAfterItIsChecked() {
        // 較…的…低: the words of the frame come from check_comparison_frames.tsv
        String text = "二○○五/○六年度財政預算\n經營開支為1,947億元，較二○○四/○五年度的%s億元低。\n";
        List<Finding> altered = check("2005_香港_預算.txt", text.formatted("1,869"));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("1,947億元").test(f)), altered.toString());
        List<Finding> found = check("2005_香港_預算.txt", text.formatted("1,969"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("1,947億元").test(f)), found.toString());
    }

    @Test
    void sharesOfASplitAtTwoTimesAreCheckedTimeByTime() {
        String text = "1978年广州工业概况\n工业总产值从1949年的2.97亿元增加到1978年的75.39亿元，其中，轻工业所占比重从1949年的%s%%下降到"
                + "1978年的63.24%%，重工业所占比重从1949年的12.2%%上升到1978年的36.76%%。\n";
        List<Finding> found = check("1978_广州_工业.txt", text.formatted("87.8"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("87.8%").test(f) && involving("12.2%").test(f)),
                found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("63.24%").test(f) && involving("36.76%").test(f)),
                found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        List<Finding> altered = check("1978_广州_工业.txt", text.formatted("89.8"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("89.8%").test(f) && involving("12.2%").test(f)),
                altered.toString());
    }

    @Test
    void aHeadlinesBareFigureRestatesTheBodysEstimate() {
        String text = "茂名市GDP达%s亿元\n2010年12月28日\n今年以来，全市经济保持平稳较快增长，预计全年实现生产总值1460亿元，增长14%%。\n";
        List<Finding> altered = check("2010_茂名_经济.txt", text.formatted("1490"));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("1490亿元").test(f)
                && involving("1460亿元").test(f)), altered.toString());
        List<Finding> found = check("2010_茂名_经济.txt", text.formatted("1460"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aFigureStatedTwiceAndThenDifferentlyShowsEveryStatement() {
        String lead = "今年上半年，全市工业经济主要指标均实现两位数增长，规模工业增加值增长10.2%，工业投资增长16.3%。";
        String text = "上半年工业运行情况\n" + lead + "\n" + lead + "\n二是增幅位居全国前茅。上半年，全市规模工业增加值增长10.6%，高于全国平均4.2个百分点。\n";
        List<Finding> found = check("2016_重庆_工业.txt", text);
        Finding f = of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().filter(involving("10.6%")).findFirst().orElseThrow(
                () -> new AssertionError(found.toString()));
        assertTrue(f.facts().stream().filter(x -> x.text().equals("10.2%")).count() == 2, f.toString());
        assertTrue(f.message().contains("3 times"), f.message());
    }

    @Test
    void aPartsContributionAfterItsLevelIsTheParts() {
        // the part is named once, before its level and growth; its contribution follows in the same clause group
        String text = "2013年统计公报\n2013年全市实现地区生产总值1662.38亿元，同比增长10.5%%。其中，第一产业增加值43.11亿元，增长5.4%%，"
                + "对GDP增长的贡献率为1.2%%；第二产业增加值849.05亿元，增长11.8%%，对GDP增长的贡献率为%s%%；第三产业增加值770.21亿元，"
                + "增长9.2%%，对GDP增长的贡献率为39.2%%。\n";
        List<Finding> found = check("2013_珠海_公报.txt", text.formatted("59.6"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("1.2%").test(f)
                && involving("59.6%").test(f) && involving("39.2%").test(f)), found.toString());
        List<Finding> altered = check("2013_珠海_公报.txt", text.formatted("56.6"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("56.6%").test(f)), altered.toString());
    }
}
