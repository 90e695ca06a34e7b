package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the forty-seventh blind round that raised false alarms (a banner's budget report with an aside
 * in brackets, a league's fiscal news that gives each level of government its share, a county's revenue list whose
 * items overlap), each with an altered figure where the check must still speak.
 */
class RealTextRoundTwentyNineTest {
    private static List<Finding> check(String name, String text) {
        return RealTextRoundTwentyEightTest.check(name, text);
    }

    private static List<Finding> of(List<Finding> found, FindingKind kind, Verdict verdict) {
        return RealTextRoundTwentyEightTest.of(found, kind, verdict);
    }

    private static final String BANNER = "杭锦旗2020年预算执行情况\n(一)一般公共预算\n2020年，全旗一般公共预算收入累计完成62339万元"
            + "(其中旗本级完成52031万元，工业园区完成10308万元)，同比增收9437万元，增长17.84%。其中：税收收入完成41013万元，"
            + "非税收入完成21326万元。\n";

    @Test
    void aFigureInBracketsIsAnAsideNotTheLevelOrTheTotalTheWordsAfterItSpeakOf() {
        List<Finding> found = check("2020_杭锦旗_预算执行.txt", BANNER);
        // 9437 on 62339 − 9437 is 17.84%, not 9437 on the park's 10308; tax and non-tax split 62339, not the banner's own 52031
        assertEquals(1, of(found, FindingKind.GROWTH, Verdict.CONSISTENT).size(), found.toString());
        assertTrue(of(found, FindingKind.GROWTH, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SUM && f.facts().stream().anyMatch(x -> x.value() == 41013e4)
                && f.facts().stream().anyMatch(x -> x.value() == 52031e4)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // a digit changed in the rate is still caught against the right level
        List<Finding> altered = check("2020_杭锦旗_预算执行.txt", BANNER.replace("17.84%", "17.64%"));
        assertEquals(1, of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).size(), altered.toString());
    }

    private static final String LEAGUE = "我盟公布2020年度财政收支“账单”\n1月7日，记者从盟财政局获悉，去年全年全盟一般公共预算收入累计完成"
            + "310682万元，同比增加23188万元，增长8.1%。\n在全盟一般公共预算收入中，盟本级一般公共预算收入累计完成33648万元；"
            + "旗级一般公共预算收入累计完成277034万元。全盟一般公共预算收入中，税收收入累计完成213251万元，占一般公共预算收入的68.6%。\n";

    @Test
    void aShareOfTheWholeIsNotOfOneLevelOfGovernmentsPart() {
        // 旗级一般公共预算收入 is the banners' part (check_level_scopes.txt); 占一般公共预算收入 is of the league's whole
        List<Finding> found = check("alm.txt", LEAGUE);
        assertTrue(of(found, FindingKind.SHARE, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // the level's own base still counts when the share names it
        List<Finding> own = check("alm.txt", LEAGUE.replace("占一般公共预算收入的68.6%", "占旗级一般公共预算收入的68.6%"));
        assertEquals(1, of(own, FindingKind.SHARE, Verdict.INCONSISTENT).size(), own.toString());
    }

    private static final String COUNTY = "2018年，全县财政收入52.8亿元，增长8.2%，其中一般公共预算收入45.6亿元，增长7.1%；税收收入14.9亿元，增长9.0%。\n";

    @Test
    void itemsAfterQiZhongFarAboveTheirTotalThatNoMisprintMendsOverlap() {
        // 一般公共预算收入 and 税收收入 overlap inside 财政收入: 60.5 against 52.8 (a seventh more), which no one figure's misprint
        // mends, says nothing for sure
        List<Finding> found = check("2018_某县_统计公报.txt", COUNTY);
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertEquals(1, of(found, FindingKind.SUM, Verdict.CANNOT_TELL).size(), found.toString());
        // two real parts a digit off are still flagged: 45.6 + 7.9 = 53.5 against 52.8, mended by 7.2 for 7.9
        List<Finding> slip = check("2018_某县_统计公报.txt", COUNTY.replace("税收收入14.9亿元", "非税收入7.9亿元"));
        assertEquals(1, of(slip, FindingKind.SUM, Verdict.INCONSISTENT).size(), slip.toString());
    }
}
