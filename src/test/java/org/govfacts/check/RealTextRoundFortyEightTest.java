package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixty-seventh blind round: a forest district's full-scope revenue and its two parts, a
 * December work report's five-year averages, a write-up that drops a figure's decimals, a bulletin's level that passes a
 * mark (大关), an adverb left at an indicator's end, and a headline over its lead.
 */
class RealTextRoundFortyEightTest {
    private static final String REVENUE = "松岭区2012年综述\n2012年，全口径财政收入4183万元，完成年度预算111%%；一般预算收入2166万元，"
            + "完成年度预算110%%；上划收入%s万元，完成年度预算113%%。\n";

    @Test
    void theFullScopeRevenueIsWhatAPlaceKeepsAndWhatItHandsUp() {
        List<Finding> found = check("2013_松岭区_年鉴.txt", REVENUE.formatted("2017"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("4183万元").test(f)
                && involving("2166万元").test(f)), found.toString());
        List<Finding> altered = check("2013_松岭区_年鉴.txt", REVENUE.formatted("2317"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("4183万元")), altered.toString());
    }

    private static final String FIVE_YEARS = "政府工作报告\n——2017年12月6日在市五届人大一次会议上\n各位代表：\n"
            + "过去的五年，一般公共预算支出由2012年的11.9亿元提高到%s亿元，年均增长6.9%%。\n";

    @Test
    void aReportDeliveredInDecemberLooksBackOverFiveYearsEndingWithItsOwn() {
        // 11.9 → 16.6 over five years is 6.88% a year; over four (ending 2016) it would be 8.7%
        List<Finding> found = check("林区_政府工作报告.txt", FIVE_YEARS.formatted("16.6"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && involving("6.9%").test(f)), found.toString());
        List<Finding> altered = check("林区_政府工作报告.txt", FIVE_YEARS.formatted("18.6"));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("6.9%").test(f)), altered.toString());
    }

    private static final String CUT = "海南省2013年旅游发展情况\n2013年，海南实现旅游收入%s亿元，增长13.0%%。"
            + "全年接待过夜游客3672.51万人次，增长10.6%%；实现旅游收入428.56亿元，增长13.0%%。\n";

    @Test
    void aFigureWithItsDecimalsDroppedIsNoMisstatement() {
        List<Finding> found = check("2014_海南省_旅游新闻.txt", CUT.formatted("428"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("428亿元").test(f)), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CANNOT_TELL && involving("428亿元").test(f)
                && f.message().contains("dropped")), found.toString());
        // a digit changed is still a misstatement
        List<Finding> altered = check("2014_海南省_旅游新闻.txt", CUT.formatted("438"));
        assertTrue(of(altered, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().anyMatch(involving("438亿元")), altered.toString());
    }

    private static final String MARK = "2018年通辽市粮食产量达%s亿斤\n2018年，全市粮食作物总产首次突破160亿斤大关，达到163.3亿斤，"
            + "比上年增加13.1亿斤。\n";

    @Test
    void aLevelPastAMarkKeepsItsIndicatorAndAHeadlineRestatesIt() {
        List<Finding> found = check("2019_通辽市_粮食新闻.txt", MARK.formatted("163.3"));
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("163.3亿斤").test(f)),
                found.toString());
        List<Finding> altered = check("2019_通辽市_粮食新闻.txt", MARK.formatted("168.3"));
        assertTrue(of(altered, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().anyMatch(involving("168.3亿斤")), altered.toString());
    }

    private static final String STILL = "克山县志\n1985年，全县粮豆总产28.8万吨。\n1985年遭受严重自然灾害，粮豆总产仍达%s万吨。\n";

    @Test
    void anAdverbAtTheIndicatorsEndNamesNoOtherThing() {
        List<Finding> found = check("克山县志.txt", STILL.formatted("28.8"));
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.CONSISTENT).stream().anyMatch(involving("28.8万吨")), found.toString());
        List<Finding> altered = check("克山县志.txt", STILL.formatted("26.8"));
        assertTrue(of(altered, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().anyMatch(involving("26.8万吨")), altered.toString());
    }
}
