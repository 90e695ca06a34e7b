package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the forty-sixth blind round that raised false alarms or hid a check, rewritten for the test
 * (a city bulletin's two populations and its unemployment paragraph, a provincial grain list, a 1958 harvest bulletin,
 * a write-up that names its last year 去年), each with an altered figure where the check should still speak.
 */
class RealTextRoundTwentyEightTest {
    /** The checker as the command builds it, with the lexicon's ceilings (失业率 is lower-is-better). */
    private static final Checker CHECKER = new Checker(org.govfacts.lexicon.Lexicon.at(java.nio.file.Path.of("dictionaries")));

    /** The findings on one document, as `check` gives them; the later rounds' real-text tests use it too. */
    static List<Finding> check(String name, String text) {
        return CHECKER.check(SharesOnTextTest.documents(name, text));
    }

    /** The findings on several documents checked together (names and texts in turn), across them as within each. */
    static List<Finding> checkAll(String... namesAndTexts) {
        return CHECKER.check(SharesOnTextTest.documents(namesAndTexts));
    }

    static List<Finding> of(List<Finding> found, FindingKind kind, Verdict verdict) {
        return found.stream().filter(f -> f.kind() == kind && f.verdict() == verdict).toList();
    }

    private static final String POPULATIONS = "2019年末漳州市户籍人口522.31万人，比上年末增加1.51万人。全年户籍出生人口7.31万人，出生率为14.01‰；"
            + "死亡人口3.53万人，死亡率为6.76‰；自然增长率为7.25‰。\n年末全市常住人口516万人，比上年末增加2万人。根据常住人口推算，"
            + "全年出生人口7.3万人，出生率为14.2‰；死亡人口3.3万人，死亡率为6.4‰；自然增长率为7.8‰。\n";

    @Test
    void birthRatesOverTheRegisteredAndTheResidentPopulationAreTwoRates() {
        List<Finding> found = check("2019_漳州市_统计公报.txt", POPULATIONS);
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // the same population stated twice with two values is still a duplicate
        List<Finding> twice = check("2019_漳州市_统计公报.txt", POPULATIONS + "全年户籍出生人口7.31万人，出生率为14.21‰。\n");
        assertEquals(1, of(twice, FindingKind.DUPLICATE, Verdict.INCONSISTENT).size(), twice.toString());
    }

    private static final String JOBS = "2019年，漳州市新增农村劳动力转移就业3.79万人。年末城镇登记失业人数1.39万人，城镇登记失业率为2.43%，"
            + "低于3.6%的全年调控目标。\n";

    @Test
    void anUnemploymentRateIsNotTheUnemployedOverAnotherCountAndItsCeilingIsKept() {
        List<Finding> found = check("2019_漳州市_统计公报.txt", JOBS);
        assertTrue(of(found, FindingKind.RATE, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // 低于 sets the result against the goal: the goal is 3.6, a ceiling kept by 2.43
        assertEquals(1, of(found, FindingKind.TARGET, Verdict.MET).size(), found.toString());
        assertTrue(of(check("2019_漳州市_统计公报.txt", JOBS.replace("2.43%", "4.43%").replace("低于", "高于")), FindingKind.TARGET, Verdict.MISSED)
                .size() == 1);
    }

    private static final String GRAIN = "2012年，广东省全年粮食总产量1396.33万吨，增长2.6%。其中，稻谷产量1126.57万吨，增长2.7%；"
            + "玉米产量79.70万吨，增长6.2%；薯类产量167.35万吨，增长0.6%；大豆产量15.26万吨，增长0.7%。\n";

    @Test
    void aListAfterQiZhongALittleShortThatNoMisprintMendsMayLeaveAPartOut() {
        List<Finding> found = check("2012_广东省_统计公报.txt", GRAIN);
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // one digit changed: 1126.57 for 1133.57 would close it within 0.5万吨 — a slip of one figure is still flagged
        List<Finding> slip = check("2012_广东省_统计公报.txt", GRAIN.replace("1396.33万吨", "1388.88万吨").replace("79.70万吨", "78.70万吨"));
        assertEquals(1, of(slip, FindingKind.SUM, Verdict.INCONSISTENT).size(), slip.toString());
    }

    private static final String HARVEST = "中华人民共和国农业部1958年早稻生产公报\n今年早稻获得了大丰收。全国一亿四千六百多万亩早稻，平均亩产五百九十六斤。"
            + "单位面积产量比1957年的三百二十七斤，增加二百六十九斤，即增长82%。\n";

    @Test
    void theLevelComparedWithIsTheBaseOfTheChangeAfterIt() {
        assertEquals(1, of(check("1958_全国_早稻公报.txt", HARVEST), FindingKind.GROWTH, Verdict.CONSISTENT).size());
        Finding wrong = of(check("1958_全国_早稻公报.txt", HARVEST.replace("82%", "88%")), FindingKind.GROWTH, Verdict.INCONSISTENT).get(0);
        assertTrue(wrong.message().contains("compared with"), wrong.message());
    }

    private static final String LAST_YEAR = "北京统计局：十二五以来北京发展成就\n2016年，北京市人均公园绿地面积为16.1平方米/人，比2011年增加0.8平方米/人。"
            + "去年，北京市细颗粒物(PM2.5)平均浓度为73微克/立方米，比2013年下降18.4%，年均下降6.6%。\n";

    @Test
    void aSpanEndingAtARelativeYearThatFitsOneYearOffIsNotAWrongFigure() {
        List<Finding> found = check("2016_北京市_发展成就.txt", LAST_YEAR);
        assertTrue(of(found, FindingKind.GROWTH, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertEquals(1, of(found, FindingKind.GROWTH, Verdict.CANNOT_TELL).size(), found.toString());
        // an average that fits no span near it is still wrong
        assertEquals(1, of(check("2016_北京市_发展成就.txt", LAST_YEAR.replace("年均下降6.6%", "年均下降3.1%")), FindingKind.GROWTH,
                Verdict.INCONSISTENT).size());
    }
}
