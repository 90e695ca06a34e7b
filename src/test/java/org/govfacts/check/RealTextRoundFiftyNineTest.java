package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventy-eighth blind round: parts of a counted group each with its share (在40个局中，有11个局…，
 * 占27.5%；19个局…，占48%); a figure in brackets in another unit restating the one before it whatever its digits; a change
 * stated as a bound (近20000万吨); a share on an adjusted basis (剔除…比重为); a reason's period (加之上年度…) and an own
 * level's part (自治区本级…。其中，地方收入…); a list's last clause with two parts after a comma.
 */
class RealTextRoundFiftyNineTest {

    private static final String FOREST = "伊春林区资源状况\n据三次一类资源调查，在40个森工企业局中，有11个局可采蓄积枯竭，占27.5%%；%s个局接近枯竭，"
            + "占48%%，仅有10个局处于较好状态，占24.5%%。\n";

    @Test
    void eachPartOfACountedGroupIsAShareOfTheGroup() {
        List<Finding> found = check("1993_伊春_林区.txt", FOREST.formatted("19"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("48%").test(f) && involving("40个").test(f)),
                found.toString());
        // 10 of 40 is 25%, not 24.5%: the last part's share is checked against the group too
        assertTrue(of(found, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("24.5%").test(f)), found.toString());
        List<Finding> altered = check("1993_伊春_林区.txt", FOREST.formatted("17"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("48%").test(f) && involving("17个").test(f)),
                altered.toString());
    }

    @Test
    void aLaterFigureOfTheKindWithoutItsOwnShareStillEndsTheGroup() {
        // 500个 opens a group of its own (其中…中): the share after it is not of the 3114 projects
        String text = "2019年项目建设\n全市3114个项目中，新开工项目达2063个，其中500个省级重点项目中，新开工项目320个，占比64%。\n";
        List<Finding> found = check("2019_某市_项目.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("64%").test(f)), found.toString());
    }

    @Test
    void aFigureInBracketsInAnotherUnitIsTheSameFigureWhateverItsDigits() {
        String text = "2019年粮食产量数据\n全国粮食播种面积11606.4万公顷(%s万亩)，比2018年减少97.5万公顷(1462万亩)，下降0.8%%。\n";
        List<Finding> slipped = check("2019_国家统计局_粮食.txt", text.formatted("17409.5"));
        assertTrue(of(slipped, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream()
                .anyMatch(f -> involving("17409.5万亩").test(f) && f.message().contains("in brackets")), slipped.toString());
        List<Finding> found = check("2019_国家统计局_粮食.txt", text.formatted("174096"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aChangeStatedAsABoundBoundsTheRate() {
        String text = "改革开放30年粮食生产\n2007年中国粮食总产量达到50160万吨，比1978年增加近20000万吨，增长%s%%。\n";
        List<Finding> found = check("2008_国家统计局_粮食.txt", text.formatted("65"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        // 近20000万吨 puts the 1978 level above 30160万吨: the rate is at most 66.3%
        List<Finding> altered = check("2008_国家统计局_粮食.txt", text.formatted("75"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(involving("75%")), altered.toString());
    }

    @Test
    void aShareOnAnAdjustedBasisIsNotOfTheStatedBase() {
        String text = "2025年预算执行情况\n全省一般公共预算支出完成6556.39亿元，增长0.5%%。其中：民生类重点支出4410.75亿元，占一般公共预算支出的%s%%，"
                + "剔除增发国债因素比重为69.1%%，较上年增加1个百分点。\n";
        List<Finding> found = check("2025_贵州_预算.txt", text.formatted("67.3"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = check("2025_贵州_预算.txt", text.formatted("62.3"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("62.3%")), altered.toString());
    }

    @Test
    void theOwnLevelsPartIsNotTheWholeRegionsOfAnotherYear() {
        String last = "关于西藏自治区2020年预算执行情况的报告\n(一)2020年一般公共预算执行情况\n全区一般公共预算收入总量2554.5亿元，为年初预算数的134.4%。"
                + "其中，地方收入221亿元，为年初预算的114.4%，比上年决算数下降0.5%。\n";
        String next = "关于西藏自治区2021年预算执行情况的报告\n一、2021年预算执行情况\n全区收入总量2970亿元，增长11.5%。其中，地方收入213亿元，下降3.6%，"
                + "下降的原因主要是落实减税降费政策，加之上年度一次性缴库因素较多；中央补助2146.7亿元，比上年增长8.7%。\n"
                + "自治区本级收入总量2657.5亿元，为预算的147.6%。其中，地方收入28.5亿元，下降12.6%，为预算的114%。\n";
        List<Finding> found = RealTextRoundTwentyEightTest.checkAll("xz_budget2020.txt", last, "xz_budget2021.txt", next);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && (involving("28.5亿元").test(f)
                || involving("2146.7亿元").test(f))), found.toString());
    }

    @Test
    void theLastClauseOfAListMayHoldTwoParts() {
        String text = "2021年预算执行情况\n全区收入总量2970亿元，增长11.5%%。其中，地方收入213亿元，下降3.6%%；中央补助2146.7亿元，比上年增长8.7%%；"
                + "一般债务收入104.2亿元，动用预算稳定调节基金、上年结转等%s亿元。\n";
        List<Finding> found = check("2021_西藏_预算.txt", text.formatted("506.1"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("506.1亿元").test(f) && involving("2970亿元").test(f)),
                found.toString());
        List<Finding> altered = check("2021_西藏_预算.txt", text.formatted("508.1"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("508.1亿元")), altered.toString());
        // a figure far from closing the list is a statement of its own, not a part: the list may name only some parts
        List<Finding> other = check("2021_西藏_预算.txt", text.formatted("56.1"));
        assertTrue(other.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.kind() == FindingKind.SUM), other.toString());
    }
}
